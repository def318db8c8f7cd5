import type { ScenarioJson } from '../../../engine/core/model';

export const defaultScenario: ScenarioJson = {
  kind: 'paging',
  seed: 1,
  title: 'What translation costs: native, shadow, nested, nested + huge pages',
  params: {
    workload: { pattern: 'zipf', workingSetBytes: 256 * 2 ** 20, accesses: 100000, zipfExponent: 1, processes: 2, switchEvery: 20000, warmup: true },
    tlb: { tagged: true },
  },
  commands: [],
  until: 0,
};
