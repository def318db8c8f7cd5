/** The live preview: the last valid lab, a step list to jump to any step, and that step. */
import { useState } from 'react';
import type { LabJson } from '../../engine/lab/types';
import { StepPreview } from './StepPreview';

export function LabPreview({ lab, stale }: { lab: LabJson | null; stale: boolean }) {
  const [stepId, setStepId] = useState<string | null>(null);
  if (!lab) return <p className="muted">The preview appears once the lab is valid.</p>;
  const found = lab.steps.findIndex((s) => s.id === stepId);
  const index = found >= 0 ? found : 0;
  const step = lab.steps[index];
  // The key restarts the step (and its widget) whenever the step's JSON changes.
  const key = `${lab.id}:${index}:${JSON.stringify(step)}`;
  return (
    <div className="author-preview" data-testid="author-preview" data-lab-title={lab.title} data-stale={stale}>
      {stale && <p className="alert alert-error">The text has problems: this preview shows the last valid version.</p>}
      <h2 className="author-preview-title">{lab.title}</h2>
      <nav aria-label="Jump to step" className="author-step-nav">
        <ol>
          {lab.steps.map((s, i) => (
            <li key={s.id}>
              <button type="button" className="button" aria-current={i === index ? 'step' : undefined} onClick={() => setStepId(s.id)}>
                {i + 1}. {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {step && <StepPreview key={key} lab={lab} step={step} stepIndex={index} />}
    </div>
  );
}
