/**
 * A year of facility power at 15-minute steps (35 040): seasonal and daily outside temperature with
 * seeded day-to-day weather, a daily IT-load cycle, and facilityPower() at each step. Aggregates
 * give PUE over different windows — annual, each month, each day, each 15-minute reading — to show
 * how much the figure depends on when and how it is measured.
 * Temperature: T = mean − seasonAmp·cos(2π(day − 20)/365) − dailyAmp·cos(2π(hour − 3)/24) + weather,
 * weather an AR(1) series per day (φ = 0.7, σ = weatherSdC). Units: kW, kWh, °C.
 */
import type { Rng } from '../core/rng';
import { facilityPower, type FacilitySpec } from './facility-power';

export const STEPS_PER_DAY = 96;
export const DAYS = 365;
export const STEP_HOURS = 0.25;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface SiteSpec {
  meanC: number;
  seasonAmpC: number;
  dailyAmpC: number;
  weatherSdC: number;
  meanItLoad: number;
  dailyItSwing: number;
}

export const DEFAULT_SITE: SiteSpec = { meanC: 10, seasonAmpC: 9, dailyAmpC: 5, weatherSdC: 3, meanItLoad: 0.6, dailyItSwing: 0.1 };

export interface YearArrays {
  outsideC: Float64Array;
  itKW: Float64Array;
  pduOutputKW: Float64Array;
  upsOutputKW: Float64Array;
  upsLossKW: Float64Array;
  distributionLossKW: Float64Array;
  lightingKW: Float64Array;
  coolingKW: Float64Array;
  totalKW: Float64Array;
  waterLPerHour: Float64Array;
}

export function createYearArrays(): YearArrays {
  const n = STEPS_PER_DAY * DAYS;
  const f = (): Float64Array => new Float64Array(n);
  return { outsideC: f(), itKW: f(), pduOutputKW: f(), upsOutputKW: f(), upsLossKW: f(), distributionLossKW: f(), lightingKW: f(), coolingKW: f(), totalKW: f(), waterLPerHour: f() };
}

/** Weather per day (AR(1)), drawn once so that changing the facility does not change the weather. */
export function drawWeather(site: SiteSpec, rng: Rng): Float64Array {
  const w = new Float64Array(DAYS);
  let x = 0;
  for (let d = 0; d < DAYS; d++) {
    x = 0.7 * x + Math.sqrt(1 - 0.49) * rng.normal();
    w[d] = x * site.weatherSdC;
  }
  return w;
}

export function outsideTemperature(site: SiteSpec, weather: Float64Array, step: number): number {
  const day = Math.floor(step / STEPS_PER_DAY);
  const hour = (step % STEPS_PER_DAY) * STEP_HOURS;
  return site.meanC - site.seasonAmpC * Math.cos((2 * Math.PI * (day - 20)) / DAYS)
    - site.dailyAmpC * Math.cos((2 * Math.PI * (hour - 3)) / 24) + weather[day]!;
}

/** Fills steps [from, end) of the year. */
export function computeYear(out: YearArrays, facility: FacilitySpec, site: SiteSpec, weather: Float64Array, from = 0): void {
  for (let i = from; i < out.totalKW.length; i++) {
    const hour = (i % STEPS_PER_DAY) * STEP_HOURS;
    const load = Math.min(1, Math.max(0, site.meanItLoad * (1 + site.dailyItSwing * Math.sin((2 * Math.PI * (hour - 8)) / 24))));
    const t = outsideTemperature(site, weather, i);
    const p = facilityPower(facility, facility.itRatedKW * load, t);
    out.outsideC[i] = t;
    out.itKW[i] = p.itKW;
    out.pduOutputKW[i] = p.pduOutputKW;
    out.upsOutputKW[i] = p.upsOutputKW;
    out.upsLossKW[i] = p.upsLossKW;
    out.distributionLossKW[i] = p.pduLossKW + p.rackLossKW;
    out.lightingKW[i] = p.lightingKW;
    out.coolingKW[i] = p.coolingKW;
    out.totalKW[i] = p.totalKW;
    out.waterLPerHour[i] = p.waterLPerHour;
  }
}

const sum = (a: Float64Array, from: number, to: number): number => {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s;
};

/** PUE (IT at equipment input) over [from, to) steps: energy ratio. */
export const pueOver = (y: YearArrays, from: number, to: number): number => sum(y.totalKW, from, to) / sum(y.itKW, from, to);

export function monthlyPue(y: YearArrays): number[] {
  let day = 0;
  return MONTH_DAYS.map((d) => {
    const v = pueOver(y, day * STEPS_PER_DAY, (day + d) * STEPS_PER_DAY);
    day += d;
    return v;
  });
}

export function dailyPue(y: YearArrays): number[] {
  return Array.from({ length: DAYS }, (_, d) => pueOver(y, d * STEPS_PER_DAY, (d + 1) * STEPS_PER_DAY));
}

export function stepPueRange(y: YearArrays, to = y.totalKW.length): { min: number; max: number } {
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < to; i++) {
    const v = y.totalKW[i]! / y.itKW[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

export function energyTotals(y: YearArrays, to = y.totalKW.length): {
  totalKWh: number; itKWh: number; pduOutputKWh: number; upsOutputKWh: number; waterL: number; peakTotalKW: number; peakUpsOutputKW: number;
} {
  let peakTotalKW = 0;
  let peakUpsOutputKW = 0;
  for (let i = 0; i < to; i++) {
    peakTotalKW = Math.max(peakTotalKW, y.totalKW[i]!);
    peakUpsOutputKW = Math.max(peakUpsOutputKW, y.upsOutputKW[i]!);
  }
  return {
    totalKWh: sum(y.totalKW, 0, to) * STEP_HOURS,
    itKWh: sum(y.itKW, 0, to) * STEP_HOURS,
    pduOutputKWh: sum(y.pduOutputKW, 0, to) * STEP_HOURS,
    upsOutputKWh: sum(y.upsOutputKW, 0, to) * STEP_HOURS,
    waterL: sum(y.waterLPerHour, 0, to) * STEP_HOURS,
    peakTotalKW,
    peakUpsOutputKW,
  };
}
