/**
 * The live-migration widget: start a migration and watch pre-copy rounds shrink (or not) the
 * dirty data, with the closed form overlaid, per-round bars, the guest's cost and the events.
 */
import type { WidgetProps } from '../types';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';
import { DirtyCurveChart } from './DirtyCurveChart';
import { GuestImpactChart } from './GuestImpactChart';
import { MigrationControls } from './MigrationControls';
import { MigrationSummary } from './MigrationSummary';
import { RoundsChart } from './RoundsChart';
import './migration.css';

export default function MigrationWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as MigrationSnapshotView | null;
  if (!snap) return null;
  const events = [
    ...snap.annotations,
    ...snap.rounds.filter((r) => r.phase === 'live').map((r) => ({ tSec: r.endSec, label: `round ${r.index} ended: ${(r.bytes / 2 ** 20).toFixed(1)} MiB sent` })),
  ].sort((x, y) => x.tSec - y.tSec).slice(-24);
  return (
    <div className="mig-widget">
      <MigrationControls sim={sim} snap={snap} readonly={readonly} />
      <MigrationSummary snap={snap} />
      <DirtyCurveChart snap={snap} series={sim.series} tSec={sim.tSec} />
      <RoundsChart snap={snap} />
      <GuestImpactChart snap={snap} series={sim.series} tSec={sim.tSec} />
      <section aria-labelledby="mig-events-h">
        <h3 id="mig-events-h">Events</h3>
        <ol className="mig-events">
          {events.map((a, i) => <li key={i}><span className="mig-t">{a.tSec.toFixed(2)} s</span> {a.label}</li>)}
        </ol>
      </section>
    </div>
  );
}
