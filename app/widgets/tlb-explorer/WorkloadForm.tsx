/** The workload and cache settings of the cost explorer; "Run" restarts with them and compares the modes. */
import { useState } from 'react';
import type { ExplorerForm } from './explorer-view';

interface Props { initial: ExplorerForm; disabled: boolean; onRun: (f: ExplorerForm) => void }

const NUMBERS: Array<[keyof ExplorerForm, string, number, number, number]> = [
  ['workingSetMiB', 'Working set (MiB)', 0.004, 65536, 1], ['accesses', 'Accesses', 1000, 2000000, 1000], ['zipfExponent', 'Zipf exponent s', 0, 4, 0.01],
  ['writeFraction', 'Write fraction', 0, 1, 0.05], ['processes', 'Processes', 1, 64, 1], ['switchEvery', 'Accesses per context switch (0 = none)', 0, 1e7, 100],
  ['ptWriteEvery', 'Accesses per guest PTE update (0 = none)', 0, 1e7, 100], ['pscEntries', 'Paging-structure cache entries / level', 0, 64, 1],
  ['nestedTlbEntries', 'Nested TLB entries', 0, 1024, 8],
];

export function WorkloadForm({ initial, disabled, onRun }: Props) {
  const [f, setF] = useState(initial);
  const target = { minHeight: 'var(--target-min)' };
  return (
    <form onSubmit={(e) => { e.preventDefault(); onRun(f); }} style={{ display: 'grid', gap: 'var(--space-2)', gridTemplateColumns: 'repeat(auto-fill, minmax(13em, 1fr))', alignItems: 'end' }}>
      <label className="field">Access pattern
        <select value={f.pattern} disabled={disabled} style={target} onChange={(e) => setF({ ...f, pattern: e.target.value })}>
          <option value="sequential">sequential (64 B stride)</option><option value="strided">strided (4 KiB stride)</option>
          <option value="uniform">uniform random</option><option value="zipf">Zipf</option>
        </select>
      </label>
      {NUMBERS.map(([key, label, min, max, step]) => (
        <label key={key} className="field">{label}
          <input type="number" min={min} max={max} step={step} value={f[key] as number} disabled={disabled} style={target}
            onChange={(e) => setF({ ...f, [key]: Number(e.target.value) })} />
        </label>
      ))}
      <label className="row" style={{ gap: 'var(--space-1)', alignItems: 'center', ...target }}>
        <input type="checkbox" checked={f.tagged} disabled={disabled} onChange={(e) => setF({ ...f, tagged: e.target.checked })} /> tagged TLB (PCID / VPID)
      </label>
      <label className="row" style={{ gap: 'var(--space-1)', alignItems: 'center', ...target }}>
        <input type="checkbox" checked={f.warmup} disabled={disabled} onChange={(e) => setF({ ...f, warmup: e.target.checked })} /> warm up first (steady state)
      </label>
      <button type="submit" className="primary" disabled={disabled} style={target}>Run the comparison</button>
    </form>
  );
}
