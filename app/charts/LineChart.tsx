import { area as d3area, curveStepAfter, curveLinear, line as d3line, type ScaleLinear } from 'd3';
import { memo, useId, useMemo, type Ref } from 'react';
import { AxisBottom, AxisLeft } from './Axis';
import { Legend } from './Legend';
import { DASHES, chartColor } from './palette';
import { decimateToColumns, extentOf, formatNumber, linearScale, type NumericArray } from './scales';
import { useStableArrays } from './use-stable-arrays';
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
  /** Pixel columns per drawn column (1: min/max per pixel; larger draws fewer points). */
  pixelsPerColumn?: number;
  svgRef?: Ref<SVGSVGElement>;
}

const M = { top: 24, right: 14, bottom: 42, left: 64 };

/** A linear scale that keeps its identity while its domain and range do (so memoised paths survive a frame). */
function useScale(extent: [number, number] | null, r0: number, r1: number, nice: boolean): ScaleLinear<number, number> {
  const lo = extent?.[0];
  const hi = extent?.[1];
  return useMemo(() => linearScale(lo === undefined || hi === undefined ? null : [lo, hi], [r0, r1], nice), [lo, hi, r0, r1, nice]);
}

/**
 * Multi-series line/area chart over typed arrays; d3 computes scales and paths, React renders.
 * While a simulation plays it re-renders every frame (the marker moves), so everything that
 * depends on the data — extents, scales, decimation, path strings — is memoised on the data
 * (compared by content), and a long series is drawn as min/max per pixel column.
 */
export function LineChart(props: LineChartProps) {
  const { series, height = 240, pixelsPerColumn = 1, svgRef, markerX, xDomain, yDomain } = props;
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  const id = useId();
  const innerW = Math.max(40, width - M.left - M.right);
  const innerH = Math.max(40, height - M.top - M.bottom);
  const columnsIn = useStableArrays([props.x, ...series.map((s) => s.values)]);
  const x = columnsIn[0]!;
  const xExtent = useMemo(() => extentOf([x]), [x]);
  const yExtent = useMemo(() => extentOf(columnsIn.slice(1)), [columnsIn]);
  const xs = useScale(xDomain ?? xExtent, 0, innerW, !xDomain);
  const ys = useScale(yDomain ?? yExtent, innerH, 0, !yDomain);
  const columns = innerW / Math.max(1, pixelsPerColumn);
  return (
    <div ref={wrapRef} className="chart">
      <svg ref={svgRef} role="img" aria-labelledby={`${id}-t ${id}-d`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-svg">
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{props.description}</desc>
        <g transform={`translate(${M.left},${M.top})`}>
          <AxisLeft scale={ys} at={0} gridLength={innerW} format={props.formatY ?? formatNumber} label={props.yLabel} labelOffset={M.left - 4} />
          <AxisBottom scale={xs} at={innerH} format={props.formatX ?? formatNumber} label={props.xLabel} />
          {series.map((s, i) => (
            <SeriesPath key={s.key} x={x} values={columnsIn[i + 1]!} xs={xs} ys={ys} columns={columns} color={s.color ?? chartColor(i)}
              dash={s.dash ?? DASHES[i % DASHES.length]!} area={s.area === true} step={s.step === true} />
          ))}
          {markerX !== undefined && Number.isFinite(markerX) && (
            <line className="chart-marker" x1={xs(markerX)} x2={xs(markerX)} y1={0} y2={innerH} />
          )}
        </g>
      </svg>
      {series.length > 1 && (
        <Legend items={series.map((s, i) => ({ label: s.label, color: s.color ?? chartColor(i), dash: s.dash ?? DASHES[i % DASHES.length] }))} />
      )}
    </div>
  );
}

interface SeriesPathProps {
  x: NumericArray;
  values: NumericArray;
  xs: ScaleLinear<number, number>;
  ys: ScaleLinear<number, number>;
  columns: number;
  color: string;
  dash: string;
  area: boolean;
  step: boolean;
}

/** One series' line (and area): recomputed only when its data, the scales or the width change. */
const SeriesPath = memo(function SeriesPath({ x, values, xs, ys, columns, color, dash, area, step }: SeriesPathProps) {
  const [linePath, areaPath] = useMemo(() => {
    const [x0, x1] = xs.domain() as [number, number];
    const idx = decimateToColumns(x, values, x0, x1, columns);
    const curve = step ? curveStepAfter : curveLinear;
    const defined = (j: number) => Number.isFinite(values[j]!) && Number.isFinite(x[j]!);
    const [d0, d1] = ys.domain() as [number, number];
    const y0 = Math.max(d0, Math.min(0, d1));
    const line = d3line<number>().defined(defined).curve(curve).x((j) => xs(x[j]!)).y((j) => ys(values[j]!))(idx) ?? '';
    const fill = area ? (d3area<number>().defined(defined).curve(curve).x((j) => xs(x[j]!)).y0(ys(y0)).y1((j) => ys(values[j]!))(idx) ?? '') : '';
    return [line, fill];
  }, [x, values, xs, ys, columns, area, step]);
  return (
    <g>
      {area && <path d={areaPath} fill={color} fillOpacity={0.18} stroke="none" />}
      <path d={linePath} fill="none" stroke={color} strokeWidth={2} strokeDasharray={dash} />
    </g>
  );
});
