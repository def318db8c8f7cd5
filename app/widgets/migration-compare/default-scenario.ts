import type { ScenarioJson } from '../../../engine/core/model';

/** A 1 GiB VM whose 256 MiB hot set is rewritten faster than a 1 Gbit/s link can copy it. */
export const defaultScenario: ScenarioJson = {
  kind: 'migration',
  seed: 3,
  title: 'Pre-copy, auto-converge, post-copy and hybrid on one workload',
  params: {
    memoryMiB: 1024, bandwidthMbps: 1000, rateLimitMiBps: 0, latencyMs: 0.5, compare: { horizonSec: 30 },
    dirty: { model: 'hotset', ratePagesPerSec: 40000, hotFraction: 0.25 },
  },
  commands: [],
  until: 1,
};
