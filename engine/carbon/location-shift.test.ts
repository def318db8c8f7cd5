import { describe, expect, it } from 'vitest';
import { allowedRegions, argminCost, distanceKm, rttMs } from './location-shift';

const frankfurt = { id: 'de', latDeg: 50.1, lonDeg: 8.7, jurisdiction: 'EU' };
const paris = { id: 'fr', latDeg: 48.9, lonDeg: 2.4, jurisdiction: 'EU' };
const london = { id: 'gb', latDeg: 51.5, lonDeg: -0.1, jurisdiction: 'UK' };
const oslo = { id: 'no', latDeg: 59.9, lonDeg: 10.8, jurisdiction: 'EEA' };

describe('location shifting constraints', () => {
  it('puts Frankfurt–Paris at ≈ 480 km great-circle (published ≈ 479 km), ≈ 4.8 ms RTT in fibre', () => {
    expect(distanceKm(frankfurt, paris)).toBeGreaterThan(470);
    expect(distanceKm(frankfurt, paris)).toBeLessThan(490);
    expect(rttMs(frankfurt, paris)).toBeCloseTo(distanceKm(frankfurt, paris) / 100, 9);
  });

  it('keeps the home region, drops regions outside the residency set or the latency budget', () => {
    const all = [frankfurt, paris, london, oslo];
    expect(allowedRegions(frankfurt, all, { enabled: true, residency: ['EU'] }).map((r) => r.id)).toEqual(['de', 'fr']);
    expect(allowedRegions(frankfurt, all, { enabled: true, maxLatencyMs: 8 }).map((r) => r.id)).toEqual(['de', 'fr', 'gb']);
    expect(allowedRegions(frankfurt, all, { enabled: false }).map((r) => r.id)).toEqual(['de']);
  });

  it('argminCost() prefers the earlier (home) region on ties', () => {
    expect(argminCost([5, 3, 3])).toBe(1);
    expect(argminCost([2, 2])).toBe(0);
  });
});
