import type { ScenarioJson } from '../../../engine/core/model';

/** A 2 GiB VM with a 2 % hot set written 20,000 times a second, pre-copied at QEMU's defaults over 1 Gbit/s. */
export const defaultScenario: ScenarioJson = {
  kind: 'migration',
  seed: 7,
  title: 'Pre-copy of a 2 GiB VM with a hot-set workload',
  params: { memoryMiB: 2048, bandwidthMbps: 1000, dirty: { model: 'hotset', ratePagesPerSec: 20000, hotFraction: 0.02 } },
  commands: [{ at: 1, do: 'startMigration', strategy: 'precopy' }],
  until: 30,
};
