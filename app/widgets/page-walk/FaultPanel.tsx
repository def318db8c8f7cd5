/** The outcome of the last translation in words: the physical address, or the fault and its error code. */
import { errorCodeText, type LastView } from './walk-view';

export function FaultPanel({ last }: { last: LastView }) {
  const f = last.fault;
  return (
    <div aria-live="polite">
      {last.ok ? (
        <p className="alert alert-ok" style={{ margin: 0 }}>
          {last.va} → {last.gpa ? <>gPA <code>{last.gpa}</code> → hPA </> : 'PA '}<code>{last.pa}</code> ({last.pageSize} page
          {last.hostPageSize ? `, ${last.hostPageSize} host page` : ''}); TLB: {last.tlb}; {last.references} references
          {last.hostReferences > 0 ? ` (${last.guestReferences} guest + ${last.hostReferences} host)` : ''}.
        </p>
      ) : f ? (
        <div className="alert alert-error" role="alert">
          <strong>{f.vector}{f.kind !== 'non-canonical' ? ` — ${f.kind}` : ''}</strong>{f.level > 0 ? ` at level ${f.level} (${f.dim})` : ''}.{' '}
          {f.explanation}
          {f.vector === '#PF' && <> Error code {errorCodeText(f)}; CR2 = <code>{f.cr2 ?? last.va}</code>.</>}
          {f.gpa && <> Faulting gPA <code>{f.gpa}</code> during the {f.during}.</>}
          {f.exit ? ' This needs a VM exit.' : ' No VM exit: the guest handles it.'}
          {f.injected ? ' The VMM injected it into the guest.' : ''}
        </div>
      ) : null}
      {last.vmExits.length > 0 && (
        <ul aria-label="VM exits" style={{ margin: 'var(--space-1) 0' }}>
          {last.vmExits.map((e, i) => <li key={i}><span className="badge">VM exit: {e.reason}</span> {e.detail}</li>)}
        </ul>
      )}
    </div>
  );
}
