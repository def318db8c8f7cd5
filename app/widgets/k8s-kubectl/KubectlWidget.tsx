/**
 * kubectl console: type kubectl commands (history with ↑/↓, completion with Tab) and read
 * kubectl-like tables; `apply -f` applies the YAML in the editor. Changing verbs are dispatched as
 * scenario commands, so the session records them and a permalink replays them.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';
import type { WidgetProps } from '../types';
import { complete, runKubectl } from './kubectl';
import type { KSnap } from './types';
import { YamlEditor } from './YamlEditor';

export default function KubectlWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as KSnap | null;
  const [line, setLine] = useState('kubectl get pods -o wide');
  const [log, setLog] = useState<string[]>([]);
  const [history, setHistory] = useState<string[]>([]);
  const [cursor, setCursor] = useState(-1);
  const [yaml, setYaml] = useState('');
  const onYaml = useCallback((v: string) => setYaml(v), []);
  if (!snap) return null;
  const run = () => {
    const r = runKubectl(line, snap, yaml);
    if (r.command && readonly) { setLog((l) => [...l, `$ ${line}`, 'error: this view is read-only']); return; }
    if (r.command) sim.dispatch(r.command);
    setLog((l) => [...l.slice(-200), `$ ${line}`, r.output]);
    setHistory((h) => [...h, line]);
    setCursor(-1);
    setLine('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') { e.preventDefault(); run(); }
    else if (e.key === 'ArrowUp' && history.length) { e.preventDefault(); const c = cursor < 0 ? history.length - 1 : Math.max(0, cursor - 1); setCursor(c); setLine(history[c]!); }
    else if (e.key === 'ArrowDown' && cursor >= 0) { e.preventDefault(); const c = cursor + 1; setCursor(c >= history.length ? -1 : c); setLine(c >= history.length ? '' : history[c]!); }
    else if (e.key === 'Tab') {
      const options = complete(line, snap);
      if (options.length === 0) return;
      e.preventDefault();
      if (options.length === 1) setLine(line.replace(/\S*$/, `${options[0]} `));
      else setLog((l) => [...l, options.join('  ')]);
    }
  };
  const lastApply = snap.applyResults.slice(-5);
  return (
    <div className="k8s-kubectl">
      <pre className="k8s-console" role="log" aria-live="polite" aria-label="kubectl output" style={{ maxHeight: '22rem', overflow: 'auto', background: 'var(--bg-sunken)', padding: 'var(--space-2)' }}>{log.join('\n') || 'Type a kubectl command, e.g. kubectl get nodes (Tab completes, ↑ recalls).'}</pre>
      {sim.error && <p className="alert alert-error">{sim.error.message}</p>}
      <div className="row">
        <label htmlFor="k8s-cmd">$</label>
        <input id="k8s-cmd" aria-label="kubectl command" value={line} onChange={(e) => setLine(e.target.value)} onKeyDown={onKey} style={{ flex: 1, fontFamily: 'var(--font-mono)' }} autoComplete="off" spellCheck={false} />
        <button type="button" onClick={run}>Run</button>
      </div>
      <YamlEditor value={yaml} onChange={onYaml} readonly={readonly} />
      {lastApply.length > 0 && (
        <ul aria-label="last apply results">{lastApply.map((r, i) => <li key={i}>{r.object} {r.action}{r.notSimulated.length ? ` — not simulated: ${r.notSimulated.join('; ')}` : ''}</li>)}</ul>
      )}
    </div>
  );
}
