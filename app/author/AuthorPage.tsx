// Placeholder written by the app-framework helper; the embed/authoring helper replaces this file.
export default function AuthorPage() {
  return (
    <section>
      <h1>Authoring</h1>
      <p>The lab authoring view is being written.</p>
    </section>
  );
}
