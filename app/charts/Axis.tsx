import type { ScaleLinear } from 'd3';

export interface AxisProps {
  scale: ScaleLinear<number, number>;
  /** Pixel position of the axis line (y for a bottom axis, x for a left axis). */
  at: number;
  /** Length of grid lines across the plot (0: none). */
  gridLength?: number;
  ticks?: number;
  format?: (v: number) => string;
  label?: string;
  /** Left axis: how far left of the axis line its title starts (the title sits above the axis, horizontal, so it never collides with tick labels). */
  labelOffset?: number;
}

/** A bottom axis: d3 computes the ticks, React draws them. */
export function AxisBottom({ scale, at, gridLength = 0, ticks = 6, format, label }: AxisProps) {
  const fmt = format ?? scale.tickFormat(ticks);
  const [r0, r1] = scale.range() as [number, number];
  return (
    <g className="chart-axis" transform={`translate(0,${at})`} aria-hidden="true">
      <line x1={r0} x2={r1} className="chart-axis-line" />
      {scale.ticks(ticks).map((t) => (
        <g key={t} transform={`translate(${scale(t)},0)`}>
          {gridLength > 0 && <line y1={0} y2={-gridLength} className="chart-grid" />}
          <line y2={5} className="chart-axis-line" />
          <text y={17} textAnchor="middle" className="chart-tick">
            {fmt(t)}
          </text>
        </g>
      ))}
      {label && (
        <text x={(r0 + r1) / 2} y={34} textAnchor="middle" className="chart-axis-label">
          {label}
        </text>
      )}
    </g>
  );
}

/** A left axis with optional horizontal grid lines. */
export function AxisLeft({ scale, at, gridLength = 0, ticks = 5, format, label, labelOffset = 46 }: AxisProps) {
  const fmt = format ?? scale.tickFormat(ticks);
  const [r0, r1] = scale.range() as [number, number];
  return (
    <g className="chart-axis" transform={`translate(${at},0)`} aria-hidden="true">
      <line y1={r0} y2={r1} className="chart-axis-line" />
      {scale.ticks(ticks).map((t) => (
        <g key={t} transform={`translate(0,${scale(t)})`}>
          {gridLength > 0 && <line x1={0} x2={gridLength} className="chart-grid" />}
          <line x2={-5} className="chart-axis-line" />
          <text x={-8} dy="0.32em" textAnchor="end" className="chart-tick">
            {fmt(t)}
          </text>
        </g>
      ))}
      {label && (
        <text x={-labelOffset} y={Math.min(r0, r1) - 10} textAnchor="start" className="chart-axis-label">
          {label}
        </text>
      )}
    </g>
  );
}
