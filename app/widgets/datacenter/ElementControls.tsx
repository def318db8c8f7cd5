/** Keyboard path to everything the canvas does: fail/repair any element, choose the two hosts. */
import { useId, useState } from 'react';
import type { DatacenterSnapshot } from './types';

export function ElementControls({ snap, readonly, onFail, onRepair, onSelect, onRepairAll }: {
  snap: DatacenterSnapshot; readonly: boolean;
  onFail: (id: string) => void; onRepair: (id: string) => void; onSelect: (from: string, to: string) => void; onRepairAll: () => void;
}) {
  const id = useId();
  const targets = [...snap.nodes.filter((n) => n.kind !== 'host').map((n) => n.id), ...snap.pdus.map((p) => p.id), ...snap.nodes.filter((n) => n.kind === 'host').map((n) => n.id)];
  const hosts = snap.nodes.filter((n) => n.kind === 'host').map((n) => n.id);
  const [target, setTarget] = useState(targets[0] ?? '');
  const [from, setFrom] = useState(snap.selected?.from ?? hosts[0] ?? '');
  const [to, setTo] = useState(snap.selected?.to ?? hosts[hosts.length - 1] ?? '');
  const failed = snap.failed.includes(target);
  return (
    <fieldset className="dc-controls" disabled={readonly}>
      <legend>Failures and paths</legend>
      <div className="row">
        <label className="field" htmlFor={`${id}-t`}>Element
          <select id={`${id}-t`} value={target} onChange={(e) => setTarget(e.target.value)}>
            {targets.map((t) => <option key={t} value={t}>{t}{snap.failed.includes(t) ? ' (failed)' : ''}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => (failed ? onRepair(target) : onFail(target))}>{failed ? 'Repair' : 'Fail'} {target}</button>
        <button type="button" disabled={snap.failed.length === 0} onClick={onRepairAll}>Repair all</button>
      </div>
      <div className="row">
        <label className="field" htmlFor={`${id}-f`}>From host
          <select id={`${id}-f`} value={from} onChange={(e) => setFrom(e.target.value)}>{hosts.map((h) => <option key={h}>{h}</option>)}</select>
        </label>
        <label className="field" htmlFor={`${id}-to`}>To host
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>{hosts.map((h) => <option key={h}>{h}</option>)}</select>
        </label>
        <button type="button" onClick={() => onSelect(from, to)}>Show ECMP paths</button>
      </div>
    </fieldset>
  );
}
