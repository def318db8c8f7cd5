/**
 * Pure helpers behind the carbon timeline's views: the hour-of-day × day matrix of a region, the
 * forecast band, and the tables that are each chart's text alternative.
 */
import type { SeriesBundle } from '../../../engine/core/series';
import type { TableData } from '../../charts/table-data';
import type { CarbonJob, CarbonSnapshot } from './types';

/**
 * rows = days (or weeks, beyond 60 days, so a year stays readable), cols = 24 UTC hours: the mean
 * intensity of each hour of each row.
 */
export function hourByDay(values: ArrayLike<number>, stepMin: number): { rows: string[]; values: number[][] } {
  const perHour = 60 / stepMin;
  const days = Math.floor(values.length / (24 * perHour));
  const daysPerRow = days > 60 ? 7 : 1;
  const out: number[][] = [];
  for (let d0 = 0; d0 < days; d0 += daysPerRow) {
    const span = Math.min(daysPerRow, days - d0);
    const row: number[] = [];
    for (let h = 0; h < 24; h++) {
      let sum = 0;
      for (let d = d0; d < d0 + span; d++) for (let k = 0; k < perHour; k++) sum += values[(d * 24 + h) * perHour + k]!;
      row.push(sum / (perHour * span));
    }
    out.push(row);
  }
  return { rows: out.map((_, r) => (daysPerRow === 1 ? `day ${r + 1}` : `week ${r + 1}`)), values: out };
}

/** ±1σ band of a Gaussian-noise forecast (σ = err × mean, the study's method); empty for other methods. */
export function forecastBand(forecast: ArrayLike<number>, snap: CarbonSnapshot, regionId: string): { lo: Float64Array; hi: Float64Array } | null {
  if (snap.forecast.method !== 'noise') return null;
  const region = snap.regions.find((r) => r.id === regionId);
  if (!region) return null;
  const sigma = (snap.forecast.errorFraction ?? 0) * region.meanGPerKWh;
  const lo = Float64Array.from(forecast, (v) => v - sigma);
  const hi = Float64Array.from(forecast, (v) => v + sigma);
  return { lo, hi };
}

export function jobsTable(jobs: readonly CarbonJob[]): TableData {
  return {
    columns: [
      { key: 'id', label: 'job' }, { key: 'region', label: 'region' }, { key: 'nominal', label: 'nominal start (UTC)' },
      { key: 'start', label: 'planned start (UTC)' }, { key: 'delay', label: 'delay', unit: 'h' },
      { key: 'base', label: 'baseline', unit: 'gCO2e' }, { key: 'shifted', label: 'shifted', unit: 'gCO2e' }, { key: 'saved', label: 'saved', unit: 'gCO2e' },
    ],
    rows: jobs.map((j) => [j.id, j.region === j.home ? j.region : `${j.home} → ${j.region}`, j.nominalUtc, j.startUtc, j.delayHours, j.baselineG, j.shiftedG, j.savedG]),
  };
}

export function timelineTable(series: SeriesBundle, regionId: string): TableData {
  const keys = [['ci', 'intensity', 'gCO2e/kWh'], ['forecast', 'forecast', 'gCO2e/kWh'], ['baselineKW', 'baseline load', 'kW'], ['shiftedKW', 'shifted load', 'kW']] as const;
  const t = series.tSec ?? new Float64Array(0);
  const cols = keys.map(([k]) => series[`${k}.${regionId}`] ?? new Float64Array(t.length));
  return {
    columns: [{ key: 'h', label: 'time', unit: 'h' }, ...keys.map(([k, label, unit]) => ({ key: k, label, unit }))],
    rows: Array.from(t, (tSec, i) => [tSec / 3600, ...cols.map((c) => c[i]!)]),
  };
}

/** Hours from the scenario start of a slot. */
export const slotHours = (slot: number, stepMin: number): number => (slot * stepMin) / 60;
