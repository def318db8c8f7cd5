/**
 * The 2-D walk (refs §A6, Bhargava et al. ASPLOS'08): n guest levels on m host levels read
 * (n+1)(m+1) − 1 entries with no caches; large pages shorten a dimension (4K → n, 2M → n−1, 1G → n−2).
 * The expected table below is written out by hand, not computed from the formula.
 */
import { describe, expect, it } from 'vitest';
import { lastOf, runPaging, tr, VA } from './test-helpers';

// REFS[guestLevels][hostLevels][guestSize][hostSize]
const REFS: Record<number, Record<number, number[][]>> = {
  4: { 4: [[24, 19, 14], [19, 15, 11], [14, 11, 8]], 5: [[29, 24, 19], [23, 19, 15], [17, 14, 11]] },
  5: { 4: [[29, 23, 17], [24, 19, 14], [19, 15, 11]], 5: [[35, 29, 23], [29, 24, 19], [23, 19, 15]] },
};
const SIZES = ['4K', '2M', '1G'] as const;
const nested = (extra: Record<string, unknown> = {}, ept: Record<string, unknown> = {}) => ({
  mode: 'nested', cr3: '0x1000', mappings: [{ va: '0x0000008080604000', pa: '0x1234000' }], ept: ept, ...extra,
});

describe('nested walk reference counts: (n+1)(m+1) − 1', () => {
  for (const g of [4, 5]) for (const h of [4, 5]) SIZES.forEach((gs, gi) => SIZES.forEach((hs, hi) => {
    const expected = REFS[g]![h]![gi]![hi]!;
    it(`walkPageTable() makes ${expected} references for a ${g}-level guest (${gs}) on a ${h}-level host (${hs})`, () => {
      // The page of each size that contains VA 0x…8080604abc, mapped so that its gPA is 0x40604abc.
      const [va, pa] = gs === '4K' ? ['0x0000008080604000', '0x40604000'] : gs === '2M' ? ['0x0000008080600000', '0x40600000'] : ['0x0000008080000000', '0x40000000'];
      const params = { mode: 'nested', levels: g, cr3: '0x1000', mappings: [{ va, pa, pageSize: gs }], ept: { levels: h, pageSize: hs }, tlb: { enabled: false } };
      const last = lastOf(runPaging(params, [tr('0x0000008080604abc')]));
      expect(last.ok).toBe(true);
      expect(last.references).toBe(expected);
      expect(last.gpa).toBe('0x40604abc');
      expect(last.pa).toBe('0x140604abc'); // auto-mapped at gPA + 4 GiB
    });
  }));
});

describe('the 4 × 4 walk, reference by reference', () => {
  it('walkPageTable() makes 24 references: host×4 then guest, per guest level, then host×4 for the data gPA', () => {
    const last = lastOf(runPaging(nested(), [tr(VA)]));
    const dims = last.reads.map((r) => r.dim[0]).join('');
    expect(dims).toBe('hhhhg'.repeat(4) + 'hhhh');
    expect(last.guestReferences).toBe(4);
    expect(last.hostReferences).toBe(20);
    expect(last.reads[0]!.during).toBe('guest PML4 table');
    expect(last.reads[0]!.gpa).toBe('0x1000');
    expect(last.reads[4]).toMatchObject({ dim: 'guest', level: 4, gpa: '0x1008', address: '0x100001008' });
    expect(last.reads[23]!.during).toBe('data page');
  });

  it('a TLB hit afterwards costs 0 references in nested mode too (tagged TLB, refs §A5)', () => {
    const last = lastOf(runPaging(nested(), [tr(VA), tr(VA)]));
    expect(last.tlb).toBe('l1-hit');
    expect(last.references).toBe(0);
  });
});

describe('EPT violations, misconfigurations and guest faults', () => {
  it('a guest #PF is delivered inside the guest with no VM exit (20 reads: 4 guest + 4 host walks)', () => {
    const last = lastOf(runPaging(nested(), [tr('0x0000008080605000')]));
    expect(last.fault).toMatchObject({ kind: 'not-present', level: 1, exit: false, dim: 'guest' });
    expect(last.vmExits).toEqual([]);
    expect(last.references).toBe(20);
  });

  it('an EPT entry that denies writes to the data page is an EPT violation exit naming the gPA', () => {
    const ept = { mappings: [{ gpa: '0x1234000', hpa: '0x101234000', write: false }] };
    const last = lastOf(runPaging(nested({}, ept), [tr(VA, 'write')]));
    expect(last.fault).toMatchObject({ kind: 'ept-violation', vector: 'EPT violation', level: 1, gpa: '0x1234abc', during: 'data page', exit: true });
    expect(last.fault!.qualification).toMatchObject({ write: true, readable: true, writable: false });
    expect(last.vmExits.map((e) => e.reason)).toEqual(['ept-violation']);
    expect(last.references).toBe(24);
  });

  it('a guest table page missing from the EPT stops the walk during "guest PD table" after 14 reads', () => {
    const memory = { '0x1008': '0x2007', '0x2010': '0x3007', '0x3018': '0x4007', '0x4020': '0x1234007' };
    const maps = ['0x1000', '0x2000', '0x4000', '0x1234000'].map((g) => ({ gpa: g, hpa: `0x10${g.slice(2).padStart(8, '0')}` }));
    const last = lastOf(runPaging({ mode: 'nested', cr3: '0x1000', memory, ept: { autoMap: false, mappings: maps } }, [tr(VA)]));
    expect(last.fault).toMatchObject({ kind: 'ept-violation', level: 1, gpa: '0x3000', during: 'guest PD table' });
    expect(last.references).toBe(14);
  });

  it('AMD NPT: a missing nested entry exits as #NPF with P = 0 in its error code (read → U only = 4)', () => {
    const memory = { '0x1008': '0x2007', '0x2010': '0x3007', '0x3018': '0x4007', '0x4020': '0x1234007' };
    const maps = ['0x1000', '0x2000', '0x3000', '0x4000'].map((g) => ({ gpa: g, hpa: `0x10${g.slice(2).padStart(8, '0')}` }));
    const last = lastOf(runPaging({ mode: 'nested', cr3: '0x1000', memory, ept: { format: 'npt', adFlags: false, autoMap: false, mappings: maps } }, [tr(VA)]));
    expect(last.fault).toMatchObject({ kind: 'npf', gpa: '0x1234abc', during: 'data page', errorCode: 4 });
  });

  it('W = 1 with R = 0 in an EPT leaf is a misconfiguration, not a violation', () => {
    const ept = { mappings: [{ gpa: '0x1234000', hpa: '0x101234000', read: false, write: true }] };
    expect(lastOf(runPaging(nested({}, ept), [tr(VA)])).fault).toMatchObject({ kind: 'ept-misconfig', vector: 'EPT misconfiguration' });
  });

  it('AMD NPT: the same walk is 24 reads, and a denied write exits as #NPF with error code P|W|U = 7', () => {
    expect(lastOf(runPaging(nested({}, { format: 'npt' }), [tr(VA)])).references).toBe(24);
    const ept = { format: 'npt', mappings: [{ gpa: '0x1234000', hpa: '0x101234000', write: false }] };
    expect(lastOf(runPaging(nested({}, ept), [tr(VA, 'write')])).fault).toMatchObject({ kind: 'npf', vector: '#NPF', errorCode: 7 });
  });

  it('with EPT A/D on, the walk sets A (bit 8) in the EPT entries and D (bit 9) for guest-table pages', () => {
    const s = runPaging(nested({ tlb: { enabled: false } }), [tr(VA), tr(VA)]);
    const host = lastOf(s).reads.filter((r) => r.dim === 'host');
    // The guest PML4 table page's EPT leaf after the first walk: 0x100001000 | WB(0x30) | RWX(7) | A | D = 0x…1337.
    expect(host[3]!.entry).toBe('0x0000000100001337');
    // The data page was only read: A set, D clear.
    expect(host[19]!.entry).toBe('0x0000000101234137');
  });
});

describe('caches in the nested walk', () => {
  it('a nested TLB (gPA→hPA) skips every host walk it has seen: a second page in the same tables costs 4 + 4 = 8', () => {
    const params = nested({ mappings: [{ va: '0x0000008080604000', pa: '0x1234000', pages: 2 }], ept: { nestedTlbEntries: 16 } });
    const last = lastOf(runPaging(params, [tr(VA), tr('0x0000008080605000')]));
    // Guest tables' gPAs are in the nested TLB; the new data gPA 0x1235000 is not: 4 guest reads + 4 host reads.
    expect(last.references).toBe(8);
  });

  it('guest paging-structure caches hold host-physical table addresses: a neighbouring page costs 1 guest read + 4 host reads', () => {
    const params = nested({ mappings: [{ va: '0x0000008080604000', pa: '0x1234000', pages: 2 }], pscEntries: 16 });
    expect(lastOf(runPaging(params, [tr(VA), tr('0x0000008080605000')])).references).toBe(5);
  });
});
