/**
 * The optional goal of a widget embed (`check=<base64url JSON Logic>`): evaluated against the
 * widget's snapshot after every engine answer; its result becomes a `score` event (1 of 1 when it
 * holds). JSON Logic is data interpreted by json-logic-js, never evaluated as code.
 */
import jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';
import { makeScore, type ScorePayload } from './score';

export type GoalResult = { ok: true; passed: boolean } | { ok: false; message: string };

export function evaluateGoal(check: unknown, snapshot: unknown): GoalResult {
  try {
    return { ok: true, passed: Boolean(jsonLogic.apply(check as RulesLogic, snapshot as Record<string, unknown>)) };
  } catch (e) {
    return { ok: false, message: `check= could not be evaluated: ${(e as Error).message}` };
  }
}

/** Tracks the goal and yields a score only when the pass/fail verdict changes (first verdict included). */
export function createGoalTracker(check: unknown, itemId: string, attemptId: string) {
  let last: boolean | null = null;
  return (snapshot: unknown): ScorePayload | { error: string } | null => {
    const r = evaluateGoal(check, snapshot);
    if (!r.ok) return { error: r.message };
    if (r.passed === last) return null;
    last = r.passed;
    return makeScore(r.passed ? 1 : 0, 1, { itemId, attemptId, completed: r.passed });
  };
}
