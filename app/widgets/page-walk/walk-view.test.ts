import { describe, expect, it } from 'vitest';
import { addressSegments, bitIsSet, nestedGrid, toggleBit, type LastView, type ReadView } from './walk-view';

describe('page-walk view helpers', () => {
  it('toggleBit() flips R/W (bit 1) and XD (bit 63) on a 64-bit hex entry', () => {
    expect(toggleBit('0x0000000001234007', 1)).toBe('0x0000000001234005');
    expect(toggleBit('0x0000000001234007', 63)).toBe('0x8000000001234007');
    expect(bitIsSet('0x8000000001234007', 63)).toBe(true);
  });

  it('addressSegments() splits a 4-level address into sign extension, four 9-bit indices and the offset', () => {
    const last = { va: '0x0000008080604abc', offset: 0xabc, indices: [4, 3, 2, 1].map((l, i) => ({ level: l, name: ['PML4', 'PDPT', 'PD', 'PT'][i]!, index: i + 1, bits: '' })) } as unknown as LastView;
    const segs = addressSegments(last, 4);
    expect(segs.map((s) => s.label)).toEqual(['sign ext.', 'PML4', 'PDPT', 'PD', 'PT', 'offset']);
    expect(segs[1]!.value).toBe('1 (000000001)');
    expect(segs[5]!.value).toBe('0xabc');
  });

  it('nestedGrid() puts the 24 reads of a 4×4 walk in 5 rows, host levels then the guest entry', () => {
    const reads: ReadView[] = [];
    const during = ['guest PML4 table', 'guest PDPT table', 'guest PD table', 'guest PT table', 'data page'];
    during.forEach((d, r) => {
      for (let l = 4; l >= 1; l--) reads.push({ dim: 'host', level: l, address: '', entry: '', during: d, decoded: {} });
      if (r < 4) reads.push({ dim: 'guest', level: 4 - r, address: '', entry: '', decoded: {} });
    });
    const g = nestedGrid(reads, 4);
    expect(reads.length).toBe(24);
    expect(g.rows).toEqual(during);
    expect(g.cells.filter((c) => c.col === 4).length).toBe(4);
    expect(g.cells[23]).toMatchObject({ row: 4, col: 3 });
  });
});
