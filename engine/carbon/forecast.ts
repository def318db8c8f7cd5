/**
 * Forecasts of an intensity series. Schedulers see a forecast; emissions are always scored on the
 * true series (Wiesner et al., "Let's Wait Awhile", Middleware '21, §5.1).
 *
 *  - `perfect`: the true series.
 *  - `noise`: true + N(0, (err × mean)²), i.i.d. per slot, mean over the whole series — the study's
 *    synthetic forecast error (simulate.py `_apply_error`). Our RNG is xoshiro128**, not numpy's, so
 *    noisy results match the study only on average over seeds.
 *  - `persistence`: the value at the same time yesterday.
 *  - `moving-average`: the mean of the same time of day over the previous `days` days.
 * Simplification: each forecast is one fixed series (as in the study), not re-issued at every
 * decision; persistence and moving-average use only data at least one day old, and the first days
 * (no history yet) fall back to the true values.
 */
import type { Rng } from '../core/rng';
import { meanOf } from './intensity-series';

export type ForecastSpec =
  | { method: 'perfect' }
  | { method: 'noise'; errorFraction: number }
  | { method: 'persistence' }
  | { method: 'moving-average'; days: number };

export const FORECAST_METHODS = ['perfect', 'noise', 'persistence', 'moving-average'] as const;

export function makeForecast(truth: Float64Array, spec: ForecastSpec, slotsPerDay: number, rng: Rng): Float64Array {
  switch (spec.method) {
    case 'perfect':
      return truth.slice();
    case 'noise':
      return addGaussianNoise(truth, spec.errorFraction, rng);
    case 'persistence':
      return sameTimeMean(truth, slotsPerDay, 1);
    case 'moving-average':
      return sameTimeMean(truth, slotsPerDay, spec.days);
  }
}

/** forecast = truth + N(0, (errorFraction × mean(truth))²) per slot. */
export function addGaussianNoise(truth: Float64Array, errorFraction: number, rng: Rng): Float64Array {
  const sigma = errorFraction * meanOf(truth);
  const out = new Float64Array(truth.length);
  for (let i = 0; i < truth.length; i++) out[i] = truth[i]! + sigma * rng.normal();
  return out;
}

function sameTimeMean(truth: Float64Array, slotsPerDay: number, days: number): Float64Array {
  const out = new Float64Array(truth.length);
  for (let i = 0; i < truth.length; i++) {
    let sum = 0;
    let n = 0;
    for (let j = 1; j <= days; j++) {
      const v = truth[i - j * slotsPerDay];
      if (v !== undefined && Number.isFinite(v)) { sum += v; n++; }
    }
    out[i] = n > 0 ? sum / n : truth[i]!;
  }
  return out;
}
