/**
 * Builds each region of a carbon scenario on the scenario's grid: the true series (a built-in
 * parametric region, or an imported series resampled and aligned — uncovered slots held flat and
 * counted) and the forecast the schedulers see. History before t = 0 (28 days) is generated too,
 * so persistence and moving-average forecasts have something to look back on.
 */
import type { Rng } from '../core/rng';
import type { CarbonParams, RegionParam } from './carbon-params';
import type { RegionData } from './carbon-plan';
import { fillGaps } from './fill-gaps';
import { makeForecast, type ForecastSpec } from './forecast';
import { MS_PER_MIN, type IntensitySeries } from './intensity-series';
import { generateRegionSeries } from './region-model';
import { findPreset } from './region-presets';
import { resampleSeries } from './resample-series';

export const HISTORY_DAYS = 28;

export interface BuiltRegion extends RegionData {
  metric: string;
  signal: string;
  source: string;
  filledSlots: number;
  /** True series including the history days before t = 0 (for forecasts). */
  truthWithHistory: Float64Array;
}

export function buildRegions(params: CarbonParams, rng: Rng): BuiltRegion[] {
  const slotsPerDay = 1440 / params.stepMin;
  const nSlots = params.days * slotsPerDay;
  const history = HISTORY_DAYS * slotsPerDay;
  return params.regions.map((r) => {
    const fromMs = params.startMs - history * params.stepMin * MS_PER_MIN;
    const series = r.series ? alignImported(r, params.stepMin, fromMs, nSlots + history) : generateRegionSeries(findPreset(r.preset!)!, { startMs: fromMs, slots: nSlots + history, stepMin: params.stepMin }, rng.stream(`region:${r.id}`));
    const { values, filled } = fillGaps(series.valuesGPerKWh);
    const preset = r.preset ? findPreset(r.preset) : undefined;
    const region: BuiltRegion = {
      id: r.id, name: r.series ? r.series.name : preset!.name,
      jurisdiction: r.jurisdiction ?? preset?.jurisdiction ?? 'unspecified',
      latDeg: r.latDeg ?? preset?.latDeg ?? 0, lonDeg: r.lonDeg ?? preset?.lonDeg ?? 0,
      metric: series.metric, signal: series.signal, source: series.source, filledSlots: r.series ? filled : 0,
      truthWithHistory: values, truth: values.subarray(history), forecast: new Float64Array(0),
    };
    return region;
  });
}

/** The imported series on the scenario grid from `fromMs` for `slots` slots (NaN where it has no data). */
function alignImported(r: RegionParam, stepMin: number, fromMs: number, slots: number): IntensitySeries {
  const s = r.series!;
  const native: IntensitySeries = { name: s.name, startMs: s.startMs, stepMin: s.stepMin, valuesGPerKWh: Float64Array.from(s.valuesGPerKWh), metric: s.metric, signal: s.signal, source: s.source };
  const grid = resampleSeries(native, stepMin, s.stepMin < stepMin ? 'mean' : 'point');
  const out = new Float64Array(slots).fill(Number.NaN);
  const offset = Math.round((grid.startMs - fromMs) / (stepMin * MS_PER_MIN));
  for (let i = 0; i < grid.valuesGPerKWh.length; i++) if (i + offset >= 0 && i + offset < slots) out[i + offset] = grid.valuesGPerKWh[i]!;
  return { ...grid, startMs: fromMs, valuesGPerKWh: out };
}

/** Recomputes each region's forecast (the noise stream is fixed per region, so only its size changes). */
export function applyForecast(regions: BuiltRegion[], spec: ForecastSpec, stepMin: number, rng: Rng): void {
  const history = HISTORY_DAYS * (1440 / stepMin);
  for (const r of regions) {
    r.forecast = makeForecast(r.truthWithHistory, spec, 1440 / stepMin, rng.stream(`forecast:${r.id}`)).subarray(history);
  }
}
