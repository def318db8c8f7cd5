import { describe, expect, it } from 'vitest';
import { analyticRemaining, formatBytes, formatSeconds } from './analytic-curve';

describe('analyticRemaining()', () => {
  // M = 100, λ = 0.5, R = 10/s: rounds of 100 (10 s), 50 (5 s), then stop-and-copy of 25.
  const a = { model: 'pure-rate' as const, lambda: 0.5, liveRounds: 2, roundBytes: [100, 50, 25], roundSeconds: [10, 5, 2.5], totalBytes: 175, totalSec: 17.5, downtimeSec: 2.5, converges: true };
  it('drains each round linearly from V_i and is NaN outside the live rounds', () => {
    const out = Array.from(analyticRemaining(a, 2, [0, 2, 7, 12, 14.5, 17, 30]));
    expect(out[0]).toBeNaN();
    expect(out.slice(1, 5)).toEqual([100, 50, 50, 25]);
    expect(out[5]).toBe(0);
    expect(out[6]).toBeNaN();
  });
  it('formats seconds and bytes for people', () => {
    expect(formatSeconds(0.21)).toBe('210 ms');
    expect(formatSeconds(13.18)).toBe('13.2 s');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GiB');
  });
});
