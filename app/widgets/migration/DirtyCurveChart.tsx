/**
 * The dirty-page curve: QEMU's "remaining" (pages still to send this pass) and everything dirty
 * but unsent, against time through the rounds, with the closed-form curve of the same params
 * overlaid; plus cumulative bytes sent. Round boundaries and switchover are listed beneath.
 */
import { useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { seriesTable } from '../../charts/table-data';
import type { SeriesBundle } from '../../../engine/core/series';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';
import { analyticRemaining, formatBytes, MIB } from './analytic-curve';
import { RoundStrip } from './RoundStrip';

const toMiB = (a: ArrayLike<number> | undefined): Float64Array => Float64Array.from(a ?? [], (v) => v / MIB);

/** The index range that skips round 0, so the later (small) rounds fill the chart; null before round 1. */
function laterRoundsRange(snap: MigrationSnapshotView, t: ArrayLike<number>): [number, number] | null {
  const r0 = snap.rounds[0];
  if (!r0 || r0.phase !== 'live' || snap.rounds.length < 2) return null;
  const from = r0.endSec - 0.05 * r0.seconds;
  const to = (snap.endSec ?? snap.tSec) + 0.05 * r0.seconds;
  let lo = 0;
  while (lo < t.length && t[lo]! < from) lo++;
  let hi = lo;
  while (hi < t.length && t[hi]! <= to) hi++;
  return hi - lo >= 2 ? [lo, hi] : null;
}

const cut = (a: Float64Array, r: [number, number] | null): Float64Array => (r ? a.subarray(r[0], r[1]) : a);

export function DirtyCurveChart({ snap, series, tSec }: { snap: MigrationSnapshotView; series: SeriesBundle; tSec: number }) {
  const [zoom, setZoom] = useState(false);
  // Derived from the series (refreshed at most 4× a second while playing), not on every frame.
  const analyticKey = JSON.stringify([snap.analytic, snap.startSec]);
  const data = useMemo(() => {
    const [analyticView, startSec] = JSON.parse(analyticKey) as [MigrationSnapshotView['analytic'], number | null];
    const t = series.tSec ?? new Float64Array();
    const columns = {
      tAll: Float64Array.from(t),
      analytic: toMiB(analyticRemaining(analyticView, startSec, t)),
      remaining: toMiB(series.remainingBytes),
      pending: toMiB(series.pendingBytes),
      sent: toMiB(series.sentBytes),
    };
    const table = seriesTable({ ...series, remainingMiB: columns.remaining, pendingMiB: columns.pending, analyticMiB: columns.analytic, sentMiB: columns.sent }, [
      { key: 'tSec', label: 'time', unit: 's' },
      { key: 'remainingMiB', label: 'remaining this pass', unit: 'MiB' },
      { key: 'pendingMiB', label: 'dirty and unsent', unit: 'MiB' },
      { key: 'analyticMiB', label: 'closed form', unit: 'MiB' },
      { key: 'sentMiB', label: 'sent so far', unit: 'MiB' },
    ]);
    return { ...columns, table };
  }, [series, analyticKey]);
  const { analytic, remaining, pending, sent, table } = data;
  const t = data.tAll;
  const range = laterRoundsRange(snap, t);
  const view = zoom ? range : null;
  const tv = cut(t, view);
  const description = `At ${tSec.toFixed(1)} s: ${formatBytes(snap.remainingBytes)} left in this pass, ${formatBytes(snap.pendingBytes)} dirty and unsent, ${formatBytes(snap.sentBytes)} sent after ${snap.liveRounds} rounds.`;
  return (
    <>
      <label className="row mig-zoom">
        <input type="checkbox" checked={view !== null} disabled={range === null} onChange={(e) => setZoom(e.target.checked)} />
        Zoom on the rounds after round 0
      </label>
      <ChartFrame title="Dirty data left to send" table={table}>
        <LineChart
          title="Dirty data left to send"
          description={description}
          x={tv}
          series={[
            { key: 'remaining', label: 'remaining this pass (QEMU "remaining")', values: cut(remaining, view), area: true },
            { key: 'pending', label: 'dirty and unsent (bitmap ∪ dirty log)', values: cut(pending, view) },
            { key: 'analytic', label: `closed form (${snap.analytic.model})`, values: cut(analytic, view) },
          ]}
          xLabel="time (s)"
          yLabel="MiB"
          markerX={tSec}
        />
        <RoundStrip snap={snap} times={tv} />
      </ChartFrame>
      <ChartFrame title="Bytes sent" table={table}>
        <LineChart title="Bytes sent" description={`${formatBytes(snap.sentBytes)} sent, ${snap.sentRatio.toFixed(2)}× the VM's RAM.`} x={t}
          series={[{ key: 'sent', label: 'sent so far', values: sent }]} xLabel="time (s)" yLabel="MiB" markerX={tSec} />
      </ChartFrame>
    </>
  );
}
