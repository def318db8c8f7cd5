import { describe, expect, it } from 'vitest';
import { memoryTable, rowLabels, toGrid } from './memory-grid';

describe('memory grid', () => {
  const map = { cells: 5, pagesPerCell: 65536, pending: [1, 0.5, 0, 0, 0.25], hot: [1, 0, 0, 0, 0] };
  it('folds cells into rows padded with NaN', () => {
    const g = toGrid(map.pending, 2);
    expect(g.length).toBe(3);
    expect(g[2]![1]).toBeNaN();
  });
  it('labels rows by guest-physical address (65536 pages of 4 KiB = 256 MiB per cell)', () => {
    expect(rowLabels(map, 2, 4096)).toEqual(['0 MiB', '512 MiB', '1.0 GiB']);
    expect(memoryTable(map, 4096).rows[1]).toEqual([1, 256, 0.5, 0]);
  });
});
