/** The translate form: address, access kind, privilege — and the TLB/CR3 operations beside it. */
import { useState } from 'react';
import type { SimulationHandle } from '../types';

export function TranslateForm({ sim, readonly, initialVa }: { sim: SimulationHandle; readonly: boolean; initialVa: string }) {
  const [va, setVa] = useState(initialVa);
  const [access, setAccess] = useState('read');
  const [user, setUser] = useState(false);
  const target = { minHeight: 'var(--target-min)' };
  return (
    <form className="row" style={{ flexWrap: 'wrap', gap: 'var(--space-2)', alignItems: 'end' }}
      onSubmit={(e) => { e.preventDefault(); sim.dispatch({ do: 'translate', va, access, user }); }}>
      <label className="field">Virtual address
        <input value={va} onChange={(e) => setVa(e.target.value)} disabled={readonly} spellCheck={false} style={{ fontFamily: 'var(--font-mono)', ...target }} />
      </label>
      <label className="field">Access
        <select value={access} onChange={(e) => setAccess(e.target.value)} disabled={readonly} style={target}>
          <option value="read">read</option><option value="write">write</option><option value="exec">execute</option>
        </select>
      </label>
      <label className="row" style={{ gap: 'var(--space-1)', alignItems: 'center', ...target }}>
        <input type="checkbox" checked={user} onChange={(e) => setUser(e.target.checked)} disabled={readonly} /> user mode (CPL 3)
      </label>
      <button type="submit" className="primary" disabled={readonly} style={target}>Translate</button>
      <button type="button" disabled={readonly} style={target} onClick={() => sim.dispatch({ do: 'invlpg', va })}>INVLPG</button>
      <button type="button" disabled={readonly} style={target} title="Reload CR3 with its current value (flushes non-global TLB entries)"
        onClick={() => sim.dispatch({ do: 'setCr3', cr3: (sim.snapshot?.cr3Root as string | undefined) ?? '0x1000' })}>MOV CR3</button>
    </form>
  );
}
