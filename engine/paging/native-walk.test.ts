/**
 * Native 4- and 5-level walks checked against hand-derived worked examples (Intel SDM Vol. 3A §4.5).
 * VA 0x0000_0080_8060_4ABC = 1<<39 | 2<<30 | 3<<21 | 4<<12 | 0xABC, so the indices are
 * PML4 1, PDPT 2, PD 3, PT 4 and the entries sit at table + 8·index: 0x1008, 0x2010, 0x3018, 0x4020.
 */
import { describe, expect, it } from 'vitest';
import { lastOf, runPaging, tr, VA } from './test-helpers';

const RAW = { '0x1008': '0x2007', '0x2010': '0x3007', '0x3018': '0x4007', '0x4020': '0x1234007' };

describe('native 4-level walk (raw memory image)', () => {
  it('walkPageTable() reads PML4E 0x1008, PDPTE 0x2010, PDE 0x3018, PTE 0x4020 and yields PA 0x1234abc', () => {
    const last = lastOf(runPaging({ cr3: '0x1000', memory: RAW }, [tr(VA)]));
    expect(last.indices.map((i) => i.index)).toEqual([1, 2, 3, 4]);
    expect(last.reads.map((r) => r.address)).toEqual(['0x1008', '0x2010', '0x3018', '0x4020']);
    expect(last.reads.map((r) => r.entry)).toEqual(['0x0000000000002007', '0x0000000000003007', '0x0000000000004007', '0x0000000001234007']);
    expect(last.pa).toBe('0x1234abc');
    expect(last.references).toBe(4);
    expect(last.pageSize).toBe('4K');
  });

  it('a read sets A (bit 5) in all four entries and leaves D clear; a write then sets D (bit 6) in the PTE only', () => {
    const s = runPaging({ cr3: '0x1000', memory: RAW, tlb: { enabled: false } }, [tr(VA), tr(VA, 'write')]);
    const tables = (s.last as { tables: Array<{ entries: Array<{ entry: string }> }> }).tables;
    // After the write walk: PML4E/PDPTE/PDE = 0x..27 (A), PTE = 0x..67 (A|D).
    expect(tables.map((t) => t.entries[0]!.entry)).toEqual(['0x0000000000002027', '0x0000000000003027', '0x0000000000004027', '0x0000000001234067']);
  });

  it('a 2 MiB page stops at the PDE (3 reads) and keeps VA bits 20:0 as the offset', () => {
    // PDE 0x3018 = 0x40000000 | PS(0x80) | 7 → PA = 0x40000000 + 0x004abc.
    const last = lastOf(runPaging({ cr3: '0x1000', memory: { '0x1008': '0x2007', '0x2010': '0x3007', '0x3018': '0x40000087' } }, [tr(VA)]));
    expect(last.references).toBe(3);
    expect(last.pageSize).toBe('2M');
    expect(last.pa).toBe('0x40004abc');
  });

  it('a 1 GiB page stops at the PDPTE (2 reads) and keeps VA bits 29:0 as the offset', () => {
    const last = lastOf(runPaging({ cr3: '0x1000', memory: { '0x1008': '0x2007', '0x2010': '0x80000087' } }, [tr(VA)]));
    expect(last.references).toBe(2);
    expect(last.pageSize).toBe('1G');
    expect(last.pa).toBe('0x80604abc'); // 0x80000000 + (3<<21 | 4<<12 | 0xabc)
  });

  it('the builder produces the same entries as the hand-written image', () => {
    const last = lastOf(runPaging({ cr3: '0x1000', mappings: [{ va: '0x0000008080604000', pa: '0x1234000' }] }, [tr(VA)]));
    expect(last.reads.map((r) => r.entry)).toEqual(['0x0000000000002007', '0x0000000000003007', '0x0000000000004007', '0x0000000001234007']);
  });
});

describe('native 5-level walk (CR4.LA57)', () => {
  const PAGES = { '4K': 5, '2M': 4, '1G': 3 } as const;
  for (const [size, refs] of Object.entries(PAGES)) {
    it(`a ${size} page takes ${refs} reads with 5-level paging`, () => {
      const va = '0x00ff800000000000';
      const last = lastOf(runPaging({ levels: 5, mappings: [{ va, pa: '0x40000000', pageSize: size }] }, [tr('0x00ff800000000123')]));
      expect(last.references).toBe(refs);
      expect(last.indices[0]).toEqual({ level: 5, name: 'PML5', index: 255, bits: '56:48' });
      expect(last.pa).toBe('0x40000123');
    });
  }

  it('0x00FF_8000_0000_1000 is canonical under LA57 but raises #GP with no reads under 4-level paging', () => {
    const four = lastOf(runPaging({ mappings: [] }, [tr('0x00ff800000001000')]));
    expect(four.fault?.kind).toBe('non-canonical');
    expect(four.fault?.vector).toBe('#GP');
    expect(four.references).toBe(0);
    const five = lastOf(runPaging({ levels: 5, mappings: [] }, [tr('0x00ff800000001000')]));
    expect(five.fault?.kind).toBe('not-present');
    expect(five.fault?.level).toBe(5);
    expect(five.references).toBe(1);
  });

  it('upper-half kernel addresses (0xffff8000…) are canonical under 4-level paging', () => {
    const last = lastOf(runPaging({ mappings: [{ va: '0xffff800000000000', pa: '0x5000', user: false }] }, [tr('0xffff800000000010')]));
    expect(last.indices[0]!.index).toBe(256);
    expect(last.pa).toBe('0x5010');
  });
});
