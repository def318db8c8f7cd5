/** About: what Stratolab is, where its numbers come from, and the licences of what it ships. */
import { allWidgets } from '../widgets/registry';
import { LICENCES } from './licences';

export default function AboutPage() {
  return (
    <section>
      <h1>About Stratolab</h1>
      <p>
        Stratolab is an interactive lab for a university cloud-computing course. A deterministic simulation engine runs in a Web Worker in your browser; the
        same scenario always gives the same result, so links, grading and replays are exact. Nothing you do is sent to a server.
      </p>
      <h2>Models and their sources</h2>
      <p>
        Each model documents its sources (papers, specifications, published tables), its simplifications and what it leaves out in its scenario page under{' '}
        <code>docs/scenarios/</code> and in the README of its engine folder. Widgets in this build:
      </p>
      <ul>
        {allWidgets().map((w) => (
          <li key={w.kind}>
            <a href={`#/gallery/${encodeURIComponent(w.kind)}`}>{w.title}</a> — {w.summary} (model <code>{w.modelKind}</code>, see{' '}
            <code>docs/scenarios/{w.modelKind}.md</code>)
          </li>
        ))}
      </ul>
      <h2>Software and licences</h2>
      <table className="data-table">
        <caption>Libraries shipped in this app</caption>
        <thead>
          <tr>
            <th scope="col">Library</th>
            <th scope="col">Used for</th>
            <th scope="col">Licence</th>
          </tr>
        </thead>
        <tbody>
          {LICENCES.map((l) => (
            <tr key={l.name}>
              <th scope="row">
                <a href={l.url}>{l.name}</a>
              </th>
              <td style={{ textAlign: 'left' }}>{l.use}</td>
              <td>{l.licence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Accessibility</h2>
      <p>
        Every control works from the keyboard; every chart has a table alternative and CSV/JSON export; colours are colour-blind safe and the theme follows
        your system (or the toggle in the header). Time controls: <kbd>Space</kbd> play/pause, <kbd>←</kbd>/<kbd>→</kbd> step, <kbd>Home</kbd> back to the
        start, <kbd>End</kbd> to the end, <kbd>+</kbd>/<kbd>−</kbd> speed. With reduced motion the simulation jumps once a second instead of animating.
      </p>
    </section>
  );
}
