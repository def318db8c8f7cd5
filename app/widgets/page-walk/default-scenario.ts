import type { ScenarioJson } from '../../../engine/core/model';

/** The worked example: VA 0x0000_0080_8060_4ABC has indices PML4 1, PDPT 2, PD 3, PT 4. Commands sit at successive seconds. */
export const defaultScenario: ScenarioJson = {
  kind: 'paging',
  seed: 1,
  title: 'A page walk, entry by entry',
  params: {
    mode: 'native',
    levels: 4,
    cr3: '0x1000',
    mappings: [
      { va: '0x0000008080604000', pa: '0x1234000', writable: true, user: true },
      { va: '0x0000008080605000', pa: '0x1235000', writable: false, user: true, nx: true },
    ],
    tlb: { enabled: true, tagged: true },
  },
  commands: [
    { at: 1, do: 'translate', va: '0x0000008080604abc', access: 'read', user: true },
    { at: 2, do: 'translate', va: '0x0000008080605000', access: 'write', user: true },
  ],
  until: 2,
};
