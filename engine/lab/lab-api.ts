/**
 * The lab methods of the engine facade (engine/api.ts spreads these in), so the app validates labs,
 * evaluates checks and grades quizzes in the worker. Plain data in and out; every method is a
 * one-line delegation to the lab module that does the work.
 */
import type { JsonValue, ScenarioJson } from '../core/model';
import { checkLab, type LabCheck } from './check-lab';
import { evaluateCheck, type CheckResult } from './evaluate-check';
import { gradeQuiz, type QuizGrade, type QuizResponse } from './grade-quiz';
import { learnerScenario } from './learner-seed';
import type { LintOptions } from './lint-lab';
import type { JsonLogic, LabSeed, QuizItem } from './types';

export type LabValidateOptions = Pick<LintOptions, 'widgets' | 'knownLabIds' | 'applySolves'>;

export function createLabApi() {
  return {
    /** Schema + lint; every issue with its JSON path. Never throws. */
    validateLab(input: unknown, options: LabValidateOptions = {}): LabCheck {
      try {
        return checkLab(input, options);
      } catch (e) {
        return { ok: false, lab: null, issues: [{ path: '', message: `could not check this lab: ${e instanceof Error ? e.message : String(e)}`, rule: 'internal' }] };
      }
    },
    /** Evaluates a task check against a snapshot, with the explanation trace. */
    checkTask(check: JsonLogic, snapshot: JsonValue | null, path = 'check'): CheckResult {
      return evaluateCheck(check, snapshot, path);
    },
    /** Grades a quiz response; numeric answers may be computed from the snapshot. */
    gradeQuiz(item: QuizItem, response: QuizResponse, snapshot: JsonValue | null = null): QuizGrade {
      return gradeQuiz(item, response, snapshot);
    },
    /** The scenario a learner starts from (per-learner seed when the lab asks for one). */
    learnerScenario(seed: LabSeed | undefined, scenario: ScenarioJson, learnerId?: string): ScenarioJson {
      return learnerScenario({ seed }, scenario, learnerId);
    },
  };
}

export type LabApi = ReturnType<typeof createLabApi>;
