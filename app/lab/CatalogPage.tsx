// Placeholder written by the app-framework helper; the labs helper replaces this file.
export default function CatalogPage() {
  return (
    <section>
      <h1>Course catalog</h1>
      <p>The catalog is being written. Meanwhile, try the <a href="#/gallery">widget gallery</a>.</p>
    </section>
  );
}
