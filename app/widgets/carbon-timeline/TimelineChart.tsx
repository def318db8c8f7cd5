/**
 * Intensity over time (true line, forecast dashed, ±1σ forecast band) above one lane per job:
 * each instance's window (light), its baseline run (dashed outline) and its planned runs (filled).
 * A planned bar can be dragged along its window, or focused and moved with ←/→ (one slot),
 * Home/End (window ends) and Delete (give it back to the scheduler). A periodic job's window
 * widens or narrows by dragging its edge handles (the window slider is the keyboard way).
 */
import { area as d3area, line as d3line } from 'd3';
import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { AxisBottom, AxisLeft } from '../../charts/Axis';
import { Legend } from '../../charts/Legend';
import { decimateToColumns, extentOf, formatNumber, linearScale } from '../../charts/scales';
import { useElementWidth } from '../../charts/useElementWidth';
import type { CarbonJob } from './types';

export interface TimelineChartProps {
  title: string;
  description: string;
  hours: ArrayLike<number>;
  truth: ArrayLike<number>;
  forecast: ArrayLike<number>;
  band: { lo: Float64Array; hi: Float64Array } | null;
  jobs: readonly CarbonJob[];
  regionId: string;
  stepMin: number;
  nowHours: number;
  readonly: boolean;
  onMove: (job: CarbonJob, startSlot: number) => void;
  onReset: (job: CarbonJob) => void;
  /** Periodic job id → its ±window in hours; its handles can be dragged (the slider is the keyboard way). */
  windows: Record<string, number>;
  onWindow: (jobId: string, windowHours: number) => void;
}

const M = { top: 16, right: 14, bottom: 40, left: 58 };
const LANE_H = 24;
const PLOT_H = 190;

export function TimelineChart(p: TimelineChartProps) {
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  const id = useId();
  const [drag, setDrag] = useState<{ job: CarbonJob; startX: number; slot: number } | null>(null);
  const [resize, setResize] = useState<{ jobId: string; side: 1 | -1; startX: number; hours: number } | null>(null);
  const lanes = [...new Set(p.jobs.map((j) => j.jobId))];
  const innerW = Math.max(60, width - M.left - M.right);
  const height = M.top + PLOT_H + 12 + lanes.length * LANE_H + M.bottom;
  const slotH = p.stepMin / 60;
  const xMax = p.hours.length ? p.hours[p.hours.length - 1]! + slotH : 24;
  const xs = useMemo(() => linearScale([0, xMax], [0, innerW], false), [xMax, innerW]);
  // The curves depend on the series only: while playing, a frame moves the marker and the bars.
  const { hours, truth, forecast, band } = p;
  const extent = useMemo(() => extentOf([truth, forecast, ...(band ? [band.lo, band.hi] : [])]), [truth, forecast, band]);
  const ys = useMemo(() => linearScale(extent, [PLOT_H, 0], true), [extent]);
  const paths = useMemo(() => {
    const idx = decimateToColumns(hours, truth, 0, xMax, innerW);
    const linePath = (v: ArrayLike<number>): string => d3line<number>().x((i) => xs(hours[i]!)).y((i) => ys(v[i]!))(idx) ?? '';
    const bandPath = band ? (d3area<number>().x((i) => xs(hours[i]!)).y0((i) => ys(band.lo[i]!)).y1((i) => ys(band.hi[i]!))(idx) ?? '') : '';
    return { truth: linePath(truth), forecast: linePath(forecast), band: bandPath };
  }, [hours, truth, forecast, band, xs, ys, xMax, innerW]);
  const x = (slot: number): number => xs(slot * slotH);
  const pxPerSlot = Math.max(1e-6, x(1) - x(0));
  const startOf = (j: CarbonJob): number => (drag?.job.id === j.id ? drag.slot : j.runs[0]![0]);
  const canMove = (j: CarbonJob): boolean => !p.readonly && !j.interruptible && j.lastStartSlot > j.firstStartSlot;

  const onPointerDown = (e: PointerEvent<SVGRectElement>, j: CarbonJob) => {
    if (!canMove(j)) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ job: j, startX: e.clientX, slot: j.runs[0]![0] });
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    if (!drag) return;
    const slot = Math.round(drag.job.runs[0]![0] + (e.clientX - drag.startX) / pxPerSlot);
    setDrag({ ...drag, slot: Math.min(drag.job.lastStartSlot, Math.max(drag.job.firstStartSlot, slot)) });
  };
  const onPointerUp = () => {
    if (drag && drag.slot !== drag.job.runs[0]![0]) p.onMove(drag.job, drag.slot);
    setDrag(null);
  };
  const windowOf = (j: CarbonJob): [number, number] => {
    if (resize?.jobId !== j.jobId) return [j.firstStartSlot, j.lastStartSlot];
    const w = Math.round((resize.hours * 60) / p.stepMin);
    return [Math.max(0, j.nominalSlot - w), j.nominalSlot + w];
  };
  const onHandleDown = (e: PointerEvent<SVGRectElement>, jobId: string, side: 1 | -1) => {
    if (p.readonly) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setResize({ jobId, side, startX: e.clientX, hours: p.windows[jobId] ?? 0 });
  };
  const onHandleMove = (e: PointerEvent<SVGRectElement>) => {
    if (!resize) return;
    const base = p.windows[resize.jobId] ?? 0;
    const hours = base + (resize.side * (e.clientX - resize.startX)) / (pxPerSlot * (60 / p.stepMin));
    setResize({ ...resize, hours: Math.min(12, Math.max(0, Math.round(hours * 2) / 2)) });
  };
  const onHandleUp = () => {
    if (resize && resize.hours !== (p.windows[resize.jobId] ?? 0)) p.onWindow(resize.jobId, resize.hours);
    setResize(null);
  };
  const onKey = (e: KeyboardEvent<SVGRectElement>, j: CarbonJob) => {
    const s = j.runs[0]![0];
    const target = { ArrowLeft: s - 1, ArrowRight: s + 1, Home: j.firstStartSlot, End: j.lastStartSlot }[e.key];
    if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); p.onReset(j); return; }
    if (target === undefined || !canMove(j)) return;
    e.preventDefault();
    const clamped = Math.min(j.lastStartSlot, Math.max(j.firstStartSlot, target));
    if (clamped !== s) p.onMove(j, clamped);
  };

  return (
    <div ref={wrapRef} className="chart">
      <svg role="group" aria-labelledby={`${id}-t ${id}-d`} width={width} height={height} className="chart-svg ct-chart">
        <title id={`${id}-t`}>{p.title}</title>
        <desc id={`${id}-d`}>{p.description}</desc>
        <g transform={`translate(${M.left},${M.top})`}>
          <AxisLeft scale={ys} at={0} gridLength={innerW} format={formatNumber} label="gCO2e/kWh" labelOffset={M.left - 4} />
          {band && <path d={paths.band} className="ct-band" />}
          <path d={paths.truth} className="ct-truth" />
          <path d={paths.forecast} className="ct-forecast" />
          <line className="chart-marker" x1={xs(p.nowHours)} x2={xs(p.nowHours)} y1={0} y2={PLOT_H + 12 + lanes.length * LANE_H} />
          {lanes.map((laneId, li) => (
            <g key={laneId} transform={`translate(0,${PLOT_H + 12 + li * LANE_H})`}>
              <text x={-6} y={LANE_H / 2 + 4} textAnchor="end" className="ct-lane-label">{laneId}</text>
              {p.jobs.filter((j) => j.jobId === laneId).map((j) => {
                const here = j.region === p.regionId;
                const start = startOf(j);
                const label = `${j.id}: planned start ${j.startUtc}${here ? '' : ` in region ${j.region}`}, ${j.shiftedG} g vs ${j.baselineG} g at the nominal time${canMove(j) ? '. Arrow keys move it by one slot, Home/End to the window ends, Delete gives it back to the scheduler' : ''}`;
                return (
                  <g key={j.id}>
                    <rect className="ct-window" x={x(windowOf(j)[0])} width={x(windowOf(j)[1] + j.durationSlots) - x(windowOf(j)[0])} y={2} height={LANE_H - 4} />
                    {j.jobId in p.windows && !p.readonly && ([-1, 1] as const).map((side) => (
                      <rect key={side} className="ct-handle" aria-hidden="true" x={side < 0 ? x(windowOf(j)[0]) - 3 : x(windowOf(j)[1] + j.durationSlots) - 3} width={6} y={2} height={LANE_H - 4}
                        onPointerDown={(e) => onHandleDown(e, j.jobId, side)} onPointerMove={onHandleMove} onPointerUp={onHandleUp} />
                    ))}
                    <rect className="ct-baseline" x={x(j.nominalSlot)} width={pxPerSlot * j.durationSlots} y={4} height={LANE_H - 8} />
                    {(drag?.job.id === j.id ? [[start, start + j.durationSlots] as [number, number]] : j.runs).map(([a, b], ri) => (
                      <rect key={ri} className={`ct-run${here ? '' : ' ct-run-away'}${j.manual ? ' ct-run-manual' : ''}`} x={x(a)} width={Math.max(2, x(b) - x(a))} y={6} height={LANE_H - 12}
                        tabIndex={ri === 0 ? 0 : -1} role="button" aria-label={label}
                        onPointerDown={(e) => onPointerDown(e, j)} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onKeyDown={(e) => onKey(e, j)}>
                        <title>{label}</title>
                      </rect>
                    ))}
                  </g>
                );
              })}
            </g>
          ))}
          <AxisBottom scale={xs} at={PLOT_H + 12 + lanes.length * LANE_H} format={(h) => `${formatNumber(h)} h`} label="hours from the scenario start (UTC)" />
        </g>
      </svg>
      <Legend items={[
        { label: 'intensity (true)', color: 'var(--chart-1)' },
        { label: 'forecast the scheduler sees', color: 'var(--chart-2)', dash: '6 3' },
        { label: 'job window', color: 'var(--accent-soft)', shape: 'box' },
        { label: 'nominal run (baseline)', color: 'var(--fg-muted)', dash: '2 3' },
        { label: 'planned run', color: 'var(--chart-3)', shape: 'box' },
      ]} />
    </div>
  );
}
