/**
 * The memory map: the VM's pages as a heatmap of what is still to send (dirty, or missing at the
 * destination during post-copy) beside where the workload writes, sampled to ≤ 256 cells so a
 * 64 GiB VM draws as quickly as a 1 GiB one. Round by round the map clears except the hot set.
 */
import { ChartFrame } from '../../charts/ChartFrame';
import { Heatmap } from '../../charts/Heatmap';
import type { WidgetProps } from '../types';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';
import { memoryTable, rowLabels, toGrid } from './memory-grid';

const PER_ROW = 16;
const pct = (v: number) => `${Math.round(v * 100)} %`;

export default function MemoryMapWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as MigrationSnapshotView | null;
  if (!snap) return null;
  const map = snap.memoryMap;
  const rows = rowLabels(map, PER_ROW, snap.pageSizeBytes);
  const cols = Array.from({ length: PER_ROW }, (_, i) => String(i));
  const table = memoryTable(map, snap.pageSizeBytes);
  const pendingShare = map.pending.reduce((s, v) => s + v, 0) / Math.max(1, map.pending.length);
  const what = snap.phase === 'postcopy' ? 'missing at the destination' : 'dirty and not yet sent';
  return (
    <div className="mig-map" style={{ display: 'grid', gap: 'var(--space-4)' }}>
      <div className="row" style={{ gap: 'var(--space-2)', alignItems: 'center', flexWrap: 'wrap' }}>
        <button type="button" className="primary" style={{ minHeight: 'var(--target-min)' }} disabled={readonly || snap.phase !== 'idle'}
          onClick={() => sim.dispatch({ do: 'startMigration' })}>Start migration</button>
        <span className="badge" aria-live="polite">phase: {snap.phase}, {snap.liveRounds} rounds</span>
        <span className="muted">{map.cells} cells of {map.pagesPerCell.toLocaleString()} pages ({snap.pages.toLocaleString()} pages in all)</span>
      </div>
      <ChartFrame title={`Pages ${what}`} table={table}>
        <Heatmap title={`Pages ${what}`} description={`${pct(pendingShare)} of memory is ${what} at ${sim.tSec.toFixed(1)} s.`}
          rowLabels={rows} colLabels={cols} values={toGrid(map.pending, PER_ROW)} domain={[0, 1]} format={pct} showValues={false} />
      </ChartFrame>
      <ChartFrame title="Where the workload writes" table={table}>
        <Heatmap title="Where the workload writes" description="Relative write density per cell: the hot set is the dark region."
          rowLabels={rows} colLabels={cols} values={toGrid(map.hot, PER_ROW)} domain={[0, 1]} format={pct} showValues={false} />
      </ChartFrame>
    </div>
  );
}
