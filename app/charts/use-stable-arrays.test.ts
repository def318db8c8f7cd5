import { describe, expect, it } from 'vitest';
import { sameNumbers, stabilise } from './use-stable-arrays';

describe('stable columns', () => {
  it('sameNumbers compares content, NaN equal to NaN', () => {
    expect(sameNumbers(Float64Array.of(1, NaN), [1, NaN])).toBe(true);
    expect(sameNumbers([1, 2], [1, 3])).toBe(false);
    expect(sameNumbers([1], [1, 1])).toBe(false);
  });
  it('stabilise keeps the previous list when every column has the same content', () => {
    const before = [Float64Array.of(1, 2), Float64Array.of(3)];
    expect(stabilise(before, [Float64Array.of(1, 2), Float64Array.of(3)])).toBe(before);
  });
  it('stabilise replaces only the columns that changed', () => {
    const before = [Float64Array.of(1, 2), Float64Array.of(3)];
    const next = [Float64Array.of(1, 2), Float64Array.of(4)];
    const out = stabilise(before, next);
    expect(out).not.toBe(before);
    expect(out[0]).toBe(before[0]);
    expect(out[1]).toBe(next[1]);
  });
});
