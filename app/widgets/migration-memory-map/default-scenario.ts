import type { ScenarioJson } from '../../../engine/core/model';

export const defaultScenario: ScenarioJson = {
  kind: 'migration',
  seed: 5,
  title: 'Memory map of a 1 GiB VM during pre-copy',
  params: { memoryMiB: 1024, bandwidthMbps: 1000, rateLimitMiBps: 64, dirty: { model: 'hotset', ratePagesPerSec: 15000, hotFraction: 0.05, coldRatePagesPerSec: 2000 } },
  commands: [{ at: 1, do: 'startMigration', strategy: 'precopy' }],
  until: 24,
};
