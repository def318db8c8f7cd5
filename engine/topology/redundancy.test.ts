import { describe, expect, it } from 'vitest';
import { redundancyAvailability, unitsInstalled } from './redundancy';

describe('power and cooling redundancy (hand-derived)', () => {
  it('N+1 with N = 2 and a = 0.99: P(≥ 2 of 3) = 3a²(1 − a) + a³ = 0.999702', () => {
    expect(redundancyAvailability('N+1', 2, 0.99)).toBeCloseTo(0.999702, 12);
  });

  it('N = 2: a² = 0.9801; 2N: 1 − (1 − a²)² = 0.99960399', () => {
    expect(redundancyAvailability('N', 2, 0.99)).toBeCloseTo(0.9801, 12);
    expect(redundancyAvailability('2N', 2, 0.99)).toBeCloseTo(1 - 0.0199 ** 2, 12);
  });

  it('counting units only, N+1 can beat 2N: with N = 3 and a = 0.995, 4 units needing 3 fail less often than two strings of 3', () => {
    const [n, n1, twoN, twoN1] = (['N', 'N+1', '2N', '2N+1'] as const).map((s) => redundancyAvailability(s, 3, 0.995));
    expect(n1!).toBeGreaterThan(n!);
    expect(twoN!).toBeGreaterThan(n!);
    expect(n1!).toBeGreaterThan(twoN!); // 2N's value is surviving path failures and maintenance, not unit failures
    expect(twoN1!).toBeGreaterThan(twoN!);
    expect((['N', 'N+1', '2N', '2N+1'] as const).map((s) => unitsInstalled(s, 3))).toEqual([3, 4, 6, 7]);
  });
});
