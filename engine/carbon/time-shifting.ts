/**
 * Temporal shifting on a slot grid (Let's Wait Awhile's two scenarios, generalised).
 *  - Periodic jobs with a symmetric flexibility window of ±w slots: released w slots before the
 *    nominal slot (skipped if that is before the series starts), they start at the best of the 2w+1
 *    candidate starts (simulate.py `datacenter_process`, strategy.py `BidirectionalStrategy`).
 *  - Ad hoc jobs that may only be postponed: the window is forecast[arrival … arrival+d+slack]
 *    (d+slack+1 values — so even the no-slack baseline may start one slot late, as in the study);
 *    non-interruptible jobs take the best rolling mean, interruptible ones the cheapest slots.
 * Policies: `best-window` (min rolling mean) or `threshold` (first start under a threshold).
 * Work is accumulated into an activity array (jobs running per slot); emissions are Σ truth·activity.
 */
import { bestWindowStart, bestWindowStartPrefix, cheapestSlots, prefixSums, thresholdStart } from './window-choice';

export interface PeriodicJobs {
  firstNominalSlot: number;
  periodSlots: number;
  count: number;
  durationSlots: number;
  windowSlots: number;
}

export interface AdhocJob {
  arrivalSlot: number;
  durationSlots: number;
  slackSlots: number;
}

export type ShiftPolicy = { policy: 'best-window' } | { policy: 'threshold'; thresholdGPerKWh: number };

/** Start slot of each periodic job (−1 when it was skipped). */
export function schedulePeriodic(forecast: Float64Array, jobs: PeriodicJobs, policy: ShiftPolicy = { policy: 'best-window' }): Int32Array {
  const starts = new Int32Array(jobs.count).fill(-1);
  const d = jobs.durationSlots;
  for (let j = 0; j < jobs.count; j++) {
    const release = jobs.firstNominalSlot + j * jobs.periodSlots - jobs.windowSlots;
    if (release < 0) continue;
    const nStarts = Math.min(2 * jobs.windowSlots + 1, forecast.length - d - release + 1);
    if (nStarts < 1) continue;
    starts[j] = choose(forecast, release, nStarts, d, policy);
  }
  return starts;
}

function choose(forecast: Float64Array, from: number, nStarts: number, d: number, policy: ShiftPolicy): number {
  return policy.policy === 'threshold' ? thresholdStart(forecast, from, nStarts, policy.thresholdGPerKWh) : bestWindowStart(forecast, from, nStarts, d);
}

/**
 * Schedules ad hoc jobs into `activity` (jobs running per slot, += weight). Returns each job's
 * finish slot (exclusive), for delay and deadline metrics.
 */
export function scheduleAdhoc(forecast: Float64Array, jobs: readonly AdhocJob[], interruptible: boolean, activity: Float64Array, weight = 1, policy: ShiftPolicy = { policy: 'best-window' }): Int32Array {
  const finish = new Int32Array(jobs.length);
  const cheapest = interruptible && policy.policy === 'best-window';
  const scratch = new Float64Array(1024);
  const prefix = cheapest || policy.policy !== 'best-window' ? undefined : prefixSums(forecast);
  jobs.forEach((job, j) => {
    const d = job.durationSlots;
    const length = Math.min(d + job.slackSlots + 1, forecast.length - job.arrivalSlot);
    if (cheapest) {
      finish[j] = cheapestSlots(forecast, job.arrivalSlot, length, d, activity, weight, scratch) + 1;
      return;
    }
    const nStarts = Math.max(1, length - d + 1);
    const start = prefix ? bestWindowStartPrefix(prefix, job.arrivalSlot, nStarts, d) : choose(forecast, job.arrivalSlot, nStarts, d, policy);
    for (let k = start; k < Math.min(start + d, activity.length); k++) activity[k]! += weight;
    finish[j] = start + d;
  });
  return finish;
}

/** Σ truth[k] · activity[k]: emissions in (gCO2e/kWh × job-slots); multiply by kWh per job-slot for grams. */
export function scoreActivity(truth: Float64Array, activity: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < activity.length; k++) if (activity[k] !== 0) sum += truth[k]! * activity[k]!;
  return sum;
}

/** Σ over started jobs of the true intensity of their d slots. */
export function scoreStarts(truth: Float64Array, starts: Int32Array, durationSlots: number): number {
  let sum = 0;
  for (const s of starts) if (s >= 0) for (let k = s; k < s + durationSlots; k++) sum += truth[k]!;
  return sum;
}
