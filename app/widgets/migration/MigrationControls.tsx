/** Start a migration with a strategy, request post-copy, or cancel: live commands at the current time. */
import { useState } from 'react';
import type { SimulationHandle } from '../types';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';

const STRATEGIES = [
  ['precopy', 'pre-copy'], ['autoconverge', 'pre-copy + auto-converge'], ['postcopy', 'post-copy'],
  ['hybrid', 'hybrid (pre-copy, then post-copy)'], ['cold', 'cold (stop, copy, start)'], ['warm', 'warm (suspend/resume)'],
] as const;

export function MigrationControls({ sim, snap, readonly }: { sim: SimulationHandle; snap: MigrationSnapshotView; readonly: boolean }) {
  const [strategy, setStrategy] = useState<string>(snap.strategy);
  const idle = snap.phase === 'idle';
  const precopy = snap.phase === 'precopy';
  return (
    <div className="row mig-controls" role="group" aria-label="Migration commands">
      <label className="field">
        <span>Strategy</span>
        <select value={strategy} disabled={readonly || !idle} onChange={(e) => setStrategy(e.target.value)}>
          {STRATEGIES.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
        </select>
      </label>
      <button type="button" className="primary" disabled={readonly || !idle} onClick={() => sim.dispatch({ do: 'startMigration', strategy })}>
        Start migration
      </button>
      <button type="button" disabled={readonly || !precopy} onClick={() => sim.dispatch({ do: 'startPostcopy' })}>Switch to post-copy</button>
      <button type="button" disabled={readonly || !precopy} onClick={() => sim.dispatch({ do: 'cancelMigration' })}>Cancel</button>
      <span className="badge" aria-live="polite">phase: {snap.phase}</span>
    </div>
  );
}
