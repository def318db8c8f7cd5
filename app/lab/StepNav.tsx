/** The step list: where the learner is, which steps are done, visited or new (in text, not colour only). */
import type { LabJson } from '../../engine/lab/types';
import type { LabProgress } from './progress';

export function stepStatus(lab: LabJson, progress: LabProgress, stepId: string): 'done' | 'visited' | 'new' {
  const step = lab.steps.find((s) => s.id === stepId);
  const p = progress.steps[stepId];
  if (!step || !p?.visited) return 'new';
  const tasksDone = (step.tasks ?? []).every((t) => p.tasks[t.id]?.passed);
  const quizzesDone = (step.quizzes ?? []).every((q) => p.quizzes[q.id]?.correct);
  return tasksDone && quizzesDone ? 'done' : 'visited';
}

const LABEL = { done: '✓ done', visited: 'in progress', new: '' };

export function StepNav({ lab, progress, current, onSelect }: { lab: LabJson; progress: LabProgress; current: number; onSelect(i: number): void }) {
  return (
    <nav className="lab-nav" aria-label="Steps">
      <ol>
        {lab.steps.map((s, i) => {
          const status = stepStatus(lab, progress, s.id);
          return (
            <li key={s.id} className={`lab-nav-${status}`}>
              <button type="button" className="lab-nav-button" aria-current={i === current ? 'step' : undefined} onClick={() => onSelect(i)}>
                <span className="lab-nav-title">{s.title}</span>
                {LABEL[status] && <span className="lab-nav-status">{LABEL[status]}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
