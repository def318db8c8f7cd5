/**
 * Resampling an intensity series to a common step, and building a regular series from irregular
 * imported points. Output slots are aligned to multiples of the step since the UTC epoch.
 *
 * Two methods:
 *  - `point`: each output slot takes the value of the input interval that contains its start. Going
 *    from 15 to 30 min this keeps the rows at minute 0 and 30 — exactly what Let's Wait Awhile does
 *    (`ci[ci.index.minute % 30 == 0]`, simulate.py); going from 60 to 30 min it holds each value.
 *  - `mean`: the time-weighted mean of the overlapping input intervals (NaN inputs skipped) — the
 *    right choice when an energy total must be preserved.
 */
import { ScenarioError } from '../core/errors';
import { MS_PER_MIN, type IntensityPoint, type IntensitySeries } from './intensity-series';

export type ResampleMethod = 'point' | 'mean';

export function resampleSeries(series: IntensitySeries, stepMin: number, method: ResampleMethod = 'point'): IntensitySeries {
  const inStepMs = series.stepMin * MS_PER_MIN;
  const outStepMs = stepMin * MS_PER_MIN;
  const endMs = series.startMs + series.valuesGPerKWh.length * inStepMs;
  const firstMs = Math.ceil(series.startMs / outStepMs) * outStepMs;
  const n = Math.max(0, Math.floor((endMs - firstMs) / outStepMs));
  const out = new Float64Array(n);
  const at = (i: number): number => series.valuesGPerKWh[i] ?? Number.NaN;
  for (let j = 0; j < n; j++) {
    const t0 = firstMs + j * outStepMs;
    if (method === 'point') {
      out[j] = at(Math.floor((t0 - series.startMs) / inStepMs));
      continue;
    }
    out[j] = weightedMean(series, t0, Math.min(endMs, t0 + outStepMs));
  }
  return { ...series, startMs: firstMs, stepMin, valuesGPerKWh: out };
}

function weightedMean(series: IntensitySeries, t0: number, t1: number): number {
  const inStepMs = series.stepMin * MS_PER_MIN;
  let sum = 0;
  let weight = 0;
  for (let i = Math.floor((t0 - series.startMs) / inStepMs); ; i++) {
    const s = series.startMs + i * inStepMs;
    if (s >= t1 || i >= series.valuesGPerKWh.length) break;
    const v = series.valuesGPerKWh[i]!;
    const w = Math.min(t1, s + inStepMs) - Math.max(t0, s);
    if (Number.isFinite(v) && w > 0) {
      sum += v * w;
      weight += w;
    }
  }
  return weight > 0 ? sum / weight : Number.NaN;
}

/** The smallest positive gap between sorted point times, in minutes (the file's native step). */
export function inferStepMin(points: readonly IntensityPoint[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < points.length; i++) {
    const gap = points[i]!.timeMs - points[i - 1]!.timeMs;
    if (gap > 0 && gap < best) best = gap;
  }
  return Number.isFinite(best) ? best / MS_PER_MIN : 60;
}

type SeriesMeta = Omit<IntensitySeries, 'startMs' | 'stepMin' | 'valuesGPerKWh'>;

/**
 * Puts imported points on their native regular grid (gaps → NaN, a repeated time keeps the last
 * value), optionally resampled to `stepMin`.
 */
export function pointsToSeries(points: readonly IntensityPoint[], meta: SeriesMeta, path: string, stepMin?: number): IntensitySeries {
  if (points.length === 0) throw new ScenarioError(path, 'no data rows');
  let inOrder = true;
  for (let i = 1; i < points.length && inOrder; i++) inOrder = points[i - 1]!.timeMs <= points[i]!.timeMs;
  const sorted = inOrder ? points : [...points].sort((a, b) => a.timeMs - b.timeMs);
  const nativeMin = inferStepMin(sorted);
  const stepMs = nativeMin * MS_PER_MIN;
  const startMs = sorted[0]!.timeMs;
  const n = Math.round((sorted[sorted.length - 1]!.timeMs - startMs) / stepMs) + 1;
  if (n > 2_000_000) throw new ScenarioError(path, `too many slots (${n}); is the time column right?`);
  const values = new Float64Array(n).fill(Number.NaN);
  for (const p of sorted) values[Math.round((p.timeMs - startMs) / stepMs)] = p.valueGPerKWh;
  const native: IntensitySeries = { ...meta, startMs, stepMin: nativeMin, valuesGPerKWh: values };
  return stepMin === undefined || stepMin === nativeMin ? native : resampleSeries(native, stepMin, 'point');
}
