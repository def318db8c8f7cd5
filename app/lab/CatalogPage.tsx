/**
 * Route #/: the course's chapters in order, each with its labs — title, summary, estimated time,
 * number of steps and the learner's progress (read from localStorage, never modified here).
 */
import type { ChapterId } from '../widgets/types';
import { allLabs, type LabEntry } from './lab-catalog';
import { CHAPTER_ORDER, CHAPTER_TITLES } from './lab-summary';
import { completion } from './progress';
import { peekProgress } from './progress-storage';
import './lab.css';

function LabCard({ entry }: { entry: LabEntry }) {
  const s = entry.summary;
  const { done, total } = completion(peekProgress(s.id, s.version), s.items);
  const status = done === 0 ? 'not started' : done === total ? 'complete' : `${done} of ${total} done`;
  return (
    <li className="card lab-card" data-lab-id={s.id}>
      <h3>
        <a href={`#/lab/${encodeURIComponent(s.id)}`}>{s.title}</a>
      </h3>
      {s.summary && <p>{s.summary}</p>}
      <p className="row">
        {s.estimatedMinutes !== null && <span className="badge">about {s.estimatedMinutes} min</span>}
        <span className="badge">
          {s.stepCount} step{s.stepCount === 1 ? '' : 's'}
        </span>
      </p>
      <label className="lab-score">
        <span>Progress: {status}</span>
        <progress max={total || 1} value={done} />
      </label>
    </li>
  );
}

function Chapter({ id, title, labs }: { id: string; title: string; labs: LabEntry[] }) {
  return (
    <section className="catalog-chapter" aria-labelledby={`chapter-${id}`}>
      <h2 id={`chapter-${id}`}>{title}</h2>
      {labs.length ? (
        <ul className="card-grid" aria-label={`${title} labs`}>
          {labs.map((e) => (
            <LabCard key={e.summary.source} entry={e} />
          ))}
        </ul>
      ) : (
        <p className="muted">No labs in this chapter yet.</p>
      )}
    </section>
  );
}

export default function CatalogPage() {
  const labs = allLabs();
  const inChapter = (c: ChapterId | null) => labs.filter((l) => l.summary.chapter === c);
  const other = inChapter(null);
  return (
    <section className="catalog">
      <h1>Cloud computing: the course labs</h1>
      <p className="muted">
        Interactive labs that run entirely in your browser. Your progress is saved on this device as you go; export it from a lab to move it elsewhere.
      </p>
      {CHAPTER_ORDER.map((c) => (
        <Chapter key={c} id={c} title={CHAPTER_TITLES[c]} labs={inChapter(c)} />
      ))}
      {other.length > 0 && <Chapter id="other" title="Other labs" labs={other} />}
    </section>
  );
}
