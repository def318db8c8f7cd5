import { describe, expect, it } from 'vitest';
import { decimateIndices, decimateToColumns, extentOf, formatDurationSec, formatNumber, formatPercent, linearScale } from './scales';

describe('scale helpers', () => {
  it('extentOf skips NaN and infinities across several columns', () => {
    expect(extentOf([Float64Array.of(3, NaN, 1), [Infinity, 7]])).toEqual([1, 7]);
    expect(extentOf([Float64Array.of(NaN)])).toBeNull();
  });
  it('linearScale maps the niced domain onto the range', () => {
    const s = linearScale([0, 9.3], [0, 100]);
    expect(s.domain()).toEqual([0, 10]);
    expect(s(5)).toBe(50);
  });
  it('linearScale pads a single-value domain so the line is not on an edge', () => {
    const s = linearScale([0.99, 0.99], [100, 0], false);
    const [lo, hi] = s.domain() as [number, number];
    expect(lo).toBeLessThan(0.99);
    expect(hi).toBeGreaterThan(0.99);
    expect(linearScale(null, [0, 1]).domain()).toEqual([0, 1]);
  });
  it('decimateIndices keeps short series whole and keeps spikes of long ones', () => {
    expect(decimateIndices([1, 2, 3], 100)).toEqual([0, 1, 2]);
    const long = new Float64Array(10_000).fill(0);
    long[4321] = 99;
    const idx = decimateIndices(long, 400);
    expect(idx.length).toBeLessThanOrEqual(400);
    expect(idx).toContain(4321);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(9999);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });
});

describe('decimateToColumns', () => {
  const xs = (n: number) => Float64Array.from({ length: n }, (_, i) => i);
  it('keeps at most four points per pixel column, in order, with the first, last and every spike', () => {
    const v = new Float64Array(100_000).fill(1);
    v[31_337] = 50;
    v[77_000] = -50;
    const idx = decimateToColumns(xs(v.length), v, 0, v.length - 1, 500);
    expect(idx.length).toBeLessThanOrEqual(4 * 502);
    expect(idx).toContain(31_337);
    expect(idx).toContain(77_000);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(v.length - 1);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });
  it('keeps a gap (NaN) so the line still breaks there', () => {
    const v = new Float64Array(10_000).fill(2);
    v[5_000] = NaN;
    expect(decimateToColumns(xs(v.length), v, 0, v.length - 1, 100)).toContain(5_000);
  });
  it('returns a short series whole, and falls back to index buckets when x is not sorted', () => {
    expect(decimateToColumns([0, 1, 2], [5, 6, 7], 0, 2, 300)).toEqual([0, 1, 2]);
    const x = xs(5_000).reverse();
    const idx = decimateToColumns(x, new Float64Array(5_000), 0, 5_000, 100);
    expect(idx.length).toBeLessThanOrEqual(400);
  });
});

describe('formatting', () => {
  it('formats numbers with 4 significant digits and a real minus sign', () => {
    expect(formatNumber(1234567)).toBe('1,235,000');
    expect(formatNumber(-0.5)).toBe('−0.5');
    expect(formatNumber(NaN)).toBe('–');
    expect(formatNumber(2e-7)).toBe('2.000e−7');
  });
  it('formats durations in the largest fitting unit', () => {
    expect(formatDurationSec(45)).toBe('45 s');
    expect(formatDurationSec(31557.6)).toBe('8.77 h');
    expect(formatDurationSec(0.0025)).toBe('2.5 ms');
  });
  it('formats availability with enough digits to show its nines', () => {
    expect(formatPercent(0.99)).toBe('99.00 %');
    expect(formatPercent(0.99995)).toBe('99.9950 %');
  });
});
