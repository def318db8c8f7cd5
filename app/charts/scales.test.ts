import { describe, expect, it } from 'vitest';
import { decimateIndices, extentOf, formatDurationSec, formatNumber, formatPercent, linearScale } from './scales';

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
