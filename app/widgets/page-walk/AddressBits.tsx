/** The linear address as a bit field: sign extension, one colour-coded 9-bit index per level, the offset. */
import { chartColor } from '../../charts/palette';
import { addressSegments, type LastView } from './walk-view';

export function AddressBits({ last, levels }: { last: LastView; levels: number }) {
  const segs = addressSegments(last, levels);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="muted" style={{ fontSize: 'var(--font-size-small)' }}>
        Linear address <code>{last.va}</code> {last.canonical ? '(canonical)' : '(NOT canonical: #GP, no table is read)'}
      </figcaption>
      <ol aria-label="Address bit fields" style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--space-1)', listStyle: 'none', padding: 0, margin: 'var(--space-2) 0' }}>
        {segs.map((s) => (
          <li key={s.label} style={{ border: `2px solid ${chartColor(s.colorIndex)}`, borderRadius: 'var(--radius)', padding: 'var(--space-1) var(--space-2)', background: 'var(--bg-elevated)' }}>
            <div style={{ fontWeight: 600 }}>{s.label} <span className="muted">bits {s.bits}</span></div>
            <code style={{ fontFamily: 'var(--font-mono)' }}>{s.value}</code>
          </li>
        ))}
      </ol>
    </figure>
  );
}
