/**
 * Runs both Let's Wait Awhile scenarios on one region's series: the whole table the repro and the
 * bench print. The series is cut to start at `fromMs` (the study: 2020-01-01 00:00 UTC) and put on
 * the 30-minute grid with the `point` rule (15-min files keep minutes 0/30; hourly files hold
 * each value for two slots).
 */
import type { IntensitySeries } from '../intensity-series';
import { sliceFrom } from '../intensity-series';
import { resampleSeries } from '../resample-series';
import { fillGaps } from '../fill-gaps';
import type { DeadlineRule } from '../deadline-rules';
import type { AdhocJob } from '../time-shifting';
import {
  STUDY_STEP_MIN, adhocEmissions, jobFits, nightlyAverageCi, noiseVectors, noisyForecast, savingPct, studyJobsToSlots, type StudyJob,
} from '../lets-wait-awhile';

export interface StudyOptions {
  fromMs: number;
  seeds?: number;
  /** Move the 2020 job list by whole weeks onto another year (weekdays preserved). */
  shiftDays?: number;
  periodicErrors?: number[];
  adhocErrors?: number[];
}

export interface AdhocRow { rule: DeadlineRule; interruptible: boolean; error: number; savingPct: number }

export interface StudyResult {
  name: string;
  periodic: Array<{ error: number; avgCi: number[]; savingPct: number[] }>;
  adhoc: AdhocRow[];
  jobsUsed: number;
  slots: number;
  /** Slots that were missing in the file and interpolated. */
  filledSlots: number;
}

/** The true series on the study grid; missing slots are interpolated (none in the study's files). */
export function studyTruth(series: IntensitySeries, fromMs: number): { truth: Float64Array; filled: number } {
  const { values, filled } = fillGaps(resampleSeries(sliceFrom(series, fromMs), STUDY_STEP_MIN, 'point').valuesGPerKWh);
  return { truth: values, filled };
}

export function runStudy(series: IntensitySeries, jobs: readonly StudyJob[], opts: StudyOptions): StudyResult {
  const { truth, filled } = studyTruth(series, opts.fromMs);
  const z = noiseVectors(truth.length, opts.seeds ?? 10);
  const forecastsFor = (error: number): Float64Array[] => (error === 0 ? [truth] : z.map((v) => noisyForecast(truth, v, error)));
  const periodic = (opts.periodicErrors ?? [0, 0.05]).map((error) => {
    const avgCi = nightlyAverageCi(truth, forecastsFor(error));
    return { error, avgCi, savingPct: avgCi.map((a) => savingPct(a, avgCi[0]!)) };
  });
  const startMs = Math.ceil(opts.fromMs / 1800000) * 1800000;
  // Jobs whose widest (semi-weekly) window runs past the data are dropped from every rule alike.
  const widest = studyJobsToSlots(jobs, 'semi-weekly', startMs, opts.shiftDays);
  const keep = widest.map((j) => jobFits(j, truth.length));
  const slotsFor = (rule: DeadlineRule): AdhocJob[] => studyJobsToSlots(jobs, rule, startMs, opts.shiftDays).filter((_, i) => keep[i]);
  const baseJobs = slotsFor('none');
  const baseline = adhocEmissions(truth, [truth], baseJobs, false);
  const adhoc: AdhocRow[] = [];
  for (const error of opts.adhocErrors ?? [0, 0.05, 0.1]) {
    const forecasts = forecastsFor(error);
    for (const rule of ['next-workday', 'semi-weekly'] as const) {
      const slotJobs = slotsFor(rule);
      for (const interruptible of [false, true]) {
        adhoc.push({ rule, interruptible, error, savingPct: savingPct(adhocEmissions(truth, forecasts, slotJobs, interruptible), baseline) });
      }
    }
  }
  return { name: series.name, periodic, adhoc, jobsUsed: baseJobs.length, slots: truth.length, filledSlots: filled };
}
