/**
 * IntensitySeries: grid carbon intensity on a regular UTC grid — the one shape every importer,
 * forecast, scheduler and view in engine/carbon works on.
 *
 * Units: gCO2e/kWh. Time: `startMs` is the UTC epoch millisecond of the first interval's start;
 * interval i covers [startMs + i·stepMin, startMs + (i+1)·stepMin). Missing values are NaN.
 * `metric` says which figure it is (direct combustion vs life-cycle, refs/carbon-energy.md §4.1) and
 * `signal` whether it is an average or a marginal intensity (SCI spec §"I", refs §3.1); the UI shows both.
 */
export type IntensityMetric = 'lifecycle' | 'direct' | 'unspecified';
export type IntensitySignal = 'average' | 'marginal';

export interface IntensitySeries {
  name: string;
  startMs: number;
  stepMin: number;
  valuesGPerKWh: Float64Array;
  metric: IntensityMetric;
  signal: IntensitySignal;
  /** Where the numbers come from (file, API, or "parametric model …"). */
  source: string;
}

/** One observation before resampling: an interval start (UTC ms) and its value. */
export interface IntensityPoint {
  timeMs: number;
  valueGPerKWh: number;
}

export const MS_PER_MIN = 60_000;

/** UTC ms of slot i. */
export function slotTimeMs(series: IntensitySeries, i: number): number {
  return series.startMs + i * series.stepMin * MS_PER_MIN;
}

/** Mean of the finite values (NaN if none). */
export function meanOf(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** The sub-series whose slots start at or after `fromMs` (the study loads "from 2020-01-01 onward"). */
export function sliceFrom(series: IntensitySeries, fromMs: number): IntensitySeries {
  const skip = Math.max(0, Math.ceil((fromMs - series.startMs) / (series.stepMin * MS_PER_MIN)));
  return { ...series, startMs: slotTimeMs(series, skip), valuesGPerKWh: series.valuesGPerKWh.slice(skip) };
}
