/**
 * The walk, one entry read at a time: which table, which index, the entry and its decoded bits
 * (editable, to cause faults on purpose), with the table's other non-zero entries on demand.
 */
import type { SimulationHandle } from '../types';
import { EntryBits } from './EntryBits';
import type { LastView, ReadView, TableView } from './walk-view';

const NAMES = ['', 'PT', 'PD', 'PDPT', 'PML4', 'PML5'];
const DIM_LABEL: Record<ReadView['dim'], string> = { native: 'native', guest: 'guest', host: 'EPT/NPT', shadow: 'shadow' };

function where(r: ReadView): { address: string; space: 'guest' | 'host'; editable: boolean } {
  if (r.dim === 'host') return { address: r.address, space: 'host', editable: true };
  if (r.dim === 'shadow') return { address: r.address, space: 'guest', editable: false };
  return { address: r.gpa ?? r.address, space: 'guest', editable: true };
}

function Neighbours({ table }: { table: TableView }) {
  return (
    <details>
      <summary>Table at {table.base}: {table.entries.length} non-zero {table.entries.length === 1 ? 'entry' : 'entries'}</summary>
      <ul style={{ fontFamily: 'var(--font-mono)', fontSize: 'var(--font-size-small)', margin: 0 }}>
        {table.entries.slice(0, 32).map((e) => (
          <li key={e.index} style={e.index === table.selected ? { fontWeight: 700 } : undefined}>[{e.index}] {e.entry}{e.index === table.selected ? ' ← selected' : ''}</li>
        ))}
      </ul>
    </details>
  );
}

interface Props { sim: SimulationHandle; readonly: boolean; last: LastView; shown: number; hostFormat: string | null }

export function WalkSteps({ sim, readonly, last, shown, hostFormat }: Props) {
  if (last.reads.length === 0) return <p className="muted">No paging structure was read{last.tlb !== 'miss' ? ` — the TLB answered (${last.tlb})` : ''}.</p>;
  return (
    <ol style={{ display: 'grid', gap: 'var(--space-2)', padding: 0, listStyle: 'none', margin: 0 }}>
      {last.reads.slice(0, shown).map((r, i) => {
        const w = where(r);
        const table = last.tables[i];
        const format = r.dim === 'host' && hostFormat === 'ept' ? 'ept' : 'x86';
        return (
          <li key={i} className="card" style={{ padding: 'var(--space-2)', borderLeft: `4px solid ${r.dim === 'host' ? 'var(--chart-2)' : r.dim === 'shadow' ? 'var(--chart-3)' : 'var(--chart-1)'}` }}>
            <div>
              <strong>{i + 1}. {DIM_LABEL[r.dim]} {r.dim === 'host' ? 'EPT ' : ''}{NAMES[r.level]}</strong>
              {r.software && <span className="badge" style={{ marginLeft: 'var(--space-1)' }}>VMM software read</span>}
              {r.during && <span className="muted"> — translating gPA {r.gpa} for the {r.during}</span>}
            </div>
            <div style={{ fontFamily: 'var(--font-mono)', fontSize: 'var(--font-size-small)' }}>
              entry [{table?.selected ?? '?'}] at {r.address}{r.gpa && r.dim !== 'host' ? ` (gPA ${r.gpa})` : ''} = {r.entry} → {String(r.decoded.address)}
            </div>
            <EntryBits sim={sim} readonly={readonly} entry={r.entry} address={w.address} format={format} space={w.space} editable={w.editable} />
            {table && <Neighbours table={table} />}
          </li>
        );
      })}
    </ol>
  );
}
