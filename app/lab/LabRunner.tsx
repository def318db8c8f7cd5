/**
 * A valid lab: header (title, objectives, time, score), step navigation, the current step, and
 * progress export/import. The current step is part of progress, so a reload returns to it.
 */
import { useEffect, useRef } from 'react';
import type { LabJson } from '../../engine/lab/types';
import { ProgressTransfer } from './ProgressTransfer';
import { StepNav } from './StepNav';
import { StepView } from './StepView';
import { labItems } from './lab-summary';
import { completion, visitStep } from './progress';
import { useLabProgress } from './use-lab-progress';

export function LabRunner({ lab }: { lab: LabJson }) {
  const { progress, warning, update, replace } = useLabProgress(lab.id, lab.version);
  const found = lab.steps.findIndex((s) => s.id === progress.currentStepId);
  const current = found >= 0 ? found : 0;
  const step = lab.steps[current]!;
  const { done, total } = completion(progress, labItems(lab));
  const firstRender = useRef(true);

  useEffect(() => {
    update((p, now) => (p.currentStepId === step.id && p.steps[step.id]?.visited ? p : visitStep(p, step.id, now)));
  }, [step.id, update]);

  const go = (i: number) => {
    const target = lab.steps[i];
    if (target) update((p, now) => visitStep(p, target.id, now));
  };
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('lab-step-title')?.focus();
  }, [current]);

  return (
    <article className="lab" data-lab-id={lab.id}>
      <header className="lab-header">
        <h1>{lab.title}</h1>
        {lab.summary && <p className="muted">{lab.summary}</p>}
        <p className="row">
          <span className="badge">about {lab.estimatedMinutes} min</span>
          <span className="badge">version {lab.version}</span>
          <label className="lab-score">
            <span>
              {done} of {total} tasks and questions done
            </span>
            <progress max={total || 1} value={done} />
          </label>
        </p>
        <details>
          <summary>Learning objectives</summary>
          <ul>
            {lab.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </details>
        {warning && (
          <p className="alert alert-error" role="alert">
            {warning}
          </p>
        )}
      </header>
      <div className="lab-layout">
        <aside className="lab-aside">
          <StepNav lab={lab} progress={progress} current={current} onSelect={go} />
          <ProgressTransfer progress={progress} version={lab.version} onImported={replace} />
        </aside>
        <div className="lab-main">
          <StepView key={step.id} lab={lab} step={step} stepIndex={current} progress={progress} update={update} />
          <nav className="lab-pager row" aria-label="Step navigation">
            <button type="button" className="button" disabled={current === 0} onClick={() => go(current - 1)}>
              ← Previous step
            </button>
            <span className="muted">
              Step {current + 1} of {lab.steps.length}
            </span>
            <button type="button" className="button primary" disabled={current === lab.steps.length - 1} onClick={() => go(current + 1)}>
              Next step →
            </button>
          </nav>
        </div>
      </div>
    </article>
  );
}
