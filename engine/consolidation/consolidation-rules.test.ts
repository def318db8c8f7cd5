import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { specPowerAt } from '../energy/power-model';
import { HP_ML110_G4_W } from '../energy/specpower-servers';
import { migrationTimeSec, vmTypeIndex } from './cloudsim-setup';
import { createHost, createVm, reallocate } from './datacenter-state';
import { iqrOf, isOverloaded, lrPrediction, madOf } from './overload-detectors';
import { rSquared } from './ols';
import { toUtilizationSamples, utilizationAt } from './trace';
import { correlationCoefficients } from './vm-selection';
import { runExperiment } from './run-experiment';

const G4 = Float64Array.from(HP_ML110_G4_W);

describe('CloudSim building blocks (hand-derived values)', () => {
  it('specPowerAt interpolates the ML110 G4 table: 55 % load → 102 + (106 − 102)·0.5 = 104 W', () => {
    expect(specPowerAt(G4, 0.55)).toBeCloseTo(104, 12);
    expect(specPowerAt(G4, 0)).toBe(86);
    expect(specPowerAt(G4, 1)).toBe(117);
    expect(() => specPowerAt(G4, 1.01)).toThrow(RangeError);
  });

  it('a tick at 300.1 s sees s1 + (s2 − s1)·0.1/300, not s1 (the 0.1 s offset)', () => {
    const data = toUtilizationSamples([10, 20, 40]);
    expect(utilizationAt(data, 300)).toBe(0.2);
    expect(utilizationAt(data, 300.1)).toBeCloseTo(0.2 + 0.2 * (0.1 / 300), 15);
    expect(data[288]).toBe(data[287]);
  });

  it('VM types go by block of ⌈N/4⌉: with 1 052 VMs, 0–262 are type 0 and 789–1051 type 3', () => {
    expect([0, 262, 263, 525, 526, 788, 789, 1051].map((i) => vmTypeIndex(i, 1052))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('migration takes RAM ÷ 62.5 s: 613 MB → 9.808 s, 870 → 13.92, 1740 → 27.84', () => {
    expect([613, 870, 1740].map(migrationTimeSec)).toEqual([9.808, 13.92, 27.84]);
  });

  it('an oversubscribed G4 host (3720 MIPS) scales two 2000-MIPS requests by 0.93 and rounds down to 1860', () => {
    const host = createHost(0, 0, 2, 1860, HP_ML110_G4_W);
    const vms = [0, 1].map((i) => createVm(i, 1, 2000, 1740, toUtilizationSamples([100])));
    vms.forEach((v) => (v.reqMips = 2000));
    host.vms = [0, 1];
    host.incoming = [false, false];
    reallocate(host, vms);
    // each capped at the PE's 1860 MIPS first: 3720 ÷ 3720 = 1 → 1860 each, nothing free
    expect(host.allocs).toEqual([1860, 1860]);
    expect(host.availMips).toBe(0);
  });

});

describe('CloudSim overload detectors and selection (hand-derived values)', () => {
  it('IQR of 12 values uses 0-based quartile indices round(0.25·13) − 1 = 2 and round(0.75·13) − 1 = 9', () => {
    const data = Float64Array.from([12, 1, 11, 2, 10, 3, 9, 4, 8, 5, 7, 6].map((x) => x / 100));
    expect(iqrOf(data)).toBeCloseTo((10 - 3) / 100, 15);
  });

  it('MAD of [1, 2, 3, 4, 100] is 1 (median 3, deviations 2, 1, 0, 1, 97)', () => {
    expect(madOf(Float64Array.from([1, 2, 3, 4, 100]))).toBe(1);
  });

  it('LR predicts one migration interval ahead: y = 0.05·x over x = 1…10 → 0.55 at x = 11, × 1.2 = 0.66', () => {
    const newestFirst = Float64Array.from({ length: 30 }, (_, i) => (i < 10 ? 0.05 * (10 - i) : 0));
    const view = { history: newestFirst, historyLength: 10, requestedMips: 0, hostMips: 3720, maxRamMb: 870 };
    expect(lrPrediction(view, 1.2)).toBeCloseTo(0.66, 12);
    expect(isOverloaded('lr', 1.2, view)).toBe(false);
    expect(isOverloaded('lr', 2, view)).toBe(true); // 1.1 ≥ 1
  });

  it('history-based detectors fall back to THR 0.7 without enough history', () => {
    const view = { history: new Float64Array(30), historyLength: 5, requestedMips: 0.75 * 3720, hostMips: 3720, maxRamMb: 870 };
    for (const kind of ['iqr', 'mad', 'lr'] as const) expect(isOverloaded(kind, 1, view)).toBe(true);
    expect(isOverloaded('thr', 0.8, view)).toBe(false);
  });

  it('R² of an exact linear relation is 1, and MC falls back (null) with fewer samples than candidates', () => {
    const x = [1, 2, 3, 4, 5, 6];
    expect(rSquared([x], x.map((v) => 2 * v + 1), 6)).toBeCloseTo(1, 12);
    const vms = [0, 1, 2].map((i) => createVm(i, 0, 1000, 613, toUtilizationSamples([10])));
    vms.forEach((v) => (v.histLen = 2));
    expect(correlationCoefficients(vms)).toBeNull();
  });

});

describe('CloudSim energy accounting (hand-derived values)', () => {
  it('NPA charges every host full power from 0 to the last tick: 800 hosts → (400·117 + 400·135) W × 86 100.1 s = 2410.8028 kWh', () => {
    const traces = Array.from({ length: 8 }, () => Array.from({ length: 288 }, () => 50));
    const r = runExperiment({ traces, hostCount: 800, allocation: 'npa' });
    expect(r.energyKWh).toBeCloseTo(((400 * 117 + 400 * 135) * 86100.1) / 3.6e6, 6);
  });

  it('a constant single VM under DVFS costs its host P(u) for 86 100.1 − 300.1 s (the first interval is free)', () => {
    // one 2500-MIPS VM at 50 % on host 1 (G5, 5320 MIPS: first fit skips G4, PE 1860 < 2500)
    const r = runExperiment({ traces: [Array.from({ length: 288 }, () => 50)], hostCount: 2, allocation: 'dvfs' });
    const u = 1250 / 5320;
    const p = 101 + ((105 - 101) / 10) * (u - 0.2) * 100;
    expect(r.energyKWh).toBeCloseTo((p * (86100.1 - 300.1)) / 3.6e6, 9);
    expect(createRng(1).next()).toBeTypeOf('number');
  });
});
