/**
 * The carbon model's commands: `readCarbonCommand` validates a command's arguments alone
 * (ScenarioError with the command's JSON path; used at load by `checkCommand` and again by apply),
 * then `applyCarbonCommand` checks them against the plan (job ids, windows, regions) and edits the
 * plan inputs; the model re-plans afterwards. Command docs: carbon-example.ts.
 */
import { commandArgs } from '../core/command-args';
import { ScenarioError, joinPath } from '../core/errors';
import type { Command } from '../core/model';
import { readBoolean, readEnum, readNumber, readString } from '../core/params';
import { readForecast, readLocation, readPolicy, type CarbonParams, type JobParam, type PolicyParam } from './carbon-params';
import type { JobInstance, RegionData } from './carbon-plan';
import { CARBON_COMMANDS } from './carbon-example';
import { DEADLINE_RULES, type DeadlineRule } from './deadline-rules';
import type { ForecastSpec } from './forecast';
import { allowedRegions } from './location-shift';

export interface Manual { region: string; startSlot: number }

export interface CommandTarget {
  params: CarbonParams;
  regions: readonly RegionData[];
  jobs: readonly JobInstance[];
  manual: Map<string, Manual>;
}

export type CarbonCommand =
  | { do: 'setPolicy'; policy: PolicyParam }
  | { do: 'setForecast'; forecast: ForecastSpec }
  | { do: 'setLocation'; location: CarbonParams['location'] }
  | { do: 'setWindow'; job: string; windowHours: number }
  | { do: 'setDeadline'; job: string; deadline?: DeadlineRule; interruptible?: boolean }
  | { do: 'moveJob'; job: string; startHours: number; region?: string }
  | { do: 'resetJob'; job: string };

/**
 * The command's arguments, typed and checked without a plan: against the params' `jobs` (whose ids
 * and kinds never change during a run) but not against job instances or allowed regions.
 */
export function readCarbonCommand(command: Command, path: string, jobs: readonly JobParam[]): CarbonCommand {
  const c = commandArgs(command, path, CARBON_COMMANDS);
  switch (command.do) {
    case 'setPolicy': return { do: 'setPolicy', policy: readPolicy(c.policy, joinPath(path, 'policy')) };
    case 'setForecast': return { do: 'setForecast', forecast: readForecast(c.forecast, joinPath(path, 'forecast')) };
    case 'setLocation': return { do: 'setLocation', location: readLocation(c.location, joinPath(path, 'location')) };
    case 'setWindow': return { do: 'setWindow', job: jobId(jobs, c, path, 'periodic'), windowHours: readNumber(c, 'windowHours', path, { min: 0, max: 72 }) };
    case 'setDeadline': {
      const out: CarbonCommand = { do: 'setDeadline', job: jobId(jobs, c, path, 'adhoc') };
      if (c.deadline !== undefined) out.deadline = readEnum(c, 'deadline', path, DEADLINE_RULES);
      if (c.interruptible !== undefined) out.interruptible = readBoolean(c, 'interruptible', path);
      return out;
    }
    case 'moveJob': {
      const out: CarbonCommand = { do: 'moveJob', job: readString(c, 'job', path), startHours: readNumber(c, 'startHours', path, { min: 0 }) };
      if (c.region !== undefined) out.region = readString(c, 'region', path);
      return out;
    }
    default: return { do: 'resetJob', job: readString(c, 'job', path) };
  }
}

export function applyCarbonCommand(t: CommandTarget, command: Command, path: string): void {
  const cmd = readCarbonCommand(command, path, t.params.jobs);
  switch (cmd.do) {
    case 'setPolicy': t.params.policy = cmd.policy; return;
    case 'setForecast': t.params.forecast = cmd.forecast; return;
    case 'setLocation': t.params.location = cmd.location; return;
    case 'setWindow': {
      const job = jobParam(t, cmd.job);
      if (job.kind === 'periodic') job.windowHours = cmd.windowHours;
      return;
    }
    case 'setDeadline': {
      const job = jobParam(t, cmd.job);
      if (job.kind !== 'adhoc') return;
      if (cmd.deadline !== undefined) job.deadline = cmd.deadline;
      if (cmd.interruptible !== undefined) job.interruptible = cmd.interruptible;
      return;
    }
    case 'moveJob': moveJob(t, cmd, path); return;
    case 'resetJob': t.manual.delete(cmd.job); return;
  }
}

function jobId(jobs: readonly JobParam[], c: Record<string, unknown>, path: string, kind: JobParam['kind']): string {
  const id = readString(c, 'job', path);
  if (!jobs.some((j) => j.id === id && j.kind === kind)) {
    throw new ScenarioError(joinPath(path, 'job'), `no ${kind} job "${id}" (jobs: ${jobs.filter((j) => j.kind === kind).map((j) => j.id).join(', ') || 'none'})`);
  }
  return id;
}

/** The job a setWindow/setDeadline names (its id and kind were checked by readCarbonCommand). */
const jobParam = (t: CommandTarget, id: string): JobParam => t.params.jobs.find((j) => j.id === id)!;

function moveJob(t: CommandTarget, cmd: { job: string; startHours: number; region?: string }, path: string): void {
  const job = t.jobs.find((j) => j.id === cmd.job);
  if (!job) throw new ScenarioError(joinPath(path, 'job'), `no job instance "${cmd.job}" (e.g. ${t.jobs.slice(0, 3).map((j) => j.id).join(', ')})`);
  const stepMin = t.params.stepMin;
  const startSlot = Math.round((cmd.startHours * 60) / stepMin);
  if (startSlot < job.firstStart || startSlot > job.lastStart) {
    throw new ScenarioError(joinPath(path, 'startHours'), `outside the job's window: allowed ${(job.firstStart * stepMin) / 60}–${(job.lastStart * stepMin) / 60} h`);
  }
  const region = cmd.region ?? job.home;
  const home = t.regions.find((r) => r.id === job.home)!;
  if (!allowedRegions(home, t.regions, t.params.location).some((r) => r.id === region)) {
    throw new ScenarioError(joinPath(path, 'region'), `region "${region}" is not allowed for this job (location shifting off, unknown, or outside the constraints)`);
  }
  t.manual.set(cmd.job, { region, startSlot });
}
