/**
 * TLB tagging and flushing (SDM Vol. 3A §4.10; refs §A3, §A5) and paging-structure caches, on the
 * worked-example tables. Expected counts are derived by hand from the rules, not from the model.
 */
import { describe, expect, it } from 'vitest';
import { lastOf, runPaging, tr, VA } from './test-helpers';

const MAP = (extra: Record<string, unknown> = {}) => ({ va: '0x0000008080604000', pa: '0x1234000', pages: 4, ...extra });
const native = (extra: Record<string, unknown> = {}) => ({ cr3: '0x1000', mappings: [MAP()], ...extra });

describe('TLB', () => {
  it('a second access to the page hits the L1 TLB with 0 references', () => {
    const last = lastOf(runPaging(native(), [tr(VA), tr('0x0000008080604000')]));
    expect(last).toMatchObject({ tlb: 'l1-hit', references: 0, pa: '0x1234000' });
  });

  it('a MOV to CR3 (PCIDE = 0) flushes non-global entries: the next access walks 4 entries', () => {
    expect(lastOf(runPaging(native(), [tr(VA), { do: 'setCr3', cr3: '0x1000' }, tr(VA)])).references).toBe(4);
  });

  it('global pages (G = 1, CR4.PGE = 1) survive a MOV to CR3', () => {
    const p = native({ mappings: [MAP({ global: true, user: false })] });
    expect(lastOf(runPaging(p, [tr(VA), { do: 'setCr3', cr3: '0x1000' }, tr(VA)])).tlb).toBe('l1-hit');
  });

  it('with PCIDs, switching to PCID 2 walks, and returning to PCID 1 with bit 63 set (no flush) hits', () => {
    const p = native({ cr3: '0x1001', cr4: { pcide: true } });
    const s = runPaging(p, [tr(VA), { do: 'setCr3', cr3: '0x1002' }, tr(VA), { do: 'setCr3', cr3: '0x8000000000001001' }, tr(VA)]);
    expect(lastOf(s).tlb).toBe('l1-hit');
    expect((s.stats as { misses: number }).misses).toBe(2);
    expect(s.pcid).toBe(1);
  });

  it('an untagged TLB loses PCID 1 entries when switching to PCID 2 and back', () => {
    const p = native({ cr3: '0x1001', cr4: { pcide: true }, tlb: { tagged: false } });
    const s = runPaging(p, [tr(VA), { do: 'setCr3', cr3: '0x1002' }, tr(VA), { do: 'setCr3', cr3: '0x8000000000001001' }, tr(VA)]);
    expect(lastOf(s).tlb).toBe('miss');
  });

  it('INVLPG drops just that page', () => {
    const s = runPaging(native(), [tr(VA), tr('0x0000008080605000'), { do: 'invlpg', va: VA }, tr('0x0000008080605000'), tr(VA)]);
    expect(lastOf(s).tlb).toBe('miss');
    expect((s.stats as { l1Hits: number }).l1Hits).toBe(1);
  });

  it('a one-entry L1 evicts to the L2: A, B, A gives an L2 hit', () => {
    const p = native({ tlb: { l1: { '4K': { entries: 1, ways: 1 } } } });
    expect(lastOf(runPaging(p, [tr(VA), tr('0x0000008080605000'), tr(VA)])).tlb).toBe('l2-hit');
  });

  it('LRU: with 2 fully associative entries and no L2, A B A C evicts B (miss) but keeps A (hit)', () => {
    const p = native({ tlb: { l1: { '4K': { entries: 2, ways: 2 } }, l2: { entries: 1, ways: 1, hugePages: false } } });
    const [a, b, c] = ['0x0000008080604000', '0x0000008080605000', '0x0000008080606000'];
    // The 1-entry L2 holds only the last page filled, so it cannot rescue B.
    expect(lastOf(runPaging(p, [tr(a), tr(b), tr(a), tr(c), tr(b)])).tlb).toBe('miss');
    expect(lastOf(runPaging(p, [tr(a), tr(b), tr(a), tr(c), tr(a)])).tlb).toBe('l1-hit');
  });

  it('one 2 MiB TLB entry covers every 4 KiB address inside the large page', () => {
    const p = native({ mappings: [{ va: '0x0000008080600000', pa: '0x40000000', pageSize: '2M' }] });
    expect(lastOf(runPaging(p, [tr('0x0000008080600000'), tr('0x00000080807ff123')])).tlb).toBe('l1-hit');
  });
});

describe('paging-structure caches', () => {
  it('with PSCs, a neighbouring page needs only the PTE read (PDE cache hit)', () => {
    expect(lastOf(runPaging(native({ pscEntries: 8 }), [tr(VA), tr('0x0000008080605000')])).references).toBe(1);
  });

  it('a page under a different PDE (next 2 MiB) needs PDE + PTE (PDPTE cache hit)', () => {
    const p = native({ pscEntries: 8, mappings: [MAP(), { va: '0x0000008080800000', pa: '0x2000000' }] });
    expect(lastOf(runPaging(p, [tr(VA), tr('0x0000008080800000')])).references).toBe(2);
  });

  it('"no caches" (the default) follows the counting convention: every miss walks all levels', () => {
    expect(lastOf(runPaging(native(), [tr(VA), tr('0x0000008080605000')])).references).toBe(4);
  });
});
