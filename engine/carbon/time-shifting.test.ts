import { describe, expect, it } from 'vitest';
import { scheduleAdhoc, schedulePeriodic, scoreActivity, scoreStarts } from './time-shifting';

describe('time shifting on a slot grid (Let\'s Wait Awhile conventions)', () => {
  it('skips a periodic job whose ±w window would start before the series (day 0 with w ≥ 3)', () => {
    const f = Float64Array.from({ length: 96 }, (_, i) => 100 + (i % 7));
    const starts = schedulePeriodic(f, { firstNominalSlot: 2, periodSlots: 48, count: 2, durationSlots: 1, windowSlots: 3 });
    expect(starts[0]).toBe(-1);
    expect(starts[1]).toBeGreaterThanOrEqual(47);
  });

  it('starts a nightly job at the cheapest of its 2w+1 candidate slots', () => {
    const f = Float64Array.from([9, 9, 9, 9, 1, 9, 9, 9]);
    const starts = schedulePeriodic(f, { firstNominalSlot: 2, periodSlots: 48, count: 1, durationSlots: 1, windowSlots: 2 });
    expect(starts[0]).toBe(4);
    expect(scoreStarts(f, starts, 1)).toBe(1);
  });

  it('lets the no-slack baseline start one slot late, as the study does (d+1 forecast values)', () => {
    const f = Float64Array.from([5, 5, 1, 9]);
    const activity = new Float64Array(4);
    const finish = scheduleAdhoc(f, [{ arrivalSlot: 0, durationSlots: 2, slackSlots: 0 }], false, activity);
    expect([...activity]).toEqual([0, 1, 1, 0]);
    expect(finish[0]).toBe(3);
    expect(scoreActivity(f, activity)).toBe(6);
  });

  it('accumulates several jobs in one activity timeline', () => {
    const f = Float64Array.from([3, 1, 2, 8]);
    const activity = new Float64Array(4);
    scheduleAdhoc(f, [{ arrivalSlot: 0, durationSlots: 1, slackSlots: 2 }, { arrivalSlot: 0, durationSlots: 2, slackSlots: 1 }], true, activity);
    expect([...activity]).toEqual([0, 2, 1, 0]);
  });
});
