import { describe, expect, it } from 'vitest';
import { createRng, hashString } from './rng';

describe('createRng', () => {
  it('matches the xoshiro128** 1.1 reference C for state {1, 2, 3, 4}', () => {
    // Transcribed from https://prng.di.unimi.it/xoshiro128starstar.c (result = rotl(s[1] * 5, 7) * 9).
    const rng = createRng(0, [1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('gives the same sequence for the same seed and different ones for different seeds', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
  });

  it('derives named streams that do not depend on draws from the parent', () => {
    const a = createRng(3);
    const b = createRng(3);
    b.next();
    b.next();
    expect(a.stream('failures').next()).toBe(b.stream('failures').next());
    expect(a.stream('failures').next()).not.toBe(a.stream('repairs').next());
  });

  it('draws uniform floats in [0, 1) with mean ≈ 1/2 and exponentials with the asked mean', () => {
    const rng = createRng(11);
    const n = 200_000;
    let sum = 0;
    let expSum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      if (u < 0 || u >= 1) outside++;
      sum += u;
      expSum += rng.exponential(5);
    }
    expect(outside).toBe(0);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(expSum / n).toBeGreaterThan(4.95);
    expect(expSum / n).toBeLessThan(5.05);
  });

  it('hashes stream names with FNV-1a (published test vector for "a")', () => {
    // FNV-1a 32-bit of "a" is 0xe40c292c (Fowler–Noll–Vo reference test suite).
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
