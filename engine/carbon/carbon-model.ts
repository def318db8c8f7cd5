/**
 * The `carbon` scenario kind: grid carbon intensity over time and place, jobs shifted in time
 * (periodic windows, ad hoc deadlines, interruptible or not) and space (latency and residency
 * constraints) by a policy that sees a forecast, scored on the true series; plus the CCF/SCI
 * footprint of a workload. Scenario time: seconds from `startUtc`; one slot = `stepMin`.
 * Simplification: the plan is computed for the whole horizon at once (a what-if tool, not an
 * online scheduler); a command re-plans every job, keeping hand-placed ones. Sources: README.md.
 */
import type { Command, Model, ModelDefinition, Snapshot } from '../core/model';
import { readObject } from '../core/params';
import type { Rng } from '../core/rng';
import type { SeriesBundle } from '../core/series';
import { readCarbonParams, type CarbonParams } from './carbon-params';
import { applyCarbonCommand, readCarbonCommand, type Manual } from './carbon-commands';
import { baselinePlacement, expandJobs, planJob, type Placement } from './carbon-plan';
import { applyForecast, buildRegions } from './carbon-regions';
import { buildSeries, buildSnapshot, type PlanState } from './carbon-snapshot';
import { CARBON_COMMANDS, CARBON_EXAMPLE } from './carbon-example';

function createCarbonModel(params: CarbonParams, rng: Rng): Model {
  const regions = buildRegions(params, rng);
  const manual = new Map<string, Manual>();
  let state: PlanState;
  let seriesCache: SeriesBundle | null = null;
  let nowUs = 0;

  const replan = (): void => {
    applyForecast(regions, params.forecast, params.stepMin, rng);
    const jobs = expandJobs(params, regions[0]!.truth.length);
    const placed = jobs.map((j): Placement => {
      const m = manual.get(j.id);
      return m ? { region: m.region, runs: [[m.startSlot, m.startSlot + j.durationSlots]], manual: true } : planJob(j, params, regions);
    });
    state = { params, regions, jobs, baseline: jobs.map(baselinePlacement), placed };
    seriesCache = null;
  };
  replan();

  return {
    advanceTo(tUs) { nowUs = tUs; },
    apply(command: Command, path: string) {
      applyCarbonCommand({ params, regions, jobs: state.jobs, manual }, command, path);
      replan();
    },
    snapshot(): Snapshot {
      return buildSnapshot(state, Math.floor(nowUs / 1e6 / 60 / params.stepMin), nowUs / 1e6);
    },
    series() {
      seriesCache ??= buildSeries(state);
      return seriesCache;
    },
  };
}

export const carbonModel: ModelDefinition = {
  kind: 'carbon',
  title: 'Carbon-aware computing',
  summary: 'Grid carbon intensity varies by hour and place; shifting flexible jobs in time and space, guided by a forecast, cuts their emissions.',
  init(params, ctx) {
    return createCarbonModel(readCarbonParams(readObject(params ?? {}, ctx.path), ctx.path), ctx.rng);
  },
  commands: CARBON_COMMANDS,
  checkCommand(command, path, params) {
    readCarbonCommand(command, path, readCarbonParams(readObject(params ?? {}, 'params'), 'params').jobs);
  },
  example: CARBON_EXAMPLE,
};
