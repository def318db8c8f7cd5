/**
 * TableData: the one shape behind every chart's table alternative and its CSV/JSON export.
 * Columns carry units so headers say what a number means ("availability (fraction)").
 */
import type { SeriesBundle } from '../../engine/core/series';

export interface TableColumn {
  key: string;
  label: string;
  unit?: string;
}

export type Cell = number | string | boolean | null;

export interface TableData {
  columns: TableColumn[];
  rows: Cell[][];
}

export function columnHeader(c: TableColumn): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}

const seriesTables = new WeakMap<SeriesBundle, Map<string, TableData>>();

/**
 * A table of series columns (all rows), `tSec` first. Unknown keys are skipped. Its rows are built
 * on first read (the table view or an export), not on every frame a chart is drawn, and the same
 * bundle and columns give the same table object.
 */
export function seriesTable(bundle: SeriesBundle, columns: TableColumn[]): TableData {
  const signature = JSON.stringify(columns.map((c) => [c.key, c.label, c.unit]));
  let byColumns = seriesTables.get(bundle);
  const cached = byColumns?.get(signature);
  if (cached) return cached;
  const present = columns.filter((c) => bundle[c.key] !== undefined);
  const n = present.length ? Math.min(...present.map((c) => bundle[c.key]!.length)) : 0;
  let rows: Cell[][] | null = null;
  const table: TableData = {
    columns: present,
    get rows() {
      if (rows === null) {
        rows = [];
        for (let i = 0; i < n; i++) rows.push(present.map((c) => bundle[c.key]![i]!));
      }
      return rows;
    },
  };
  if (!byColumns) seriesTables.set(bundle, (byColumns = new Map()));
  byColumns.set(signature, table);
  return table;
}

/** RFC 4180 CSV: comma separated, CRLF line ends, fields with comma/quote/newline quoted. */
export function toCsv(table: TableData): string {
  const lines = [table.columns.map((c) => csvField(columnHeader(c))).join(',')];
  for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? '' : v > 0 ? 'Infinity' : '-Infinity';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return csvField(v);
}

function csvField(s: string): string {
  // A leading =, +, - or @ would be a formula in spreadsheets; prefix a quote mark (OWASP CSV injection).
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** JSON export of a table: an array of objects keyed by column key (NaN → null). */
export function tableToJson(table: TableData): string {
  const objects = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((c, i) => [c.key, typeof row[i] === 'number' && !Number.isFinite(row[i]) ? null : row[i]])),
  );
  return JSON.stringify(objects, null, 2);
}
