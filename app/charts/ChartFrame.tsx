import { useRef, useState, type ReactNode } from 'react';
import { DataTable } from './DataTable';
import { ExportMenu } from './ExportMenu';
import type { TableData } from './table-data';

export interface ChartFrameProps {
  /** Visible heading of the chart; also the table caption and export file name. */
  title: string;
  table: TableData;
  children: ReactNode;
  /** Format of numbers in the table alternative. */
  format?: (v: number, columnKey: string) => string;
  /** Start on the table view (e.g. a user preference or a narrow embed). */
  initialView?: 'chart' | 'table';
}

/**
 * Every chart's frame: heading, Chart/Table switch (the table is the chart's text alternative),
 * and the export menu (CSV/JSON of the table, SVG/PNG of the chart's <svg>).
 */
export function ChartFrame({ title, table, children, format, initialView = 'chart' }: ChartFrameProps) {
  const [view, setView] = useState(initialView);
  const bodyRef = useRef<HTMLDivElement>(null);
  return (
    <figure className="chart-frame">
      <figcaption className="chart-frame-head">
        <span className="chart-frame-title">{title}</span>
        <span className="row">
          <span role="group" aria-label={`${title}: view`} className="segmented">
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              Chart
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              Table
            </button>
          </span>
          <ExportMenu name={title} table={table} getSvg={() => bodyRef.current?.querySelector('svg.chart-svg') ?? null} />
        </span>
      </figcaption>
      <div ref={bodyRef}>
        {/* The chart stays mounted while the table shows, so its picture can still be exported. */}
        <div hidden={view !== 'chart'}>{children}</div>
        {view === 'table' && <DataTable caption={title} table={table} format={format} />}
      </div>
    </figure>
  );
}
