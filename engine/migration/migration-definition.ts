/**
 * The `migration` ModelDefinition registered in engine/registry.ts: its commands and an example
 * (the DESIGN.md scenario: a 4 GiB VM with a hot-set workload pre-copied over 1 Gbit/s).
 */
import type { JsonValue, ModelDefinition } from '../core/model';
import { MIGRATION_COMMANDS, readMigrationCommand } from './migration-commands';
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
  commands: MIGRATION_COMMANDS,
  checkCommand(command, path, params) {
    readMigrationCommand(command, path, readMigrationParams(params, 'params').pages);
  },
  example: {
    kind: 'migration',
    seed: 7,
    title: '4 GiB VM, hot-set workload, pre-copy over 1 Gbit/s',
    params: { memoryMiB: 4096, bandwidthMbps: 1000, dirty: { model: 'hotset', ratePagesPerSec: 20000, hotFraction: 0.02 } },
    commands: [{ at: 2.5, do: 'startMigration', strategy: 'precopy' }],
    until: 60,
  },
};
