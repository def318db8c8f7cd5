import { describe, expect, it } from 'vitest';
import { gradeQuiz, withinTolerance } from './grade-quiz';
import { parseNumericAnswer } from './parse-number';
import type { ChoiceQuiz, NumericQuiz } from './types';

const single: ChoiceQuiz = { id: 's', type: 'single', prompt: 'p', points: 2, choices: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B', feedback: 'B is the three-nines figure.' }] };
const multiple: ChoiceQuiz = { id: 'm', type: 'multiple', prompt: 'p', choices: [{ id: 'x', text: 'X', correct: true }, { id: 'y', text: 'Y', correct: true }, { id: 'z', text: 'Z' }] };
const downtime: NumericQuiz = { id: 'n', type: 'numeric', prompt: 'p', answer: { compute: { var: 'analytic.downtime.perYearMin' } }, tolerance: { rel: 0.01 }, unit: 'min' };
const snapshot = { analytic: { downtime: { perYearMin: 525.96 } } };

describe('gradeQuiz()', () => {
  it('grades single choice and returns the author feedback of the chosen option', () => {
    expect(gradeQuiz(single, { choice: 'a' })).toMatchObject({ correct: true, score: 2, maxScore: 2 });
    expect(gradeQuiz(single, { choice: 'b' })).toMatchObject({ correct: false, score: 0, feedback: ['B is the three-nines figure.'] });
  });

  it('grades multiple choice all-or-nothing', () => {
    expect(gradeQuiz(multiple, { choices: ['y', 'x'] }).correct).toBe(true);
    expect(gradeQuiz(multiple, { choices: ['x'] }).correct).toBe(false);
    expect(gradeQuiz(multiple, { choices: ['x', 'y', 'z'] }).correct).toBe(false);
  });

  it('does not count an empty or unknown choice as an attempt', () => {
    expect(gradeQuiz(multiple, { choices: [] }).invalid).toBe('no choice');
    expect(gradeQuiz(single, { choice: 'q' }).invalid).toMatch(/unknown choice/);
  });

  it('computes a numeric answer from the live snapshot: 99.9 % → 525.96 min/yr', () => {
    expect(gradeQuiz(downtime, { value: '526' }, snapshot)).toMatchObject({ correct: true, expected: 525.96 });
    expect(gradeQuiz(downtime, { value: '8.766 h' }, snapshot).correct).toBe(true);
    expect(gradeQuiz(downtime, { value: '540' }, snapshot)).toMatchObject({ correct: false, message: 'Not within the tolerance (answer in min).' });
  });

  it('gives each learner their own number: the same answer is wrong for another state', () => {
    expect(gradeQuiz(downtime, { value: 526 }, { analytic: { downtime: { perYearMin: 52.596 } } }).correct).toBe(false);
  });

  it('says why a computed answer cannot be graded instead of marking the learner wrong', () => {
    const r = gradeQuiz(downtime, { value: 1 }, { analytic: {} });
    expect(r).toMatchObject({ correct: false, invalid: 'answer.compute gave missing, not a finite number' });
    expect(gradeQuiz(downtime, { value: 1 }, null).invalid).toMatch(/not loaded/);
  });

  it('rejects an answer in a unit of another dimension', () => {
    expect(gradeQuiz(downtime, { value: '5 kg' }, snapshot).invalid).toBe('Answer in min (got "kg").');
  });
});

describe('withinTolerance()', () => {
  it('uses absolute and relative slack, inclusive at the boundary', () => {
    expect(withinTolerance(0.3, 0.1 + 0.2, { abs: 0 + Number.EPSILON })).toBe(true);
    expect(withinTolerance(10.5, 10, { abs: 0.5 })).toBe(true);
    expect(withinTolerance(10.51, 10, { abs: 0.5 })).toBe(false);
    expect(withinTolerance(101, 100, { rel: 0.01 })).toBe(true);
    expect(withinTolerance(-101, -100, { rel: 0.01 })).toBe(true);
  });
});

describe('parseNumericAnswer()', () => {
  it('reads decimal commas, thousands separators, exponents and spaces', () => {
    expect(parseNumericAnswer('3,5')).toEqual({ value: 3.5 });
    expect(parseNumericAnswer('1,234.5')).toEqual({ value: 1234.5 });
    expect(parseNumericAnswer('1.234,5')).toEqual({ value: 1234.5 });
    expect(parseNumericAnswer(' 5 259,6 ')).toEqual({ value: 5259.6 });
    expect(parseNumericAnswer('1e-3')).toEqual({ value: 0.001 });
  });
  it('converts between time units and accepts the question unit', () => {
    expect(parseNumericAnswer('2 h', 'min')).toEqual({ value: 120 });
    expect(parseNumericAnswer('90s', 'min')).toEqual({ value: 1.5 });
    expect(parseNumericAnswer('99.9 %', '%')).toEqual({ value: 99.9 });
  });
  it('rejects what is not a number', () => {
    expect(parseNumericAnswer('lots')).toEqual({ error: '"lots" is not a number.' });
    expect(parseNumericAnswer(Number.NaN)).toEqual({ error: 'Enter a finite number.' });
  });
});
