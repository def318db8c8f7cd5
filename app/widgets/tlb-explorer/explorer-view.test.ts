import { describe, expect, it } from 'vitest';
import { formFromParams, paramsFromForm } from './explorer-view';

describe('tlb-explorer form', () => {
  it('round-trips params through the form (256 MiB working set → 65536 pages of 4 KiB)', () => {
    const params = { workload: { pattern: 'uniform', workingSetBytes: 256 * 2 ** 20, accesses: 1000 }, tlb: { tagged: false }, pscEntries: 4 };
    const form = formFromParams(params);
    expect(form).toMatchObject({ pattern: 'uniform', workingSetMiB: 256, tagged: false, pscEntries: 4 });
    const back = paramsFromForm(params, form) as { workload: { workingSetBytes: number }; tlb: { tagged: boolean } };
    expect(back.workload.workingSetBytes).toBe(256 * 2 ** 20);
    expect(back.tlb.tagged).toBe(false);
  });
});
