// Placeholder written by the app-framework helper; the embed helper replaces this file.
export default function EmbedPage({ kind, query }: { kind: string; query: URLSearchParams }) {
  return (
    <main>
      <p>
        Embed of <code>{kind}</code> ({query.has('s') ? 'with scenario' : 'default scenario'}) is being written.
      </p>
    </main>
  );
}
