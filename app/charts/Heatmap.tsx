import { scaleBand } from 'd3';
import { memo, useId, useMemo, type Ref } from 'react';
import type { ScaleBand } from 'd3';
import { extentOf, formatNumber } from './scales';
import { useElementWidth } from './useElementWidth';

export interface HeatmapProps {
  title: string;
  description: string;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** values[row][col]; NaN = no value (drawn hatched). */
  values: readonly (readonly number[])[];
  domain?: [number, number];
  format?: (v: number) => string;
  /** Print values inside cells when they are wide enough. */
  showValues?: boolean;
  svgRef?: Ref<SVGSVGElement>;
}

/**
 * A heatmap: intensity is the opacity of --heat-high over --heat-low, so it works in both themes
 * and keeps a single-hue (colour-blind safe) ramp. Values are also in the table alternative.
 */
export function Heatmap({ title, description, rowLabels, colLabels, values, domain, format = formatNumber, showValues = true, svgRef }: HeatmapProps) {
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  const id = useId();
  const left = Math.min(140, 12 + Math.max(3, ...rowLabels.map((l) => l.length)) * 7);
  const m = { top: 24, right: 8, bottom: 8, left };
  const innerW = Math.max(40, width - m.left - m.right);
  const colCount = colLabels.length;
  const cellH = 28;
  const innerH = rowLabels.length * cellH;
  const xs = useMemo(() => scaleBand<number>().domain(Array.from({ length: colCount }, (_, i) => i)).range([0, innerW]).padding(0.05), [colCount, innerW]);
  const [lo, hi] = domain ?? extentOf(values.map((r) => Array.from(r))) ?? [0, 1];
  const everyCol = Math.max(1, Math.ceil(colLabels.length / Math.max(1, innerW / 48)));
  return (
    <div ref={wrapRef} className="chart">
      <svg ref={svgRef} role="img" aria-labelledby={`${id}-t ${id}-d`} width={width} height={innerH + m.top + m.bottom} className="chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <g transform={`translate(${m.left},${m.top})`}>
          {colLabels.map((c, j) =>
            j % everyCol === 0 ? (
              <text key={c + j} x={(xs(j) ?? 0) + xs.bandwidth() / 2} y={-8} textAnchor="middle" className="chart-tick">
                {c}
              </text>
            ) : null,
          )}
          {rowLabels.map((r, i) => (
            <HeatmapRow key={r + i} label={r} y={i * cellH} cellH={cellH} cols={colLabels.length} row={values[i] ?? EMPTY_ROW} xs={xs}
              lo={lo} hi={hi} format={format} showValues={showValues} />
          ))}
        </g>
      </svg>
    </div>
  );
}

const EMPTY_ROW: readonly number[] = [];

interface HeatmapRowProps {
  label: string;
  y: number;
  cellH: number;
  cols: number;
  row: readonly number[];
  xs: ScaleBand<number>;
  lo: number;
  hi: number;
  format: (v: number) => string;
  showValues: boolean;
}

/** One row of cells; a row whose values did not change (compared by content) is not re-rendered on a frame of play. */
const HeatmapRow = memo(function HeatmapRow({ label, y, cellH, cols, row, xs, lo, hi, format, showValues }: HeatmapRowProps) {
  const norm = (v: number) => (hi === lo ? 1 : (v - lo) / (hi - lo));
  return (
    <g transform={`translate(0,${y})`}>
      <text x={-6} y={cellH / 2} dy="0.32em" textAnchor="end" className="chart-tick">
        {label}
      </text>
      {Array.from({ length: cols }, (_, j) => {
        const v = row[j] ?? NaN;
        const x = xs(j) ?? 0;
        return (
          <g key={j}>
            <rect x={x} y={1} width={xs.bandwidth()} height={cellH - 2} fill="var(--heat-low)" stroke="var(--chart-grid)" />
            {Number.isFinite(v) && <rect x={x} y={1} width={xs.bandwidth()} height={cellH - 2} fill="var(--heat-high)" fillOpacity={Math.max(0, Math.min(1, norm(v)))} />}
            {showValues && Number.isFinite(v) && xs.bandwidth() > 34 && (
              <text x={x + xs.bandwidth() / 2} y={cellH / 2} dy="0.32em" textAnchor="middle" className={norm(v) > 0.55 ? 'chart-cell-text-strong' : 'chart-cell-text'}>
                {format(v)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}, (a, b) => {
  const sameRow = a.row === b.row || (a.row.length === b.row.length && a.row.every((v, i) => Object.is(v, b.row[i])));
  return sameRow && a.label === b.label && a.y === b.y && a.cellH === b.cellH && a.cols === b.cols && a.xs === b.xs && a.lo === b.lo && a.hi === b.hi
    && a.showValues === b.showValues && (a.format === b.format || !a.showValues);
});
