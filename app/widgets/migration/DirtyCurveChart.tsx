/**
 * The dirty-page curve: QEMU's "remaining" (pages still to send this pass) and everything dirty
 * but unsent, against time through the rounds, with the closed-form curve of the same params
 * overlaid; plus cumulative bytes sent. Round boundaries and switchover are listed beneath.
 */
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { seriesTable } from '../../charts/table-data';
import type { SeriesBundle } from '../../../engine/core/series';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';
import { analyticRemaining, formatBytes, MIB } from './analytic-curve';
import { RoundStrip } from './RoundStrip';

const toMiB = (a: ArrayLike<number> | undefined): Float64Array => Float64Array.from(a ?? [], (v) => v / MIB);

export function DirtyCurveChart({ snap, series, tSec }: { snap: MigrationSnapshotView; series: SeriesBundle; tSec: number }) {
  const t = series.tSec ?? new Float64Array();
  const analytic = toMiB(analyticRemaining(snap.analytic, snap.startSec, t));
  const remaining = toMiB(series.remainingBytes);
  const pending = toMiB(series.pendingBytes);
  const sent = toMiB(series.sentBytes);
  const table = seriesTable({ ...series, remainingMiB: remaining, pendingMiB: pending, analyticMiB: analytic, sentMiB: sent }, [
    { key: 'tSec', label: 'time', unit: 's' },
    { key: 'remainingMiB', label: 'remaining this pass', unit: 'MiB' },
    { key: 'pendingMiB', label: 'dirty and unsent', unit: 'MiB' },
    { key: 'analyticMiB', label: 'closed form', unit: 'MiB' },
    { key: 'sentMiB', label: 'sent so far', unit: 'MiB' },
  ]);
  const description = `At ${tSec.toFixed(1)} s: ${formatBytes(snap.remainingBytes)} left in this pass, ${formatBytes(snap.pendingBytes)} dirty and unsent, ${formatBytes(snap.sentBytes)} sent after ${snap.liveRounds} rounds.`;
  return (
    <>
      <ChartFrame title="Dirty data left to send" table={table}>
        <LineChart
          title="Dirty data left to send"
          description={description}
          x={t}
          series={[
            { key: 'remaining', label: 'remaining this pass (QEMU "remaining")', values: remaining, area: true },
            { key: 'pending', label: 'dirty and unsent (bitmap ∪ dirty log)', values: pending },
            { key: 'analytic', label: `closed form (${snap.analytic.model})`, values: analytic },
          ]}
          xLabel="time (s)"
          yLabel="MiB"
          markerX={tSec}
        />
        <RoundStrip snap={snap} times={t} />
      </ChartFrame>
      <ChartFrame title="Bytes sent" table={table}>
        <LineChart title="Bytes sent" description={`${formatBytes(snap.sentBytes)} sent, ${snap.sentRatio.toFixed(2)}× the VM's RAM.`} x={t}
          series={[{ key: 'sent', label: 'sent so far', values: sent }]} xLabel="time (s)" yLabel="MiB" markerX={tSec} />
      </ChartFrame>
    </>
  );
}
