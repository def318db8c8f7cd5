/**
 * The app shell: header navigation, theme toggle and the hash routes. Every page is lazy-loaded
 * so the initial JS stays small; the embed route renders without the shell.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from './framework/ErrorBoundary';
import { hrefFor, type Route } from './router/route';
import { useRoute } from './router/useRoute';
import { ThemeToggle } from './styles/ThemeToggle';

const CatalogPage = lazy(() => import('./lab/CatalogPage'));
const LabPage = lazy(() => import('./lab/LabPage'));
const LabFromUrlPage = lazy(() => import('./lab/LabFromUrlPage'));
const EmbedPage = lazy(() => import('./embed/EmbedPage'));
const AuthorPage = lazy(() => import('./author/AuthorPage'));
const GalleryPage = lazy(() => import('./gallery/GalleryPage'));
const AboutPage = lazy(() => import('./about/AboutPage'));

const NAV: Array<{ label: string; route: Route; matches: Route['name'][] }> = [
  { label: 'Course', route: { name: 'catalog' }, matches: ['catalog', 'lab', 'lab-src'] },
  { label: 'Widget gallery', route: { name: 'gallery', query: new URLSearchParams() }, matches: ['gallery'] },
  { label: 'Author a lab', route: { name: 'author' }, matches: ['author'] },
  { label: 'About', route: { name: 'about' }, matches: ['about'] },
];

export function App() {
  const route = useRoute();
  if (route.name === 'embed') {
    return (
      <ErrorBoundary what="the embedded widget">
        <Suspense fallback={<p>Loading…</p>}>
          <EmbedPage kind={route.kind} query={route.query} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return <Shell route={route} />;
}

function Shell({ route }: { route: Route }) {
  const mainRef = useRef<HTMLElement>(null);
  const pageKey = route.name + ('labId' in route ? route.labId : '') + ('kind' in route ? (route.kind ?? '') : '');
  useEffect(() => {
    // After navigation, move focus to the new page (screen readers announce it) and scroll up.
    if (document.activeElement && document.activeElement !== document.body) mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pageKey]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), mainRef.current?.focus())}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="app-brand" href="#/">
          Stratolab
        </a>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.label}>
                <a href={hrefFor(item.route)} aria-current={item.matches.includes(route.name) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle />
      </header>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        <ErrorBoundary key={pageKey} what="this page">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Page route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        Stratolab runs entirely in your browser: simulations run in a Web Worker, nothing is sent anywhere. <a href="#/about">Sources and licences</a>.
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'catalog':
      return <CatalogPage />;
    case 'lab':
      return <LabPage labId={route.labId} />;
    case 'lab-src':
      return <LabFromUrlPage src={route.src} />;
    case 'gallery':
      return <GalleryPage kind={route.kind} query={route.query} />;
    case 'author':
      return <AuthorPage />;
    case 'about':
      return <AboutPage />;
    case 'embed':
      return null;
    case 'not-found':
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            There is no page at <code>{route.path}</code>. Go to the <a href="#/">course catalog</a> or the <a href="#/gallery">widget gallery</a>.
          </p>
        </section>
      );
  }
}
