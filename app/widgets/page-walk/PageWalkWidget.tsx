/**
 * The page-walk widget: translate an address and watch the walk entry by entry — the address bit
 * field, each table with its decoded, editable entry, the fault explained in words — in native,
 * nested (with the 2-D grid and huge-page toggles) or shadow mode (guest vs shadow tables, VMM traps).
 */
import { useState } from 'react';
import { DataTable } from '../../charts/DataTable';
import { ExportMenu } from '../../charts/ExportMenu';
import type { WidgetProps } from '../types';
import { AddressBits } from './AddressBits';
import { FaultPanel } from './FaultPanel';
import { NestedGrid } from './NestedGrid';
import { ShadowPanel } from './ShadowPanel';
import { TranslateForm } from './TranslateForm';
import { WalkSteps } from './WalkSteps';
import { readsTable, type PagingView } from './walk-view';

const MODES = [['native', 'Native'], ['nested', 'Nested (EPT)'], ['shadow', 'Shadow (VMM)']] as const;

export default function PageWalkWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as PagingView | null;
  const key = snap ? `${snap.stats.translations}:${sim.scenario.commands.length}` : '';
  const [stepState, setStepState] = useState({ key: '', shown: 0 });
  if (!snap) return null;
  const last = snap.last;
  const total = last?.reads.length ?? 0;
  const shown = stepState.key === key ? stepState.shown : total;
  const setShown = (n: number) => setStepState({ key, shown: Math.max(0, Math.min(total, n)) });
  const target = { minHeight: 'var(--target-min)' };
  const firstVa = String(sim.scenario.commands.find((c) => c.do === 'translate')?.va ?? '0x0000008080604abc');
  return (
    <div style={{ display: 'grid', gap: 'var(--space-3)' }}>
      <div className="row" style={{ gap: 'var(--space-2)', flexWrap: 'wrap', alignItems: 'end' }}>
        <label className="field">Mode
          <select value={snap.mode} disabled={readonly} style={target} onChange={(e) => sim.setParams({ ...sim.scenario.params, mode: e.target.value })}>
            {MODES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </label>
        <span className="muted">{snap.levels}-level paging{snap.hostLevels ? ` on a ${snap.hostLevels}-level ${snap.hostFormat?.toUpperCase()}` : ''} · CR3 root {snap.cr3Root}
          {' '}· {snap.stats.translations} translations, TLB hit rate {(100 * snap.stats.tlbHitRate).toFixed(0)} %, {snap.stats.vmExits} VM exits</span>
      </div>
      <TranslateForm sim={sim} readonly={readonly} initialVa={firstVa} />
      {!last ? <p className="muted">Translate an address to see its walk (or step forward in time through the scripted translations).</p> : (
        <>
          <AddressBits last={last} levels={snap.levels} />
          <FaultPanel last={last} />
          {total > 0 && (
            <div className="row" role="group" aria-label="Step through the walk" style={{ gap: 'var(--space-2)', flexWrap: 'wrap', alignItems: 'center' }}>
              <button type="button" style={target} onClick={() => setShown(0)}>Replay walk</button>
              <button type="button" style={target} onClick={() => setShown(shown - 1)} disabled={shown === 0}>◀ Back</button>
              <button type="button" style={target} onClick={() => setShown(shown + 1)} disabled={shown >= total}>Next reference ▶</button>
              <button type="button" style={target} onClick={() => setShown(total)} disabled={shown >= total}>Show all</button>
              <label className="row" style={{ gap: 'var(--space-1)', alignItems: 'center' }}>references shown
                <input type="range" min={0} max={total} value={shown} onChange={(e) => setShown(Number(e.target.value))} />
              </label>
              <span aria-live="polite">{shown} / {total}</span>
            </div>
          )}
          {snap.mode === 'nested' && snap.hostLevels && <NestedGrid sim={sim} readonly={readonly} last={last} shown={shown} hostLevels={snap.hostLevels} />}
          {snap.mode === 'shadow' && <ShadowPanel snap={snap} last={last} />}
          <WalkSteps sim={sim} readonly={readonly} last={last} shown={shown} hostFormat={snap.hostFormat} />
          <details>
            <summary>All entry reads as a table</summary>
            <DataTable caption={`Entry reads for ${last.va}`} table={readsTable(last.reads)} />
            <ExportMenu name="page-walk-reads" table={readsTable(last.reads)} json={() => last} />
          </details>
        </>
      )}
    </div>
  );
}
