import { scaleBand } from 'd3';
import { useId, type Ref } from 'react';
import { AxisBottom } from './Axis';
import { chartColor } from './palette';
import { extentOf, formatNumber, linearScale } from './scales';
import { useElementWidth } from './useElementWidth';

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

export interface BarChartProps {
  title: string;
  description: string;
  bars: readonly Bar[];
  valueLabel?: string;
  domain?: [number, number];
  format?: (v: number) => string;
  /** Print each value at the end of its bar. */
  showValues?: boolean;
  svgRef?: Ref<SVGSVGElement>;
}

/** Horizontal bars (labels stay readable at 360 px); d3 computes bands and scale, React renders. */
export function BarChart({ title, description, bars, valueLabel, domain, format = formatNumber, showValues = true, svgRef }: BarChartProps) {
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  const id = useId();
  const longest = Math.max(4, ...bars.map((b) => b.label.length));
  const left = Math.min(160, 12 + longest * 7);
  const m = { top: 6, right: showValues ? 64 : 14, bottom: valueLabel ? 42 : 26, left };
  const rowH = 26;
  const innerH = bars.length * rowH;
  const height = innerH + m.top + m.bottom;
  const innerW = Math.max(40, width - m.left - m.right);
  const ext = extentOf([bars.map((b) => b.value)]);
  const xs = linearScale(domain ?? [Math.min(0, ext?.[0] ?? 0), Math.max(0, ext?.[1] ?? 1)], [0, innerW], !domain);
  const band = scaleBand<number>().domain(bars.map((_, i) => i)).range([0, innerH]).padding(0.2);
  const x0 = xs(Math.max(xs.domain()[0]!, 0));
  return (
    <div ref={wrapRef} className="chart">
      <svg ref={svgRef} role="img" aria-labelledby={`${id}-t ${id}-d`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <g transform={`translate(${m.left},${m.top})`}>
          <AxisBottom scale={xs} at={innerH} gridLength={innerH} ticks={Math.max(2, Math.floor(innerW / 80))} format={format} label={valueLabel} />
          {bars.map((b, i) => {
            const y = band(i) ?? 0;
            const xv = xs(b.value);
            return (
              <g key={`${b.label}-${i}`}>
                <text x={-6} y={y + band.bandwidth() / 2} dy="0.32em" textAnchor="end" className="chart-tick">
                  {b.label}
                </text>
                <rect x={Math.min(x0, xv)} y={y} width={Math.abs(xv - x0)} height={band.bandwidth()} fill={b.color ?? chartColor(0)} />
                {showValues && (
                  <text x={Math.max(x0, xv) + 4} y={y + band.bandwidth() / 2} dy="0.32em" className="chart-tick">
                    {format(b.value)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
