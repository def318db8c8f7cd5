/**
 * Strategy comparison: the same VM and workload under pre-copy, auto-converge, post-copy and
 * hybrid (the engine runs each to completion or to the horizon), side by side: total time,
 * downtime, bytes sent and what the guest lost. A pre-copy that never converges says so.
 */
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import type { TableData } from '../../charts/table-data';
import type { WidgetProps } from '../types';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';

type Outcome = NonNullable<MigrationSnapshotView['comparison']>[number];
const NAMES: Record<string, string> = { precopy: 'pre-copy', autoconverge: 'auto-converge', postcopy: 'post-copy', hybrid: 'hybrid', cold: 'cold', warm: 'warm' };

function outcomeTable(list: Outcome[]): TableData {
  return {
    columns: [
      { key: 'strategy', label: 'strategy' }, { key: 'completed', label: 'completed' }, { key: 'stopReason', label: 'stop reason' },
      { key: 'totalTimeSec', label: 'total time', unit: 's' }, { key: 'downtimeMs', label: 'downtime', unit: 'ms' },
      { key: 'sentRatio', label: 'sent', unit: '× RAM' }, { key: 'degradation', label: 'guest time lost', unit: '%' },
      { key: 'faults', label: 'post-copy faults' }, { key: 'throttlePct', label: 'final throttle', unit: '%' }, { key: 'liveRounds', label: 'live rounds' },
    ],
    rows: list.map((o) => [NAMES[o.strategy] ?? o.strategy, o.completed, o.stopReason, o.totalTimeSec, o.completed ? o.downtimeSec * 1000 : null,
      o.sentRatio, o.degradation * 100, o.faults, o.throttlePct, o.liveRounds]),
  };
}

export default function CompareWidget({ sim }: WidgetProps) {
  const snap = sim.snapshot as unknown as MigrationSnapshotView | null;
  const list = snap?.comparison;
  if (!snap || !list) return <p className="muted">Set <code>compare: true</code> in the params to compare strategies.</p>;
  const table = outcomeTable(list);
  const label = (o: Outcome) => `${NAMES[o.strategy] ?? o.strategy}${o.completed ? '' : ' (not done)'}`;
  const charts: Array<[string, string, (o: Outcome) => number]> = [
    ['Total migration time', 's', (o) => o.totalTimeSec ?? Number.NaN],
    ['Downtime', 'ms', (o) => (o.completed ? o.downtimeSec * 1000 : Number.NaN)],
    ['Data sent', '× RAM', (o) => o.sentRatio],
    ['Guest time lost', '%', (o) => o.degradation * 100],
  ];
  const unfinished = list.filter((o) => !o.completed).map((o) => NAMES[o.strategy] ?? o.strategy);
  return (
    <div style={{ display: 'grid', gap: 'var(--space-4)' }}>
      <p>
        λ = {snap.lambda.toFixed(2)} for this workload on this link.{' '}
        {unfinished.length > 0 ? <strong>{unfinished.join(', ')} did not finish within the horizon: pre-copy does not converge here.</strong> : 'Every strategy finished.'}
      </p>
      <div className="card-grid">
        {charts.map(([title, unit, value]) => (
          <ChartFrame key={title} title={title} table={table}>
            <BarChart title={title} description={list.map((o) => `${label(o)}: ${Number.isFinite(value(o)) ? value(o).toFixed(2) : 'n/a'} ${unit}`).join('; ')}
              bars={list.map((o) => ({ label: label(o), value: Number.isFinite(value(o)) ? value(o) : 0 }))} valueLabel={unit} />
          </ChartFrame>
        ))}
      </div>
    </div>
  );
}
