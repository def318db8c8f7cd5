/**
 * Per-round bars: bytes each round sent, the stop-and-copy and post-copy included, with the
 * closed form's round sizes beside them in the table.
 */
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { chartColor } from '../../charts/palette';
import type { TableData } from '../../charts/table-data';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';
import { MIB } from './analytic-curve';

const LABEL: Record<string, string> = { live: 'round', 'stop-and-copy': 'stop-and-copy', postcopy: 'post-copy', 'suspend-resume': 'suspend/resume' };

export function RoundsChart({ snap }: { snap: MigrationSnapshotView }) {
  const rounds = snap.rounds.slice(-40);
  const label = (r: (typeof rounds)[number]) => (r.phase === 'live' ? `round ${r.index}` : LABEL[r.phase] ?? r.phase);
  const table: TableData = {
    columns: [
      { key: 'round', label: 'round' }, { key: 'phase', label: 'phase' }, { key: 'startSec', label: 'start', unit: 's' },
      { key: 'seconds', label: 'duration', unit: 's' }, { key: 'mib', label: 'sent', unit: 'MiB' }, { key: 'dirtied', label: 'pages dirtied during it' },
      { key: 'after', label: 'pending after', unit: 'MiB' }, { key: 'analytic', label: 'closed form', unit: 'MiB' },
    ],
    rows: rounds.map((r) => [
      r.index, r.phase, r.startSec, r.seconds, r.bytes / MIB, Math.round(r.pagesDirtied), r.pendingBytesAfter / MIB,
      r.phase === 'live' && snap.analytic.roundBytes[r.index] !== undefined ? snap.analytic.roundBytes[r.index]! / MIB : null,
    ]),
  };
  const bars = rounds.map((r) => ({ label: label(r), value: r.bytes / MIB, color: r.phase === 'live' ? chartColor(0) : chartColor(r.phase === 'postcopy' ? 2 : 1) }));
  return (
    <ChartFrame title="Bytes per round" table={table}>
      {bars.length === 0 ? (
        <p className="muted">No rounds yet: start a migration.</p>
      ) : (
        <BarChart title="Bytes per round" description={`${rounds.length} rounds; the last sent ${bars[bars.length - 1]!.value.toFixed(1)} MiB.`} bars={bars} valueLabel="MiB" />
      )}
    </ChartFrame>
  );
}
