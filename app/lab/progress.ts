/**
 * A learner's progress in one lab: plain JSON, saved per lab id + MAJOR version (a major bump
 * means the old record no longer fits). Pure functions only — storage is progress-storage.ts.
 * Items are keyed by their ids, never by position, so a minor edit of the lab keeps progress.
 */
import type { ScenarioJson } from '../../engine/core/model';
import type { QuizResponse } from '../../engine/lab/grade-quiz';

export const PROGRESS_FORMAT = 'stratolab.progress/1';

export interface TaskProgress {
  passed: boolean;
  checks: number;
  passedAt?: string;
}

export interface QuizProgress {
  response: QuizResponse;
  correct: boolean;
  attempts: number;
}

export interface StepProgress {
  visited: boolean;
  tasks: Record<string, TaskProgress>;
  quizzes: Record<string, QuizProgress>;
  hints: string[];
  /** The widget as the learner left it (params, live commands, time), restored on return. */
  widget?: { scenario: ScenarioJson; tSec: number };
}

export interface LabProgress {
  format: typeof PROGRESS_FORMAT;
  labId: string;
  /** The full version of the lab this progress was last saved with. */
  labVersion: string;
  /** The learner id that seeds per-learner scenarios (kept on export/import so numbers stay the same). */
  learnerId: string;
  currentStepId: string | null;
  updatedAt: string;
  steps: Record<string, StepProgress>;
}

export function majorOf(version: string): string {
  return version.split('.')[0] ?? version;
}

export function emptyProgress(labId: string, labVersion: string, learnerId: string, now: string): LabProgress {
  return { format: PROGRESS_FORMAT, labId, labVersion, learnerId, currentStepId: null, updatedAt: now, steps: {} };
}

const emptyStep = (): StepProgress => ({ visited: false, tasks: {}, quizzes: {}, hints: [] });

function updateStep(p: LabProgress, stepId: string, now: string, fn: (s: StepProgress) => StepProgress): LabProgress {
  const step = p.steps[stepId] ?? emptyStep();
  return { ...p, updatedAt: now, steps: { ...p.steps, [stepId]: fn(step) } };
}

export function visitStep(p: LabProgress, stepId: string, now: string): LabProgress {
  return { ...updateStep(p, stepId, now, (s) => ({ ...s, visited: true })), currentStepId: stepId };
}

/** Records one check of a task; a task once passed stays passed. */
export function recordCheck(p: LabProgress, stepId: string, taskId: string, passed: boolean, now: string): LabProgress {
  return updateStep(p, stepId, now, (s) => {
    const prev = s.tasks[taskId] ?? { passed: false, checks: 0 };
    const next: TaskProgress = prev.passed ? { ...prev, checks: prev.checks + 1 } : { passed, checks: prev.checks + 1, ...(passed ? { passedAt: now } : {}) };
    return { ...s, tasks: { ...s.tasks, [taskId]: next } };
  });
}

export function recordAnswer(p: LabProgress, stepId: string, quizId: string, response: QuizResponse, correct: boolean, now: string): LabProgress {
  return updateStep(p, stepId, now, (s) => {
    const prev = s.quizzes[quizId];
    return { ...s, quizzes: { ...s.quizzes, [quizId]: { response, correct: correct || (prev?.correct ?? false), attempts: (prev?.attempts ?? 0) + 1 } } };
  });
}

export function revealHint(p: LabProgress, stepId: string, hintId: string, now: string): LabProgress {
  return updateStep(p, stepId, now, (s) => (s.hints.includes(hintId) ? s : { ...s, hints: [...s.hints, hintId] }));
}

export function saveWidget(p: LabProgress, stepId: string, widget: StepProgress['widget'], now: string): LabProgress {
  return updateStep(p, stepId, now, (s) => {
    const { widget: _old, ...rest } = s;
    return widget ? { ...rest, widget } : rest;
  });
}

/** Done items / all items, over what the lab has now (ids that disappeared are ignored). */
export function completion(p: LabProgress | null, items: Array<{ stepId: string; kind: 'task' | 'quiz'; id: string }>): { done: number; total: number } {
  const done = items.filter(({ stepId, kind, id }) => {
    const s = p?.steps[stepId];
    return kind === 'task' ? s?.tasks[id]?.passed : s?.quizzes[id]?.correct;
  }).length;
  return { done, total: items.length };
}
