// Placeholder written by the app-framework helper; the labs helper replaces this file.
export default function LabPage({ labId }: { labId: string }) {
  return (
    <section>
      <h1>Lab {labId}</h1>
      <p>The lab runner is being written.</p>
    </section>
  );
}
