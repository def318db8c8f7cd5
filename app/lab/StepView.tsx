/**
 * One step: its markdown, its widget, its tasks (auto-checked against the live snapshot, passes
 * recorded in progress), its quizzes and its hints. Announcements of passed tasks go to a polite
 * live region, once each.
 */
import { useCallback, useState } from 'react';
import type { Snapshot } from '../../engine/core/model';
import type { LabJson, LabStep } from '../../engine/lab/types';
import type { SimState } from '../framework/simulation-session';
import { Hints } from './Hints';
import { Markdown } from './Markdown';
import { QuizCard } from './QuizCard';
import { StepWidget } from './StepWidget';
import { TaskCard } from './TaskCard';
import { recordAnswer, recordCheck, revealHint, saveWidget, type LabProgress } from './progress';
import { useAutoPass } from './use-auto-pass';
import { useTaskChecks } from './use-task-checks';
import type { ProgressUpdate } from './use-lab-progress';

export interface StepViewProps {
  lab: LabJson;
  step: LabStep;
  stepIndex: number;
  progress: LabProgress;
  update: ProgressUpdate;
}

export function StepView({ lab, step, stepIndex, progress, update }: StepViewProps) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const tasks = step.tasks ?? [];
  const stepProgress = progress.steps[step.id];
  const revealed = stepProgress?.hints ?? [];
  const pathOf = useCallback((i: number) => `steps[${stepIndex}].tasks[${i}].check`, [stepIndex]);
  const results = useTaskChecks(tasks, pathOf, snapshot);
  const announcement = useAutoPass(step, results, stepProgress, update);

  const onState = useCallback((s: SimState) => setSnapshot(s.snapshot), []);
  const onPersist = useCallback((w: Parameters<typeof saveWidget>[2]) => update((p, now) => saveWidget(p, step.id, w, now)), [update, step.id]);
  const onReveal = useCallback((id: string) => update((p, now) => revealHint(p, step.id, id, now)), [update, step.id]);

  return (
    <section className="lab-step" aria-labelledby="lab-step-title">
      <h2 id="lab-step-title" tabIndex={-1}>
        {stepIndex + 1}. {step.title}
      </h2>
      <Markdown text={step.body} />
      {step.widget && <StepWidget lab={lab} step={step} learnerId={progress.learnerId} saved={stepProgress?.widget} onState={onState} onPersist={onPersist} />}
      {tasks.length > 0 && (
        <div className="lab-items">
          <h3 className="visually-hidden">Tasks</h3>
          {tasks.map((t) => (
            <TaskCard
              key={t.id}
              task={t}
              progress={stepProgress?.tasks[t.id]}
              result={results[t.id]}
              revealedHints={revealed}
              onRevealHint={onReveal}
              onCheck={(r) => update((p, now) => recordCheck(p, step.id, t.id, r.pass, now))}
            />
          ))}
        </div>
      )}
      {(step.quizzes ?? []).length > 0 && (
        <div className="lab-items">
          <h3 className="visually-hidden">Questions</h3>
          {step.quizzes!.map((q) => (
            <QuizCard
              key={q.id}
              item={q}
              progress={stepProgress?.quizzes[q.id]}
              snapshot={snapshot}
              revealedHints={revealed}
              onRevealHint={onReveal}
              onGraded={(response, g) => update((p, now) => recordAnswer(p, step.id, q.id, response, g.correct, now))}
            />
          ))}
        </div>
      )}
      <Hints hints={step.hints ?? []} revealed={revealed} onReveal={onReveal} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
