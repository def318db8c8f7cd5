/** Policy and forecast controls: each change is a live command (recorded, so permalinks keep it). */
import { useId } from 'react';
import type { CarbonSnapshot } from './types';

export interface SchedulerControlsProps {
  snap: CarbonSnapshot;
  readonly: boolean;
  dispatch: (command: { do: string; [k: string]: unknown }) => void;
}

export function SchedulerControls({ snap, readonly, dispatch }: SchedulerControlsProps) {
  const id = useId();
  const policy = snap.policy;
  const forecast = snap.forecast;
  const setForecast = (next: Record<string, unknown>) => dispatch({ do: 'setForecast', forecast: { method: forecast.method, ...next } });
  return (
    <fieldset className="ct-controls" disabled={readonly}>
      <legend>Scheduler</legend>
      <div className="field">
        <label htmlFor={`${id}-policy`}>Policy</label>
        <select id={`${id}-policy`} value={policy.type} onChange={(e) => dispatch({ do: 'setPolicy', policy: e.target.value === 'threshold' ? { type: 'threshold', thresholdGPerKWh: Math.round(snap.regions[0]?.meanGPerKWh ?? 200) } : { type: e.target.value } })}>
          <option value="none">none (run at the nominal time)</option>
          <option value="best-window">best window (lowest forecast mean)</option>
          <option value="threshold">threshold (first slot under a limit)</option>
        </select>
      </div>
      {policy.type === 'threshold' && (
        <div className="field">
          <label htmlFor={`${id}-thr`}>Threshold (gCO2e/kWh)</label>
          <input id={`${id}-thr`} type="number" min={0} step={10} defaultValue={policy.thresholdGPerKWh} key={policy.thresholdGPerKWh}
            onBlur={(e) => dispatch({ do: 'setPolicy', policy: { type: 'threshold', thresholdGPerKWh: Number(e.target.value) } })} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-fc`}>Forecast</label>
        <select id={`${id}-fc`} value={forecast.method} onChange={(e) => dispatch({ do: 'setForecast', forecast: { method: e.target.value } })}>
          <option value="perfect">perfect</option>
          <option value="noise">Gaussian noise (σ = error × mean)</option>
          <option value="persistence">persistence (same time yesterday)</option>
          <option value="moving-average">moving average of the same hour</option>
        </select>
      </div>
      {forecast.method === 'noise' && (
        <div className="field">
          <label htmlFor={`${id}-err`}>Forecast error: {Math.round((forecast.errorFraction ?? 0) * 100)} % of the mean</label>
          <input id={`${id}-err`} type="range" min={0} max={50} step={1} value={Math.round((forecast.errorFraction ?? 0) * 100)}
            onChange={(e) => setForecast({ errorFraction: Number(e.target.value) / 100 })} />
        </div>
      )}
      {forecast.method === 'moving-average' && (
        <div className="field">
          <label htmlFor={`${id}-days`}>Days averaged</label>
          <input id={`${id}-days`} type="number" min={1} max={28} defaultValue={forecast.days ?? 7} key={forecast.days}
            onBlur={(e) => setForecast({ days: Number(e.target.value) })} />
        </div>
      )}
    </fieldset>
  );
}
