/**
 * The Let's Wait Awhile experiments (Wiesner et al., Middleware '21, doi:10.1145/3464298.3493399) as
 * pure functions over a true intensity series on the study's 30-minute grid. Set-up as documented in
 * shared/data/carbon/lets-wait-awhile/EXPERIMENT.md and upstream simulate.py / strategy.py:
 *  - Scenario I: one 30-min job a day at 01:00 for 365 days, window ±w slots (w = 0…16); average CI
 *    of executed jobs = Σ CI / 365 (always 365, even when day 0 was skipped — the study's artefact).
 *  - Scenario II: the 3387 ML jobs, deadline rules none/next-workday/semi-weekly, (non-)interruptible;
 *    savings vs the perfect-forecast, no-slack, non-interruptible baseline.
 *  - Noise: forecast = CI + err·mean(CI)·z with z ~ N(0,1) i.i.d.; one z-vector per seed shared by all
 *    configurations (upstream draws with the same seed for each, so the 10 % noise is 2× the 5 %).
 *    Noisy metrics are averaged over seeds (the activity in Scenario II is linear, so averaging the
 *    emissions equals averaging the timeline).
 */
import { createRng } from '../core/rng';
import { meanOf } from './intensity-series';
import type { DeadlineRule } from './deadline-rules';
import { slackSlots } from './deadline-rules';
import { scheduleAdhoc, schedulePeriodic, scoreActivity, scoreStarts, type AdhocJob } from './time-shifting';

export const STUDY_STEP_MIN = 30;
export const STUDY_EPOCH_MS = Date.UTC(2020, 0, 1);

export interface StudyJob { arrivalMinute: number; durationMinutes: number }

/** One standard-normal vector per seed (0 … seeds−1), reused by every configuration. */
export function noiseVectors(length: number, seeds: number): Float64Array[] {
  return Array.from({ length: seeds }, (_, seed) => {
    const rng = createRng(seed);
    const z = new Float64Array(length);
    for (let i = 0; i < length; i++) z[i] = rng.normal();
    return z;
  });
}

export function noisyForecast(truth: Float64Array, z: Float64Array, errorFraction: number): Float64Array {
  const sigma = errorFraction * meanOf(truth);
  const out = new Float64Array(truth.length);
  for (let i = 0; i < truth.length; i++) out[i] = truth[i]! + sigma * z[i]!;
  return out;
}

/** Scenario I: average CI of the nightly jobs for each window w = 0 … maxWindow (one entry per forecast). */
export function nightlyAverageCi(truth: Float64Array, forecasts: readonly Float64Array[], maxWindow = 16, days = 365): number[] {
  const out: number[] = [];
  for (let w = 0; w <= maxWindow; w++) {
    let total = 0;
    for (const f of forecasts) {
      const starts = schedulePeriodic(f, { firstNominalSlot: 2, periodSlots: 48, count: days, durationSlots: 1, windowSlots: w });
      total += scoreStarts(truth, starts, 1) / days;
    }
    out.push(total / forecasts.length);
  }
  return out;
}

/** The study's jobs as slots on a series that starts at `seriesStartMs`, moved by `shiftDays`. */
export function studyJobsToSlots(jobs: readonly StudyJob[], rule: DeadlineRule, seriesStartMs: number, shiftDays = 0): AdhocJob[] {
  const out: AdhocJob[] = [];
  const offsetMin = shiftDays * 1440 + (STUDY_EPOCH_MS - seriesStartMs) / 60_000;
  for (const job of jobs) {
    const arrivalMin = job.arrivalMinute + offsetMin;
    const oftMs = seriesStartMs + (arrivalMin + job.durationMinutes) * 60_000;
    const slot: AdhocJob = {
      arrivalSlot: Math.round(arrivalMin / STUDY_STEP_MIN),
      durationSlots: Math.round(job.durationMinutes / STUDY_STEP_MIN),
      slackSlots: slackSlots(oftMs, rule, STUDY_STEP_MIN),
    };
    out.push(slot);
  }
  return out;
}

/** Whether a job's whole window lies inside a series of `length` slots. */
export const jobFits = (job: AdhocJob, length: number): boolean => job.arrivalSlot >= 0 && job.arrivalSlot + job.durationSlots + job.slackSlots + 1 <= length;

/** Scenario II: mean emissions (CI × job-slots) over the forecasts for one rule and interruptibility. */
export function adhocEmissions(truth: Float64Array, forecasts: readonly Float64Array[], jobs: readonly AdhocJob[], interruptible: boolean): number {
  let total = 0;
  const activity = new Float64Array(truth.length);
  for (const f of forecasts) {
    activity.fill(0);
    scheduleAdhoc(f, jobs, interruptible, activity);
    total += scoreActivity(truth, activity);
  }
  return total / forecasts.length;
}

export const savingPct = (value: number, baseline: number): number => 100 * (1 - value / baseline);
