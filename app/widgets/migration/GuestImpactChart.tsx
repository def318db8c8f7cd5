/** What the migration costs the guest: auto-converge's CPU throttle and post-copy's fault stalls. */
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { seriesTable } from '../../charts/table-data';
import type { SeriesBundle } from '../../../engine/core/series';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';

export function GuestImpactChart({ snap, series, tSec }: { snap: MigrationSnapshotView; series: SeriesBundle; tSec: number }) {
  const table = seriesTable(series, [
    { key: 'tSec', label: 'time', unit: 's' },
    { key: 'throttlePct', label: 'CPU throttle', unit: '%' },
    { key: 'faultStallSec', label: 'fault stall so far', unit: 's' },
    { key: 'dirtyRatePagesPerSec', label: 'dirty rate', unit: 'pages/s' },
  ]);
  const description = `Throttle ${snap.throttlePct} %, ${snap.faults} post-copy faults stalling ${snap.faultStallSec.toFixed(2)} s; guest lost ${(snap.degradation * 100).toFixed(1)} % of the migration time.`;
  return (
    <ChartFrame title="Cost to the guest" table={table}>
      <LineChart title="Cost to the guest" description={description} x={series.tSec ?? []}
        series={[
          { key: 'throttle', label: 'CPU throttle (%)', values: series.throttlePct ?? [], step: true },
          { key: 'stall', label: 'fault stall so far (s)', values: series.faultStallSec ?? [] },
        ]}
        xLabel="time (s)" yLabel="% / s" markerX={tSec} />
    </ChartFrame>
  );
}
