import { area as d3area, curveStepAfter, curveLinear, line as d3line } from 'd3';
import { useId, type Ref } from 'react';
import { AxisBottom, AxisLeft } from './Axis';
import { Legend } from './Legend';
import { DASHES, chartColor } from './palette';
import { decimateIndices, extentOf, formatNumber, linearScale, type NumericArray } from './scales';
import { useElementWidth } from './useElementWidth';

export interface LineSeries {
  key: string;
  label: string;
  values: NumericArray;
  color?: string;
  dash?: string;
  /** Fill the area under the line. */
  area?: boolean;
  /** Draw as a step function (states that hold until the next sample). */
  step?: boolean;
}

export interface LineChartProps {
  /** Accessible name of the chart (also its heading inside the SVG). */
  title: string;
  /** A one-line summary of what the chart shows now (read by screen readers). */
  description: string;
  x: NumericArray;
  series: readonly LineSeries[];
  xLabel?: string;
  yLabel?: string;
  xDomain?: [number, number];
  yDomain?: [number, number];
  height?: number;
  /** A vertical marker, e.g. the current time. */
  markerX?: number;
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  maxPoints?: number;
  svgRef?: Ref<SVGSVGElement>;
}

const M = { top: 24, right: 14, bottom: 42, left: 64 };

/** Multi-series line/area chart over typed arrays; d3 computes scales and paths, React renders. */
export function LineChart(props: LineChartProps) {
  const { x, series, height = 240, maxPoints = 800 } = props;
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  const id = useId();
  const innerW = Math.max(40, width - M.left - M.right);
  const innerH = Math.max(40, height - M.top - M.bottom);
  const xs = linearScale(props.xDomain ?? extentOf([x]), [0, innerW], !props.xDomain);
  const ys = linearScale(props.yDomain ?? extentOf(series.map((s) => s.values)), [innerH, 0], !props.yDomain);
  const y0 = Math.max(ys.domain()[0]!, Math.min(0, ys.domain()[1]!));
  return (
    <div ref={wrapRef} className="chart">
      <svg ref={props.svgRef} role="img" aria-labelledby={`${id}-t ${id}-d`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-svg">
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{props.description}</desc>
        <g transform={`translate(${M.left},${M.top})`}>
          <AxisLeft scale={ys} at={0} gridLength={innerW} format={props.formatY ?? formatNumber} label={props.yLabel} labelOffset={M.left - 4} />
          <AxisBottom scale={xs} at={innerH} format={props.formatX ?? formatNumber} label={props.xLabel} />
          {series.map((s, i) => {
            const idx = decimateIndices(s.values, maxPoints).filter((j) => j < x.length);
            const curve = s.step ? curveStepAfter : curveLinear;
            const defined = (j: number) => Number.isFinite(s.values[j]!) && Number.isFinite(x[j]!);
            const color = s.color ?? chartColor(i);
            const linePath = d3line<number>().defined(defined).curve(curve).x((j) => xs(x[j]!)).y((j) => ys(s.values[j]!))(idx) ?? '';
            const areaPath = s.area ? d3area<number>().defined(defined).curve(curve).x((j) => xs(x[j]!)).y0(ys(y0)).y1((j) => ys(s.values[j]!))(idx) ?? '' : '';
            return (
              <g key={s.key}>
                {s.area && <path d={areaPath} fill={color} fillOpacity={0.18} stroke="none" />}
                <path d={linePath} fill="none" stroke={color} strokeWidth={2} strokeDasharray={s.dash ?? DASHES[i % DASHES.length]} />
              </g>
            );
          })}
          {props.markerX !== undefined && Number.isFinite(props.markerX) && (
            <line className="chart-marker" x1={xs(props.markerX)} x2={xs(props.markerX)} y1={0} y2={innerH} />
          )}
        </g>
      </svg>
      {series.length > 1 && (
        <Legend items={series.map((s, i) => ({ label: s.label, color: s.color ?? chartColor(i), dash: s.dash ?? DASHES[i % DASHES.length] }))} />
      )}
    </div>
  );
}
