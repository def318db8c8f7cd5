import { columnHeader, type Cell, type TableData } from './table-data';
import { formatNumber } from './scales';

export interface DataTableProps {
  caption: string;
  table: TableData;
  /** Long series show the first rows only (the CSV export has them all). */
  maxRows?: number;
  format?: (v: number, columnKey: string) => string;
}

/** The table alternative of a chart (WCAG 1.1.1): same data, real <table> semantics. */
export function DataTable({ caption, table, maxRows = 200, format }: DataTableProps) {
  const rows = table.rows.length > maxRows ? sampleRows(table.rows, maxRows) : table.rows;
  const show = (v: Cell, key: string) => (typeof v === 'number' ? (format ? format(v, key) : formatNumber(v, 6)) : v === null ? '–' : String(v));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="data-table">
        <caption>
          {caption}
          {rows.length < table.rows.length && (
            <span className="muted"> — {rows.length} of {table.rows.length} rows, evenly sampled; export CSV for all</span>
          )}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {columnHeader(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => {
                const key = table.columns[j]?.key ?? String(j);
                return j === 0 ? <th key={key} scope="row">{show(v, key)}</th> : <td key={key}>{show(v, key)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Evenly spaced rows, always including the last one. */
export function sampleRows<T>(rows: readonly T[], n: number): T[] {
  if (rows.length <= n) return [...rows];
  const out: T[] = [];
  for (let i = 0; i < n - 1; i++) out.push(rows[Math.floor((i * (rows.length - 1)) / (n - 1))]!);
  out.push(rows[rows.length - 1]!);
  return out;
}
