import { describe, expect, it } from 'vitest';
import { makeScore, toLtiScore, toScorm12, toXapiResult } from './score';

describe('score mapping', () => {
  it('3 of 4 points with a 0.7 pass mark maps onto xAPI, LTI AGS and SCORM 1.2', () => {
    const s = makeScore(3, 4, { passThreshold: 0.7, completed: true, attemptId: 'a1', itemId: 'lab.x' });
    expect(s).toEqual({ scoreGiven: 3, scoreMaximum: 4, scaled: 0.75, passed: true, completed: true, attemptId: 'a1', itemId: 'lab.x' });
    expect(toXapiResult(s)).toEqual({ score: { raw: 3, min: 0, max: 4, scaled: 0.75 }, success: true, completion: true });
    expect(toLtiScore(s, 'u1', '2026-01-01T00:00:00Z')).toMatchObject({ scoreGiven: 3, scoreMaximum: 4, activityProgress: 'Completed', gradingProgress: 'FullyGraded' });
    expect(toScorm12(s)).toEqual({ 'cmi.core.score.raw': '75', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.lesson_status': 'passed' });
  });
  it('keeps a partial attempt incomplete and not passed', () => {
    const s = makeScore(1, 4, { attemptId: 'a' });
    expect([s.passed, s.completed, toScorm12(s)['cmi.core.lesson_status'], toLtiScore(s, 'u', 't').activityProgress]).toEqual([false, false, 'incomplete', 'InProgress']);
  });
  it('clamps given into [0, max] and handles a zero maximum', () => {
    expect(makeScore(9, 4, { attemptId: 'a' }).scoreGiven).toBe(4);
    expect(makeScore(1, 0, { attemptId: 'a' }).scaled).toBe(0);
  });
});
