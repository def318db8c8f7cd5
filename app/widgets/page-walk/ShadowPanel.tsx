/** Shadow mode side by side: the guest's own tables (read by the VMM in software), the shadow tables the CPU walks, and the traps. */
import type { LastView, PagingView } from './walk-view';

export function ShadowPanel({ snap, last }: { snap: PagingView; last: LastView }) {
  const guest = last.reads.filter((r) => r.software);
  const shadow = last.reads.filter((r) => r.dim === 'shadow');
  const list = (title: string, reads: typeof guest) => (
    <div className="card" style={{ padding: 'var(--space-2)', minWidth: '16em', flex: 1 }}>
      <h4 style={{ margin: 0 }}>{title}</h4>
      {reads.length === 0 ? <p className="muted">none this time</p> : (
        <ol style={{ fontFamily: 'var(--font-mono)', fontSize: 'var(--font-size-small)' }}>
          {reads.map((r, i) => <li key={i}>L{r.level} {r.gpa ?? r.address}: {r.entry}</li>)}
        </ol>
      )}
    </div>
  );
  const leaf = last.shadowLeaf;
  return (
    <section aria-label="Shadow paging">
      <div className="row" style={{ gap: 'var(--space-2)', flexWrap: 'wrap', alignItems: 'stretch' }}>
        {list('Guest page table (VMM software walk)', guest)}
        {list('Shadow page table (hardware walk)', shadow)}
      </div>
      {leaf && (
        <p>Shadow leaf <code>{leaf.address}</code> = <code>{leaf.entry}</code>: R/W={leaf.decoded.RW ? 1 : 0} (writable only once the guest page is
          writable and dirty, and not a guest page table), U/S={leaf.decoded.US ? 1 : 0}, XD={leaf.decoded.XD ? 1 : 0} (copied from the guest walk).</p>
      )}
      <p className="muted">VM exits so far: {Object.entries(snap.stats.exitsByReason).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'};
        {' '}{snap.shadow?.writeProtectedGuestFrames ?? 0} guest page-table pages write-protected; {snap.shadow?.roots ?? 0} shadow roots.</p>
    </section>
  );
}
