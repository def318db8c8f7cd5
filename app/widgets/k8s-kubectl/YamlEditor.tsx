/**
 * The manifest editor: a plain textarea (keyboard- and screen-reader-friendly, works everywhere)
 * that can be switched to Monaco with YAML highlighting, loaded only on demand.
 */
import { useEffect, useRef, useState } from 'react';

export function YamlEditor({ value, onChange, readonly }: { value: string; onChange: (v: string) => void; readonly: boolean }) {
  const [rich, setRich] = useState(false);
  const [failed, setFailed] = useState('');
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(value);
  useEffect(() => { latest.current = value; }, [value]);
  useEffect(() => {
    if (!rich || !host.current) return;
    let handle: { dispose(): void } | null = null;
    let cancelled = false;
    const dark = document.documentElement.dataset.theme === 'dark' || (!document.documentElement.dataset.theme && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
    import('./monaco-yaml')
      .then((m) => { if (!cancelled && host.current) handle = m.createYamlEditor(host.current, latest.current, Boolean(dark), onChange); })
      .catch((e: unknown) => { setFailed(String(e)); setRich(false); });
    return () => { cancelled = true; handle?.dispose(); };
  }, [rich, onChange]);
  return (
    <div className="k8s-yaml">
      <div className="row">
        <label htmlFor="k8s-yaml-text">Manifest (YAML, used by <code>kubectl apply -f</code>)</label>
        <button type="button" aria-pressed={rich} disabled={readonly} onClick={() => setRich(!rich)}>{rich ? 'Plain editor' : 'Monaco editor'}</button>
      </div>
      {failed && <p className="alert alert-error">Monaco could not load: {failed}</p>}
      {rich
        ? <div ref={host} className="k8s-yaml-monaco" style={{ height: '16rem', border: '1px solid var(--border-strong)' }} />
        : <textarea id="k8s-yaml-text" value={value} rows={14} spellCheck={false} readOnly={readonly} onChange={(e) => onChange(e.target.value)} style={{ width: '100%', fontFamily: 'var(--font-mono)' }} />}
    </div>
  );
}
