/**
 * regionStatistics: the summary numbers of an hourly intensity series that the parametric default
 * regions are calibrated to (and checked against in tests): mean, sd, solar-hours dip and evening
 * peak of the mean daily profile (fractions of the mean, on local standard time), weekend
 * reduction, seasonal amplitude of monthly means, and the residual ("weather") sd and lag-1 h
 * autocorrelation once the daily/weekly/seasonal shape is removed.
 * Units: gCO2e/kWh, fractions of the mean, hours.
 */
import { meanOf } from './intensity-series';

export interface RegionStatistics {
  meanGPerKWh: number;
  sdGPerKWh: number;
  solarDipFraction: number;
  eveningPeakFraction: number;
  weekendReductionFraction: number;
  seasonalAmplitudeFraction: number;
  residualSdFraction: number;
  residualLag1Autocorrelation: number;
  /** 0 = January. */
  peakMonth: number;
}

const MS_PER_HOUR = 3_600_000;

export function regionStatistics(hourly: Float64Array, startMs: number, utcOffsetH: number): RegionStatistics {
  const mean = meanOf(hourly);
  const n = hourly.length;
  const hourOf = (i: number): number => (((Math.floor(startMs / MS_PER_HOUR) + i + utcOffsetH) % 24) + 24) % 24;
  const dayOf = (i: number): number => Math.floor((startMs / MS_PER_HOUR + i + utcOffsetH) / 24);
  const isWeekend = (i: number): boolean => ((dayOf(i) + 3) % 7 + 7) % 7 >= 5;
  const profile = groupMean(hourly, 24, hourOf);
  const monthly = groupMean(hourly, 12, (i) => Math.min(11, Math.floor((i / n) * 12)));
  const weekend = groupMean(hourly, 2, (i) => (isWeekend(i) ? 1 : 0));
  let sq = 0;
  for (const v of hourly) sq += (v - mean) ** 2;
  const residual = hourly.map((v, i) => v - profile[hourOf(i)]! * (monthly[Math.min(11, Math.floor((i / n) * 12))]! / mean));
  const rMean = meanOf(residual);
  let rs = 0;
  let rc = 0;
  for (let i = 0; i < n; i++) {
    rs += (residual[i]! - rMean) ** 2;
    if (i > 0) rc += (residual[i]! - rMean) * (residual[i - 1]! - rMean);
  }
  return {
    meanGPerKWh: mean,
    sdGPerKWh: Math.sqrt(sq / n),
    solarDipFraction: 1 - meanOf(profile, 10, 15) / mean,
    eveningPeakFraction: meanOf(profile, 17, 21) / mean - 1,
    weekendReductionFraction: 1 - weekend[1]! / weekend[0]!,
    seasonalAmplitudeFraction: (Math.max(...monthly) - Math.min(...monthly)) / 2 / mean,
    residualSdFraction: Math.sqrt(rs / n) / mean,
    residualLag1Autocorrelation: rc / rs,
    peakMonth: monthly.indexOf(Math.max(...monthly)),
  };
}

function groupMean(values: Float64Array, groups: number, groupOf: (i: number) => number): number[] {
  const sum = new Float64Array(groups);
  const count = new Float64Array(groups);
  values.forEach((v, i) => {
    const g = groupOf(i);
    sum[g]! += v;
    count[g]! += 1;
  });
  return Array.from(sum, (s, g) => s / Math.max(1, count[g]!));
}
