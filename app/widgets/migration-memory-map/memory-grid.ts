/** Folds the snapshot's sampled memory map (≤ 256 cells) into rows for a heatmap and a table. */
import type { TableData } from '../../charts/table-data';

export interface MemoryMapView {
  cells: number;
  pagesPerCell: number;
  pending: number[];
  hot: number[];
}

export function toGrid(values: readonly number[], perRow: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < values.length; i += perRow) {
    const row = values.slice(i, i + perRow);
    while (row.length < perRow) row.push(Number.NaN);
    rows.push(row);
  }
  return rows;
}

/** Row labels: the guest-physical address where each row starts. */
export function rowLabels(map: MemoryMapView, perRow: number, pageSizeBytes: number): string[] {
  const rows = Math.ceil(map.pending.length / perRow);
  return Array.from({ length: rows }, (_, r) => {
    const bytes = r * perRow * map.pagesPerCell * pageSizeBytes;
    return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GiB` : `${Math.round(bytes / 2 ** 20)} MiB`;
  });
}

export function memoryTable(map: MemoryMapView, pageSizeBytes: number): TableData {
  return {
    columns: [
      { key: 'cell', label: 'cell' }, { key: 'startMiB', label: 'starts at', unit: 'MiB' },
      { key: 'pending', label: 'pending', unit: 'fraction' }, { key: 'hot', label: 'write density', unit: 'relative' },
    ],
    rows: map.pending.map((p, i) => [i, (i * map.pagesPerCell * pageSizeBytes) / 2 ** 20, p, map.hot[i] ?? null]),
  };
}
