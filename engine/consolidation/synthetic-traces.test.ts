import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { DEFAULT_SYNTHETIC_SPEC, generateSyntheticTraces, traceStatistics } from './synthetic-traces';

describe('synthetic PlanetLab-like traces', () => {
  it('match the 2011-03-03 statistics we calibrated to (mean 12.3 %, median 6.8 %, 15 % zeros, ~half with a zero pair)', () => {
    const traces = generateSyntheticTraces(DEFAULT_SYNTHETIC_SPEC, createRng(1).stream('traces'));
    const s = traceStatistics(traces);
    expect(traces).toHaveLength(1052);
    expect(traces[0]).toHaveLength(288);
    expect(s.meanOfMeansPct).toBeGreaterThan(10);
    expect(s.meanOfMeansPct).toBeLessThan(15);
    expect(s.medianMeanPct).toBeGreaterThan(5);
    expect(s.medianMeanPct).toBeLessThan(9);
    expect(s.zeroFraction).toBeGreaterThan(0.1);
    expect(s.zeroFraction).toBeLessThan(0.2);
    expect(s.tracesWithZeroPair / 1052).toBeGreaterThan(0.4);
    expect(s.tracesWithZeroPair / 1052).toBeLessThan(0.6);
  });

  it('are a pure function of the seed', () => {
    const a = generateSyntheticTraces({ ...DEFAULT_SYNTHETIC_SPEC, vmCount: 5 }, createRng(9).stream('traces'));
    const b = generateSyntheticTraces({ ...DEFAULT_SYNTHETIC_SPEC, vmCount: 5 }, createRng(9).stream('traces'));
    expect(a).toEqual(b);
  });
});
