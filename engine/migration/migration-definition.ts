/**
 * The `migration` ModelDefinition registered in engine/registry.ts: its commands and an example
 * (the DESIGN.md scenario: a 4 GiB VM with a hot-set workload pre-copied over 1 Gbit/s).
 */
import type { JsonValue, ModelDefinition } from '../core/model';
import { readMigrationParams } from './params';
import { compareStrategies, type StrategyOutcome } from './strategy-comparison';
import { createMigrationModel } from './migration-model';

export const migrationModel: ModelDefinition = {
  kind: 'migration',
  title: 'VM live migration',
  summary: 'Pre-copy, post-copy and hybrid live migration of a VM whose workload keeps dirtying pages: rounds, downtime and bytes sent.',
  init(params, ctx) {
    const model = createMigrationModel(params, ctx);
    const compare = readMigrationParams(params, ctx.path).compare;
    if (!compare) return model;
    let outcomes: StrategyOutcome[] | null = null; // computed once: it does not depend on time
    return {
      ...model,
      snapshot() {
        outcomes ??= compareStrategies(params as Record<string, unknown>, ctx.rng, compare.strategies, compare.horizonSec);
        return { ...model.snapshot(), comparison: outcomes as unknown as JsonValue };
      },
    };
  },
  commands: [
    { do: 'startMigration', summary: 'Start migrating now.', args: { strategy: 'cold | warm | precopy | autoconverge | postcopy | hybrid (default: params.strategy)' } },
    { do: 'cancelMigration', summary: 'Abandon a pre-copy migration; the VM keeps running at the source.' },
    { do: 'startPostcopy', summary: "Switch a running pre-copy to post-copy at the next bitmap sync (QEMU's migrate-start-postcopy)." },
    { do: 'setWorkload', summary: 'Replace the dirty model from now on.', args: { dirty: 'a dirty model object, as params.dirty' } },
    { do: 'setDowntimeLimit', summary: "Change QEMU's downtime-limit.", args: { ms: 'milliseconds' } },
    { do: 'setRateLimit', summary: "Change QEMU's max-bandwidth for the live phase.", args: { MiBps: 'MiB/s; 0 = line rate' } },
  ],
  example: {
    kind: 'migration',
    seed: 7,
    title: '4 GiB VM, hot-set workload, pre-copy over 1 Gbit/s',
    params: { memoryMiB: 4096, bandwidthMbps: 1000, dirty: { model: 'hotset', ratePagesPerSec: 20000, hotFraction: 0.02 } },
    commands: [{ at: 2.5, do: 'startMigration', strategy: 'precopy' }],
    until: 60,
  },
};
