/**
 * One step of the lab being written, rendered with the lab runner's pieces (Markdown, QuizCard,
 * the worker's check evaluation) and the framework's WidgetHost, but with in-memory state only:
 * previewing never writes learner progress, and editing the step's scenario restarts the widget.
 */
import { useCallback, useRef, useState } from 'react';
import type { Snapshot } from '../../engine/core/model';
import type { LabJson, LabStep, LabTask } from '../../engine/lab/types';
import { WidgetHost } from '../framework/WidgetHost';
import * as actions from '../framework/session-actions';
import type { SimState, SimulationSession } from '../framework/simulation-session';
import { Hints } from '../lab/Hints';
import { Markdown } from '../lab/Markdown';
import { QuizCard } from '../lab/QuizCard';
import { useTaskChecks } from '../lab/use-task-checks';
import { getWidget } from '../widgets/registry';
import { AuthorTaskCard } from './AuthorTaskCard';

export interface StepPreviewProps {
  lab: LabJson;
  step: LabStep;
  stepIndex: number;
}

/** Applies a task's solve to a live session: merged params (restart), commands, then run to runToSec. */
export function forceSolve(session: SimulationSession, task: LabTask): void {
  const { solve } = task;
  if (solve.params) actions.setParams(session, { ...session.store.getState().baseScenario.params, ...solve.params });
  for (const { do: verb, ...args } of solve.commands ?? []) actions.dispatchCommand(session, { do: verb, ...args });
  if (solve.runToSec !== undefined) actions.seek(session, solve.runToSec);
}

export function StepPreview({ step, stepIndex }: StepPreviewProps) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [revealed, setRevealed] = useState<string[]>([]);
  const session = useRef<SimulationSession | null>(null);
  const tasks = step.tasks ?? [];
  const pathOf = useCallback((i: number) => `steps[${stepIndex}].tasks[${i}].check`, [stepIndex]);
  const results = useTaskChecks(tasks, pathOf, snapshot);
  const onSnapshot = useCallback((s: SimState) => setSnapshot(s.snapshot), []);
  const onSession = useCallback((s: SimulationSession) => {
    session.current = s;
  }, []);
  const reveal = useCallback((id: string) => setRevealed((r) => (r.includes(id) ? r : [...r, id])), []);
  const definition = step.widget ? getWidget(step.widget.kind) : undefined;

  return (
    <section className="lab-step author-step" aria-labelledby="author-step-title">
      <h3 id="author-step-title">
        {stepIndex + 1}. {step.title}
      </h3>
      <Markdown text={step.body} />
      {step.widget && definition && (
        <WidgetHost definition={definition} scenario={step.widget.scenario} tSec={step.widget.startAtSec ?? 0} headingLevel={3} onSnapshot={onSnapshot} onSession={onSession} />
      )}
      {tasks.map((t, i) => (
        <AuthorTaskCard key={t.id} task={t} path={pathOf(i)} result={results[t.id]} canSolve={Boolean(definition)} onSolve={(task) => session.current && forceSolve(session.current, task)} />
      ))}
      {(step.quizzes ?? []).map((q) => (
        <QuizCard key={q.id} item={q} progress={undefined} snapshot={snapshot} revealedHints={revealed} onRevealHint={reveal} onGraded={() => {}} />
      ))}
      <Hints hints={step.hints ?? []} revealed={revealed} onReveal={reveal} />
    </section>
  );
}
