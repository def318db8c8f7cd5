import { describe, expect, it } from 'vitest';
import { createGoalTracker, evaluateGoal } from './goal-check';

describe('embed goal (check=)', () => {
  const goal = { '>=': [{ var: 'analytic.nines' }, 4] };
  it('evaluates JSON Logic over the snapshot', () => {
    expect(evaluateGoal(goal, { analytic: { nines: 4.2 } })).toEqual({ ok: true, passed: true });
    expect(evaluateGoal(goal, { analytic: { nines: 3 } })).toEqual({ ok: true, passed: false });
  });
  it('reports an unknown operation instead of throwing', () => {
    expect(evaluateGoal({ eval: ['alert(1)'] }, {})).toMatchObject({ ok: false });
  });
  it('scores on the first verdict and on every change only', () => {
    const track = createGoalTracker(goal, 'goal', 'a1');
    expect(track({ analytic: { nines: 3 } })).toMatchObject({ scoreGiven: 0, scoreMaximum: 1, passed: false, completed: false, itemId: 'goal' });
    expect(track({ analytic: { nines: 3.5 } })).toBeNull();
    expect(track({ analytic: { nines: 5 } })).toMatchObject({ scoreGiven: 1, scaled: 1, passed: true, completed: true });
    expect(track({ analytic: { nines: 6 } })).toBeNull();
  });
});
