/**
 * The parametric intensity model behind the built-in regions:
 *   CI(t) = mean · season(t) · week(t) · (1 + day(h) + weather(t)),  floored at 3 % of the mean,
 *  - day(h): a solar bell over 06–18 local standard time (negative: the midday dip) plus an
 *    evening bell around 19:00; their sizes are solved so that the profile's 10–15 h mean is
 *    −solarDip and its 17–21 h mean is +eveningPeak (fractions of the mean, as regionStatistics measures);
 *  - week(t): 1 − w·(weekend − 2/7), with w chosen so weekend/weekday = 1 − weekendReduction;
 *  - season(t): 1 + A·cos(2π(day-of-year − peak)/365.25);
 *  - weather(t): an AR(1) process (wind and clouds) with the calibrated sd and hourly lag-1
 *    autocorrelation ρ (ρ^(step/60) per slot).
 * Simplification: no holidays, no DST, no trend, one weather process per region (real regions are
 * correlated with their neighbours); the floor stands in for must-run low-carbon supply.
 */
import type { Rng } from '../core/rng';
import type { IntensitySeries } from './intensity-series';
import type { RegionPreset } from './region-presets';

const MS_PER_HOUR = 3_600_000;
const solar = (h: number): number => (h > 6 && h < 18 ? Math.sin((Math.PI * (h - 6)) / 12) : 0);
const evening = (h: number): number => Math.exp(-(((h - 19) / 1.5) ** 2));

function hourlyMean(f: (h: number) => number, from: number, to: number): number {
  let sum = 0;
  for (let h = from; h < to; h++) sum += f(h + 0.5);
  return sum / (to - from);
}

/** Coefficients (a, b) of day(h) = −a·(solar − s̄) + b·(evening − ē) meeting both calibration targets. */
function dayCoefficients(dip: number, peak: number): [number, number] {
  const sBar = hourlyMean(solar, 0, 24);
  const eBar = hourlyMean(evening, 0, 24);
  const s1 = hourlyMean(solar, 10, 15) - sBar;
  const e1 = hourlyMean(evening, 10, 15) - eBar;
  const s2 = hourlyMean(solar, 17, 21) - sBar;
  const e2 = hourlyMean(evening, 17, 21) - eBar;
  // −a·s1 + b·e1 = −dip ; −a·s2 + b·e2 = peak
  const det = -s1 * e2 + e1 * s2;
  const a = (-dip * e2 - e1 * peak) / det;
  const b = (-s1 * peak - dip * s2) / det;
  return [a, b];
}

export interface GenerateOptions {
  startMs: number;
  slots: number;
  stepMin: number;
}

export function generateRegionSeries(p: RegionPreset, opts: GenerateOptions, rng: Rng): IntensitySeries {
  const [a, b] = dayCoefficients(p.solarDipFraction, p.eveningPeakFraction);
  const sBar = hourlyMean(solar, 0, 24);
  const eBar = hourlyMean(evening, 0, 24);
  const r = p.weekendReductionFraction;
  const w = r / (1 - (2 * r) / 7);
  const phi = p.weatherLag1Autocorrelation ** (opts.stepMin / 60);
  const innovation = p.weatherSdFraction * Math.sqrt(1 - phi * phi);
  let weather = p.weatherSdFraction * rng.normal();
  const values = new Float64Array(opts.slots);
  for (let i = 0; i < opts.slots; i++) {
    // The slot's middle: an hourly value stands for the whole hour, as in the calibration.
    const localH = (opts.startMs + (i + 0.5) * opts.stepMin * 60_000) / MS_PER_HOUR + p.utcOffsetH;
    const h = ((localH % 24) + 24) % 24;
    const day = Math.floor(localH / 24);
    const weekend = (((day + 3) % 7) + 7) % 7 >= 5 ? 1 : 0;
    const doy = day - Math.floor(day / 365.25) * 365.25;
    const season = 1 + p.seasonalAmplitudeFraction * Math.cos((2 * Math.PI * (doy - (15 + 30.44 * p.peakMonth))) / 365.25);
    const shape = -a * (solar(h) - sBar) + b * (evening(h) - eBar);
    values[i] = Math.max(0.03 * p.meanGPerKWh, p.meanGPerKWh * season * (1 - w * (weekend - 2 / 7)) * (1 + shape + weather));
    weather = phi * weather + innovation * rng.normal();
  }
  return {
    name: p.name, startMs: opts.startMs, stepMin: opts.stepMin, valuesGPerKWh: values, metric: p.metric, signal: 'average',
    source: `parametric model calibrated to ${p.calibratedTo}`,
  };
}
