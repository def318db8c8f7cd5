import { describe, expect, it } from 'vitest';
import { bestWindowStart, bestWindowStartPrefix, cheapestSlots, kthSmallestInWindow, prefixSums, selectKth, thresholdStart } from './window-choice';

const v = (xs: number[]): Float64Array => Float64Array.from(xs);

describe('window choice', () => {
  it('bestWindowStart() picks the lowest 2-slot mean of [5, 3, 4, 1, 2, 9] at slot 3 (1 + 2)', () => {
    expect(bestWindowStart(v([5, 3, 4, 1, 2, 9]), 0, 5, 2)).toBe(3);
  });

  it('bestWindowStart() keeps the first of equal windows, like np.argmin', () => {
    expect(bestWindowStart(v([2, 1, 2, 1, 2]), 0, 4, 2)).toBe(0);
  });

  it('prefix sums give the same start as the sliding window', () => {
    const xs = v([7, 3, 8, 2, 2, 6, 1, 9, 4]);
    expect(bestWindowStartPrefix(prefixSums(xs), 1, 6, 3)).toBe(bestWindowStart(xs, 1, 6, 3));
  });

  it('cheapestSlots() runs a 2-slot interruptible job in the two cheapest slots, ties adding a third', () => {
    const activity = new Float64Array(5);
    cheapestSlots(v([5, 1, 4, 1, 3]), 0, 5, 2, activity);
    expect([...activity]).toEqual([0, 1, 0, 1, 0]);
    const tie = new Float64Array(4);
    cheapestSlots(v([2, 1, 2, 5]), 0, 4, 2, tie);
    expect([...tie]).toEqual([1, 1, 1, 0]);
  });

  it('kthSmallestInWindow() agrees with sorting for every k, on both of its paths', () => {
    const xs = v([9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10, 13, 12]);
    const sorted = [...xs].sort((a, b) => a - b);
    for (let k = 0; k < xs.length; k++) expect(kthSmallestInWindow(xs, 0, xs.length, k)).toBe(sorted[k]);
    expect(selectKth(v([3, 3, 1, 2]), 2)).toBe(3);
  });

  it('thresholdStart() takes the first slot under the threshold, else the last allowed start', () => {
    expect(thresholdStart(v([300, 250, 180, 120]), 0, 4, 200)).toBe(2);
    expect(thresholdStart(v([300, 250, 280]), 0, 3, 100)).toBe(2);
  });
});
