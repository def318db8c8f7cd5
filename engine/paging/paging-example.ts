/**
 * The model's example scenario (gallery, docs, determinism tests): one 4 KiB user page at
 * VA 0x0000_0080_8060_4000 — indices PML4 1, PDPT 2, PD 3, PT 4 — mapped read/write to PA 0x1234000,
 * and a no-execute page after it. Commands sit at successive seconds only to order them.
 */
import type { ScenarioJson } from '../core/model';

export const PAGING_EXAMPLE: ScenarioJson = {
  kind: 'paging',
  seed: 1,
  title: 'A native 4-level walk: read, write, execute-disable, non-canonical',
  params: {
    mode: 'native',
    levels: 4,
    cr3: '0x1000',
    mappings: [
      { va: '0x0000008080604000', pa: '0x1234000', writable: true, user: true },
      { va: '0x0000008080605000', pa: '0x1235000', writable: false, user: true, nx: true },
    ],
  },
  commands: [
    { at: 1, do: 'translate', va: '0x0000008080604abc', access: 'read', user: true },
    { at: 2, do: 'translate', va: '0x0000008080604abc', access: 'write', user: true },
    { at: 3, do: 'translate', va: '0x0000008080605000', access: 'exec', user: true },
    { at: 4, do: 'translate', va: '0x0000808080604abc', access: 'read', user: true },
  ],
  until: 5,
};
