/**
 * What a lab embed reports: `progress` (current step, steps done, status) and `score` (items done
 * over items), computed from the lab runner's saved progress record.
 * Simplification: every task and quiz counts one point (the lab's `points` weights are not applied),
 * and a score counts as passed only when every item is done.
 */
import { completion, type LabProgress } from '../lab/progress';
import { labItems } from '../lab/lab-summary';
import type { ProgressPayload } from './protocol';
import { makeScore, type ScorePayload } from './score';

interface LabShape {
  id: string;
  steps: Array<{ id: string; tasks?: Array<{ id: string }>; quizzes?: Array<{ id: string }> }>;
}

function stepDone(step: LabShape['steps'][number], p: LabProgress | null): boolean {
  const s = p?.steps[step.id];
  if (!s?.visited) return false;
  return (step.tasks ?? []).every((t) => s.tasks[t.id]?.passed) && (step.quizzes ?? []).every((q) => s.quizzes[q.id]?.correct);
}

export function labProgressPayload(lab: LabShape, p: LabProgress | null): ProgressPayload {
  const completedSteps = lab.steps.filter((s) => stepDone(s, p)).length;
  const totalSteps = lab.steps.length;
  const anyVisited = lab.steps.filter((s) => p?.steps[s.id]?.visited).length > 1;
  return {
    labId: lab.id,
    stepId: p?.currentStepId ?? lab.steps[0]?.id ?? '',
    completedSteps,
    totalSteps,
    status: completedSteps === totalSteps ? 'completed' : completedSteps > 0 || anyVisited ? 'inProgress' : 'started',
  };
}

export function labScorePayload(lab: LabShape, p: LabProgress | null, attemptId: string): ScorePayload {
  const { done, total } = completion(p, labItems(lab));
  return makeScore(done, total, { itemId: lab.id, attemptId, completed: total > 0 && done === total });
}
