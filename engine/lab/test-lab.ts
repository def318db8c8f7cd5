/**
 * `lab test`, headless: for every task, the check must FAIL at the step's initial state, the
 * task's `solve` is applied, and the check must then PASS (the Instruqt pattern). Computed
 * numeric answers must evaluate to a finite number at the step's initial state. With per-learner
 * seeds, every step is tried under the authored seed and a few derived learner seeds, so a check
 * that only works for lucky numbers is caught in CI, not by a student.
 */
import { isScenarioError } from '../core/errors';
import type { Run } from '../core/run';
import { evaluateCheck } from './evaluate-check';
import { expectedNumber } from './grade-quiz';
import { applySolve, startStepRun, type ModelLookup } from './step-run';
import type { LabJson, LabStep } from './types';

export interface LabTestLine {
  /** JSON path of the task or quiz (`steps[1].tasks[0]`). */
  path: string;
  /** `step-id/task-id` and the learner variant, for humans. */
  name: string;
  ok: boolean;
  message: string;
}

export interface TestOptions {
  getModel?: ModelLookup;
  /** Learner ids to try when the lab uses per-learner seeds (default: three fixed CI ids). */
  learnerIds?: string[];
}

export const CI_LEARNERS = ['ci-learner-1', 'ci-learner-2', 'ci-learner-3'];

function variants(lab: LabJson, options: TestOptions): Array<string | undefined> {
  return lab.seed?.mode === 'perLearner' ? [undefined, ...(options.learnerIds ?? CI_LEARNERS)] : [undefined];
}

function reason(e: unknown): string {
  return isScenarioError(e) ? `${e.path}: ${e.reason}` : e instanceof Error ? e.message : String(e);
}

function testTask(lab: LabJson, step: LabStep, i: number, j: number, learnerId: string | undefined, getModel?: ModelLookup): LabTestLine {
  const task = step.tasks![j]!;
  const path = `steps[${i}].tasks[${j}]`;
  const name = `${step.id}/${task.id}${learnerId ? ` [${learnerId}]` : ''}`;
  const line = (ok: boolean, message: string): LabTestLine => ({ path, name, ok, message });
  let start: Run;
  try {
    start = startStepRun(lab, step, { getModel, learnerId });
  } catch (e) {
    return line(false, `the step's scenario does not run: ${reason(e)}`);
  }
  const before = evaluateCheck(task.check, start.snapshot(), `${path}.check`);
  if (before.error) return line(false, before.message);
  if (before.pass) return line(false, 'the check already passes at the step\'s initial state: the learner has nothing to do');
  let solved: Run;
  try {
    solved = applySolve(start, task.solve, getModel);
  } catch (e) {
    return line(false, `solve failed: ${reason(e)}`);
  }
  const after = evaluateCheck(task.check, solved.snapshot(), `${path}.check`);
  if (!after.pass) return line(false, `after solve the check still fails: ${after.message}`);
  return line(true, 'fails at start, passes after solve');
}

function testQuizzes(lab: LabJson, step: LabStep, i: number, learnerId: string | undefined, getModel?: ModelLookup): LabTestLine[] {
  const computed = (step.quizzes ?? []).map((q, j) => ({ q, j })).filter(({ q }) => q.type === 'numeric' && 'compute' in q.answer);
  if (!computed.length) return [];
  let snapshot: ReturnType<Run['snapshot']> | null = null;
  try {
    snapshot = startStepRun(lab, step, { getModel, learnerId }).snapshot();
  } catch {
    snapshot = null;
  }
  return computed.map(({ q, j }) => {
    const path = `steps[${i}].quizzes[${j}]`;
    const name = `${step.id}/${q.id}${learnerId ? ` [${learnerId}]` : ''}`;
    const expected = q.type === 'numeric' ? expectedNumber(q, snapshot) : { error: 'not numeric' };
    return 'error' in expected
      ? { path, name, ok: false, message: `computed answer: ${expected.error}` }
      : { path, name, ok: true, message: `computed answer = ${expected.value}` };
  });
}

/** Runs every task and computed answer of a (schema-valid, lint-clean) lab headlessly. */
export function testLab(lab: LabJson, options: TestOptions = {}): LabTestLine[] {
  const lines: LabTestLine[] = [];
  for (const learnerId of variants(lab, options)) {
    lab.steps.forEach((step, i) => {
      if (!step.widget) return;
      (step.tasks ?? []).forEach((_t, j) => lines.push(testTask(lab, step, i, j, learnerId, options.getModel)));
      lines.push(...testQuizzes(lab, step, i, learnerId, options.getModel));
    });
  }
  return lines;
}
