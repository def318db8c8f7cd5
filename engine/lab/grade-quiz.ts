/**
 * Quiz grading: single choice (exactly one right answer), multiple choice (all-or-nothing: the
 * chosen set must equal the correct set), and numeric answers with an absolute or relative
 * tolerance and an optional unit. A numeric answer may be computed from the model's live snapshot
 * (`answer.compute`, JSON Logic), so with per-learner seeds each learner has their own number.
 * Learner input is parsed leniently: "3,5", "3.5 h", "99.9 %" (percent only when the unit is %).
 */
import type { JsonValue } from '../core/model';
import { formatValue } from './evaluate-check';
import { findUnsafeLogic } from './check-ops';
import jsonLogic from 'json-logic-js';
import { parseNumericAnswer } from './parse-number';
import type { ChoiceQuiz, NumericQuiz, QuizItem } from './types';

export type QuizResponse = { choice: string } | { choices: string[] } | { value: string | number };

export interface QuizGrade {
  correct: boolean;
  score: number;
  maxScore: number;
  /** What the learner is told (never the expected answer: show `expected` only when the UI decides to). */
  message: string;
  /** Per-choice feedback the author wrote for the chosen options. */
  feedback: string[];
  /** The expected answer (numeric) or the correct choice ids. */
  expected?: number | string[];
  /** Set when the answer could not be graded (bad input, uncomputable answer). Not counted as an attempt. */
  invalid?: string;
}

function choiceGrade(item: ChoiceQuiz, chosen: string[], maxScore: number): QuizGrade {
  const right = item.choices.filter((c) => c.correct).map((c) => c.id);
  const unknown = chosen.filter((id) => !item.choices.some((c) => c.id === id));
  if (unknown.length) return { correct: false, score: 0, maxScore, message: 'Unknown choice.', feedback: [], invalid: `unknown choice ${unknown.join(', ')}` };
  if (chosen.length === 0) return { correct: false, score: 0, maxScore, message: 'Choose an answer first.', feedback: [], invalid: 'no choice' };
  const correct = chosen.length === right.length && right.every((id) => chosen.includes(id));
  const feedback = item.choices.filter((c) => chosen.includes(c.id) && c.feedback).map((c) => c.feedback!);
  const message = correct ? 'Correct.' : item.type === 'multiple' ? 'Not quite: check each option again.' : 'Not quite.';
  return { correct, score: correct ? maxScore : 0, maxScore, message, feedback, expected: right };
}

/** The expected numeric answer: the constant, or the compute expression evaluated on the snapshot. */
export function expectedNumber(item: NumericQuiz, snapshot: JsonValue | null): { value: number } | { error: string } {
  if ('value' in item.answer) return { value: item.answer.value };
  const rule = item.answer.compute;
  const unsafe = findUnsafeLogic(rule, 'answer.compute');
  if (unsafe.length) return { error: `${unsafe[0]!.path}: ${unsafe[0]!.message}` };
  if (snapshot === null) return { error: 'the simulation has not loaded yet' };
  try {
    const v = jsonLogic.apply(rule as never, snapshot) as unknown;
    if (typeof v === 'number' && Number.isFinite(v)) return { value: v };
    return { error: `answer.compute gave ${formatValue(v)}, not a finite number` };
  } catch (e) {
    return { error: `answer.compute failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function withinTolerance(given: number, expected: number, tolerance: NumericQuiz['tolerance']): boolean {
  const slack = 'abs' in tolerance ? tolerance.abs : tolerance.rel * Math.abs(expected);
  // A hair of extra slack so 0.1 + 0.2 style rounding never fails an exact boundary answer.
  return Math.abs(given - expected) <= slack + 1e-12 * Math.max(1, Math.abs(expected));
}

function numericGrade(item: NumericQuiz, raw: string | number, snapshot: JsonValue | null, maxScore: number): QuizGrade {
  const expected = expectedNumber(item, snapshot);
  if ('error' in expected) return { correct: false, score: 0, maxScore, message: `This question cannot be graded: ${expected.error}.`, feedback: [], invalid: expected.error };
  const parsed = parseNumericAnswer(raw, item.unit);
  if ('error' in parsed) return { correct: false, score: 0, maxScore, message: parsed.error, feedback: [], invalid: parsed.error };
  const correct = withinTolerance(parsed.value, expected.value, item.tolerance);
  const unit = item.unit ? ` ${item.unit}` : '';
  const message = correct ? 'Correct.' : `Not within the tolerance${unit ? ` (answer in${unit})` : ''}.`;
  return { correct, score: correct ? maxScore : 0, maxScore, message, feedback: [], expected: expected.value };
}

/** Grades one response; `snapshot` is the widget's live state (needed for computed answers). */
export function gradeQuiz(item: QuizItem, response: QuizResponse, snapshot: JsonValue | null = null): QuizGrade {
  const maxScore = item.points ?? 1;
  if (item.type === 'numeric') {
    if (!('value' in response)) return { correct: false, score: 0, maxScore, message: 'Enter a number.', feedback: [], invalid: 'expected { value }' };
    return numericGrade(item, response.value, snapshot, maxScore);
  }
  const chosen = 'choice' in response ? [response.choice] : 'choices' in response ? response.choices : [];
  if (item.type === 'single' && chosen.length > 1) return { correct: false, score: 0, maxScore, message: 'Choose one answer.', feedback: [], invalid: 'several choices for a single-choice item' };
  return choiceGrade(item, chosen, maxScore);
}
