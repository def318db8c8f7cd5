/** One paging-structure entry with its decoded bits as toggle buttons: flipping one writes the entry. */
import type { SimulationHandle } from '../types';
import { EPT_BITS, X86_BITS, bitIsSet, toggleBit } from './walk-view';

interface Props { sim: SimulationHandle; readonly: boolean; entry: string; address: string; format: 'x86' | 'ept'; space: 'guest' | 'host'; editable: boolean }

export function EntryBits({ sim, readonly, entry, address, format, space, editable }: Props) {
  const defs = format === 'ept' ? EPT_BITS : X86_BITS;
  return (
    <div role="group" aria-label={`Bits of entry ${address}`} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--space-1)' }}>
      {defs.map((d) => {
        const on = bitIsSet(entry, d.bit);
        return (
          <button key={d.bit} type="button" aria-pressed={on} disabled={readonly || !editable}
            title={`bit ${d.bit} ${d.name}: ${d.title} — click to flip (writes the entry, no TLB flush)`}
            onClick={() => sim.dispatch({ do: 'writeEntry', address, entry: toggleBit(entry, d.bit), space })}
            style={{ minHeight: 'var(--target-min)', minWidth: '2.6em', fontFamily: 'var(--font-mono)', background: on ? 'var(--accent-soft)' : 'var(--bg)', border: `1px solid ${on ? 'var(--accent)' : 'var(--border)'}` }}>
            {d.name}={on ? 1 : 0}
          </button>
        );
      })}
    </div>
  );
}
