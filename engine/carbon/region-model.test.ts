import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { generateRegionSeries } from './region-model';
import { REGION_PRESETS } from './region-presets';
import { regionStatistics } from './region-statistics';

const YEAR_MS = Date.UTC(2023, 0, 1);

describe('parametric default regions reproduce the statistics they were calibrated to', { timeout: 30_000 }, () => {
  for (const preset of REGION_PRESETS) {
    it(`${preset.id}: a generated year (mean of 4 seeds) matches the calibrated mean (±8 %), daily dip/peak and weekend reduction (±0.04)`, () => {
      const stats = [1, 2, 3, 4].map((seed) => {
        const series = generateRegionSeries(preset, { startMs: YEAR_MS, slots: 8760, stepMin: 60 }, createRng(seed));
        return regionStatistics(series.valuesGPerKWh, YEAR_MS, preset.utcOffsetH);
      });
      const avg = (k: keyof (typeof stats)[number]): number => stats.reduce((s, x) => s + x[k], 0) / stats.length;
      expect(Math.abs(avg('meanGPerKWh') / preset.meanGPerKWh - 1), 'mean').toBeLessThan(0.08);
      expect(Math.abs(avg('solarDipFraction') - preset.solarDipFraction), 'solar dip').toBeLessThan(0.04);
      expect(Math.abs(avg('eveningPeakFraction') - preset.eveningPeakFraction), 'evening peak').toBeLessThan(0.04);
      expect(Math.abs(avg('weekendReductionFraction') - preset.weekendReductionFraction), 'weekend').toBeLessThan(0.04);
    });
  }

  it('the same seed gives the same series, byte for byte', () => {
    const p = REGION_PRESETS[0]!;
    const a = generateRegionSeries(p, { startMs: YEAR_MS, slots: 500, stepMin: 30 }, createRng(9));
    const b = generateRegionSeries(p, { startMs: YEAR_MS, slots: 500, stepMin: 30 }, createRng(9));
    expect([...a.valuesGPerKWh]).toEqual([...b.valuesGPerKWh]);
  });
});
