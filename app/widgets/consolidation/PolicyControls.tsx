/** Live commands: switch policy or detector parameter from the current time on. */
import { useId, useState } from 'react';

const LIVE = ['DVFS', 'THR-MMT', 'THR-MU', 'IQR-MMT', 'MAD-MMT', 'LR-MMT', 'LR-MU', 'LR-MC', 'LR-RS'];

export function PolicyControls({ policy, readonly, onPolicy, onParameter }: {
  policy: string; readonly: boolean; onPolicy: (p: string) => void; onParameter: (v: number) => void;
}) {
  const id = useId();
  const [next, setNext] = useState(policy.split(':')[0] ?? 'LR-MMT');
  const [param, setParam] = useState('');
  const value = Number(param);
  return (
    <fieldset className="cs-controls" disabled={readonly}>
      <legend>Change the policy from now on</legend>
      <div className="row">
        <label className="field" htmlFor={`${id}-p`}>Policy
          <select id={`${id}-p`} value={next} onChange={(e) => setNext(e.target.value)}>
            {LIVE.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => onPolicy(next)}>Switch policy</button>
        <label className="field" htmlFor={`${id}-v`}>Threshold / safety parameter
          <input id={`${id}-v`} type="number" min={0} step={0.05} value={param} onChange={(e) => setParam(e.target.value)} />
        </label>
        <button type="button" disabled={param === '' || !(value >= 0)} onClick={() => onParameter(value)}>Set parameter</button>
      </div>
      <p className="field-hint">NPA cannot be switched to mid-run; pick it in the parameters instead (that restarts the day).</p>
    </fieldset>
  );
}
