/**
 * The carbon model's commands: each validates its arguments (ScenarioError with the command's JSON
 * path) and edits the plan inputs; the model re-plans afterwards. Command docs: carbon-example.ts.
 */
import { ScenarioError, joinPath } from '../core/errors';
import type { Command } from '../core/model';
import { readEnum, readNumber, readString } from '../core/params';
import { readForecast, readLocation, readPolicy, type CarbonParams, type JobParam } from './carbon-params';
import type { JobInstance, RegionData } from './carbon-plan';
import { CARBON_COMMANDS } from './carbon-example';
import { DEADLINE_RULES } from './deadline-rules';
import { allowedRegions } from './location-shift';

export interface Manual { region: string; startSlot: number }

export interface CommandTarget {
  params: CarbonParams;
  regions: readonly RegionData[];
  jobs: readonly JobInstance[];
  manual: Map<string, Manual>;
}

type Args = Record<string, unknown>;

export function applyCarbonCommand(t: CommandTarget, command: Command, path: string): void {
  const c = command as unknown as Args;
  switch (command.do) {
    case 'setPolicy': t.params.policy = readPolicy(c.policy, joinPath(path, 'policy')); return;
    case 'setForecast': t.params.forecast = readForecast(c.forecast, joinPath(path, 'forecast')); return;
    case 'setLocation': t.params.location = readLocation(c.location, joinPath(path, 'location')); return;
    case 'setWindow': {
      const job = jobParam(t, c, path, 'periodic');
      if (job.kind === 'periodic') job.windowHours = readNumber(c, 'windowHours', path, { min: 0, max: 72 });
      return;
    }
    case 'setDeadline': {
      const job = jobParam(t, c, path, 'adhoc');
      if (job.kind !== 'adhoc') return;
      if (c.deadline !== undefined) job.deadline = readEnum(c, 'deadline', path, DEADLINE_RULES);
      if (c.interruptible !== undefined) job.interruptible = c.interruptible === true;
      return;
    }
    case 'moveJob': moveJob(t, c, path); return;
    case 'resetJob': t.manual.delete(readString(c, 'job', path)); return;
    default: throw new ScenarioError(joinPath(path, 'do'), `unknown command "${command.do}" (known: ${CARBON_COMMANDS.map((d) => d.do).join(', ')})`);
  }
}

function jobParam(t: CommandTarget, c: Args, path: string, kind: JobParam['kind']): JobParam {
  const id = readString(c, 'job', path);
  const job = t.params.jobs.find((j) => j.id === id);
  if (!job || job.kind !== kind) {
    throw new ScenarioError(joinPath(path, 'job'), `no ${kind} job "${id}" (jobs: ${t.params.jobs.filter((j) => j.kind === kind).map((j) => j.id).join(', ') || 'none'})`);
  }
  return job;
}

function moveJob(t: CommandTarget, c: Args, path: string): void {
  const id = readString(c, 'job', path);
  const job = t.jobs.find((j) => j.id === id);
  if (!job) throw new ScenarioError(joinPath(path, 'job'), `no job instance "${id}" (e.g. ${t.jobs.slice(0, 3).map((j) => j.id).join(', ')})`);
  const stepMin = t.params.stepMin;
  const startSlot = Math.round((readNumber(c, 'startHours', path, { min: 0 }) * 60) / stepMin);
  if (startSlot < job.firstStart || startSlot > job.lastStart) {
    throw new ScenarioError(joinPath(path, 'startHours'), `outside the job's window: allowed ${(job.firstStart * stepMin) / 60}–${(job.lastStart * stepMin) / 60} h`);
  }
  const region = readString(c, 'region', path, job.home);
  const home = t.regions.find((r) => r.id === job.home)!;
  if (!allowedRegions(home, t.regions, t.params.location).some((r) => r.id === region)) {
    throw new ScenarioError(joinPath(path, 'region'), `region "${region}" is not allowed for this job (location shifting off, unknown, or outside the constraints)`);
  }
  t.manual.set(id, { region, startSlot });
}
