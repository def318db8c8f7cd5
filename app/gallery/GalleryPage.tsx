/**
 * The widget gallery: every registered widget with its default scenario (#/gallery), and one
 * widget with its parameter panel (#/gallery/<kind>, restoring `s=` and `t=` permalinks).
 */
import { useMemo } from 'react';
import { WidgetHost } from '../framework/WidgetHost';
import { readPermalink } from '../framework/permalink';
import { allWidgets, getWidget } from '../widgets/registry';

export default function GalleryPage({ kind, query }: { kind?: string; query: URLSearchParams }) {
  return kind ? <GalleryWidget kind={kind} query={query} /> : <GalleryIndex />;
}

function GalleryIndex() {
  const widgets = allWidgets();
  return (
    <section>
      <h1>Widget gallery</h1>
      <p className="muted">Every interactive widget of the course, with its default scenario. Open one to change its parameters, run it, export its data or share a link to its exact state.</p>
      {widgets.length === 0 ? (
        <p>No widgets are registered yet.</p>
      ) : (
        <ul className="card-grid" aria-label="Widgets">
          {widgets.map((w) => (
            <li key={w.kind} className="card gallery-card">
              <h2>
                <a href={`#/gallery/${encodeURIComponent(w.kind)}`}>{w.title}</a>
              </h2>
              <p className="row">
                <span className="badge">{w.chapter}</span>
                <span className="badge">model: {w.modelKind}</span>
              </p>
              <p>{w.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GalleryWidget({ kind, query }: { kind: string; query: URLSearchParams }) {
  const def = getWidget(kind);
  const link = useMemo(() => readPermalink(query), [query]);
  if (!def) {
    return (
      <section>
        <h1>Unknown widget</h1>
        <p>
          There is no widget of kind <code>{kind}</code>. See the <a href="#/gallery">gallery</a> for the ones that exist.
        </p>
      </section>
    );
  }
  return (
    <section>
      <p>
        <a href="#/gallery">← All widgets</a>
      </p>
      <h1>{def.title}</h1>
      <p className="muted">{def.summary}</p>
      {link.error && (
        <p className="alert alert-error" role="alert">
          This link is damaged ({link.error}); showing the default scenario instead.
        </p>
      )}
      <WidgetHost key={kind} definition={def} scenario={link.scenario ?? def.defaultScenario} tSec={link.tSec ?? 0} showTitle={false} />
    </section>
  );
}
