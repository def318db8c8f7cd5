/**
 * Planning a carbon scenario's jobs: expands periodic jobs into daily (or other period) instances,
 * and places every instance — at its nominal time (baseline), by the policy on the forecast
 * (best window / threshold; interruptible ad hoc jobs take the cheapest slots), across the regions
 * the location constraints allow, or where a student moved it by hand.
 * Units: slots of `stepMin` minutes from the scenario start; runs are [start, end) slot ranges.
 * Simplification: an ad hoc job's candidate starts are arrival … arrival+slack, so it always
 * finishes by its deadline (the study allowed one extra slot; the reproduction keeps that, this
 * model does not). Periodic instances whose window reaches before t = 0 are clamped to start at 0.
 */
import { slackSlots } from './deadline-rules';
import type { AdhocJobParam, CarbonParams, JobParam, PeriodicJobParam } from './carbon-params';
import { allowedRegions, argminCost, type PlacedRegion } from './location-shift';
import { bestWindowStart, kthSmallestInWindow, thresholdStart } from './window-choice';

export interface RegionData extends PlacedRegion {
  name: string;
  truth: Float64Array;
  forecast: Float64Array;
}

export interface JobInstance {
  id: string;
  jobId: string;
  kind: 'periodic' | 'adhoc';
  home: string;
  nominalSlot: number;
  durationSlots: number;
  /** Candidate starts [firstStart, lastStart]; interruptible jobs may use any slot in [firstStart, lastStart + d). */
  firstStart: number;
  lastStart: number;
  interruptible: boolean;
  powerKW: number;
}

export interface Placement { region: string; runs: Array<[number, number]>; manual: boolean }

const slotsOf = (hours: number, stepMin: number): number => Math.round((hours * 60) / stepMin);

export function expandJobs(params: CarbonParams, nSlots: number): JobInstance[] {
  return params.jobs.flatMap((job) => (job.kind === 'periodic' ? expandPeriodic(job, params, nSlots) : [expandAdhoc(job, params, nSlots)]));
}

function expandPeriodic(job: PeriodicJobParam, p: CarbonParams, nSlots: number): JobInstance[] {
  const d = Math.max(1, Math.ceil((job.durationHours * 60) / p.stepMin));
  const w = slotsOf(job.windowHours, p.stepMin);
  const out: JobInstance[] = [];
  for (let k = 0; k < job.count; k++) {
    const nominal = slotsOf(job.atHourUtc + k * job.everyHours, p.stepMin);
    if (nominal + d > nSlots) break;
    out.push({
      id: `${job.id}#${k}`, jobId: job.id, kind: 'periodic', home: job.region, nominalSlot: nominal, durationSlots: d,
      firstStart: Math.max(0, nominal - w), lastStart: Math.min(nSlots - d, nominal + w), interruptible: false, powerKW: job.powerKW,
    });
  }
  return out;
}

function expandAdhoc(job: AdhocJobParam, p: CarbonParams, nSlots: number): JobInstance {
  const d = Math.max(1, Math.ceil((job.durationHours * 60) / p.stepMin));
  const arrival = Math.min(slotsOf(job.arrivalHours, p.stepMin), Math.max(0, nSlots - d));
  const oftMs = p.startMs + (arrival + d) * p.stepMin * 60_000;
  const slack = slackSlots(oftMs, job.deadline, p.stepMin);
  return {
    id: job.id, jobId: job.id, kind: 'adhoc', home: job.region, nominalSlot: arrival, durationSlots: d,
    firstStart: arrival, lastStart: Math.max(arrival, Math.min(nSlots - d, arrival + slack)), interruptible: job.interruptible, powerKW: job.powerKW,
  };
}

export const baselinePlacement = (j: JobInstance): Placement => ({ region: j.home, runs: [[j.nominalSlot, j.nominalSlot + j.durationSlots]], manual: false });

/** Where the policy puts a job, considering every region the constraints allow. */
export function planJob(j: JobInstance, params: CarbonParams, regions: readonly RegionData[]): Placement {
  if (params.policy.type === 'none') return baselinePlacement(j);
  const home = regions.find((r) => r.id === j.home)!;
  const candidates = allowedRegions(home, regions, params.location) as RegionData[];
  const options = candidates.map((r) => placeIn(j, r, params));
  const best = argminCost(options.map((o) => o.cost));
  return { region: candidates[best]!.id, runs: options[best]!.runs, manual: false };
}

function placeIn(j: JobInstance, r: RegionData, params: CarbonParams): { runs: Array<[number, number]>; cost: number } {
  const d = j.durationSlots;
  const nStarts = j.lastStart - j.firstStart + 1;
  let runs: Array<[number, number]>;
  if (j.interruptible && params.policy.type === 'best-window') runs = cheapestRuns(r.forecast, j.firstStart, nStarts + d - 1, d);
  else {
    const s = params.policy.type === 'threshold' ? thresholdStart(r.forecast, j.firstStart, nStarts, params.policy.thresholdGPerKWh) : bestWindowStart(r.forecast, j.firstStart, nStarts, d);
    runs = [[s, s + d]];
  }
  return { runs, cost: sumRuns(r.forecast, runs) };
}

/** The d cheapest slots of the window as runs; ties are broken towards the earliest slots so exactly d slots run. */
function cheapestRuns(f: Float64Array, from: number, length: number, d: number): Array<[number, number]> {
  const threshold = kthSmallestInWindow(f, from, length, d - 1);
  let below = 0;
  for (let k = from; k < from + length; k++) if (f[k]! < threshold) below++;
  let ties = d - below;
  const runs: Array<[number, number]> = [];
  for (let k = from; k < from + length; k++) {
    const take = f[k]! < threshold || (f[k] === threshold && ties-- > 0);
    if (!take) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === k) last[1] = k + 1;
    else runs.push([k, k + 1]);
  }
  return runs;
}

export function sumRuns(values: Float64Array, runs: ReadonlyArray<readonly [number, number]>): number {
  let s = 0;
  for (const [a, b] of runs) for (let k = a; k < b; k++) s += values[k]!;
  return s;
}

export function findJobParam(params: CarbonParams, jobId: string): JobParam | undefined {
  return params.jobs.find((j) => j.id === jobId);
}
