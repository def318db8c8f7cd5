/**
 * Region comparison: every region's intensity side by side, their means, and location shifting —
 * turn it on, set the latency budget and allowed jurisdictions, and see which jobs move and what
 * that saves.
 */
import { useId, useMemo } from 'react';
import type { SeriesBundle } from '../../../engine/core/series';
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { seriesTable, type TableData } from '../../charts/table-data';
import type { CarbonSnapshot } from './types';

export interface RegionComparisonProps {
  snap: CarbonSnapshot;
  series: SeriesBundle;
  nowHours: number;
  readonly: boolean;
  dispatch: (command: { do: string; [k: string]: unknown }) => void;
  onImport: (fileName: string, text: string) => void;
}

export function RegionComparison({ snap, series, nowHours, readonly, dispatch, onImport }: RegionComparisonProps) {
  const id = useId();
  const hours = useMemo(() => Float64Array.from(series.tSec ?? [], (t) => t / 3600), [series]);
  const loc = snap.location;
  const jurisdictions = [...new Set(snap.regions.map((r) => r.jurisdiction))];
  const setLocation = (next: Partial<CarbonSnapshot['location']>) => dispatch({ do: 'setLocation', location: { ...loc, ...next } });
  const lineTable = seriesTable(series, [{ key: 'tSec', label: 'time', unit: 's' }, ...snap.regions.map((r) => ({ key: `ci.${r.id}`, label: r.id, unit: 'gCO2e/kWh' }))]);
  const meanTable: TableData = { columns: [{ key: 'r', label: 'region' }, { key: 'm', label: 'mean', unit: 'gCO2e/kWh' }, { key: 'j', label: 'jurisdiction' }], rows: snap.regions.map((r) => [r.id, r.meanGPerKWh, r.jurisdiction]) };
  const moved = snap.jobs.filter((j) => j.region !== j.home);
  return (
    <div className="ct-regions">
      <ChartFrame title="Intensity by region" table={lineTable}>
        <LineChart title="Intensity by region" description={snap.regions.map((r) => `${r.id} ${r.nowGPerKWh} g now, mean ${r.meanGPerKWh}`).join('; ')}
          x={hours} series={snap.regions.map((r) => ({ key: r.id, label: `${r.id} — ${r.name}`, values: series[`ci.${r.id}`] ?? [] }))}
          xLabel="hours from the start (UTC)" yLabel="gCO2e/kWh" markerX={nowHours} />
      </ChartFrame>
      <ChartFrame title="Mean intensity over the horizon" table={meanTable}>
        <BarChart title="Mean intensity over the horizon" description={`Means of ${snap.regions.length} regions`} bars={snap.regions.map((r) => ({ label: r.id, value: r.meanGPerKWh }))} valueLabel="gCO2e/kWh" />
      </ChartFrame>
      <fieldset className="ct-controls" disabled={readonly}>
        <legend>Location shifting</legend>
        <label className="row"><input type="checkbox" checked={loc.enabled} onChange={(e) => setLocation({ enabled: e.target.checked })} /> Allow jobs to run in other regions</label>
        <div className="field">
          <label htmlFor={`${id}-lat`}>Latency budget, round trip (ms; empty = none)</label>
          <input id={`${id}-lat`} type="number" min={0} step={5} defaultValue={loc.maxLatencyMs ?? ''} key={loc.maxLatencyMs ?? 'none'}
            onBlur={(e) => setLocation({ maxLatencyMs: e.target.value === '' ? undefined : Number(e.target.value) })} />
        </div>
        <div role="group" aria-label="Data residency: allowed jurisdictions" className="row">
          {jurisdictions.map((j) => {
            const allowedSet = loc.residency?.length ? loc.residency : jurisdictions;
            const allowed = allowedSet.includes(j);
            const toggle = () => setLocation({ residency: allowed ? allowedSet.filter((x) => x !== j) : [...allowedSet, j] });
            return <label key={j}><input type="checkbox" checked={allowed} onChange={toggle} /> {j}</label>;
          })}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import a series (Electricity Maps CSV, WattTime or UK Carbon Intensity JSON, or timestamp,gCO2e/kWh CSV; times in UTC)</label>
        <input id={`${id}-file`} type="file" accept=".csv,.json,text/csv,application/json" disabled={readonly}
          onChange={(e) => { const file = e.target.files?.[0]; if (file) void file.text().then((text) => onImport(file.name, text)); }} />
        <p className="field-hint">The file is parsed by the engine; the horizon moves to start at the series' first day. Errors name the line.</p>
      </div>
      <p aria-live="polite">
        {loc.enabled ? `${moved.length} of ${snap.jobs.length} job runs moved region` : 'Location shifting is off'}; total {snap.totals.shiftedG.toFixed(0)} g vs {snap.totals.baselineG.toFixed(0)} g at home and on time ({snap.totals.savingPct.toFixed(1)} % saved).
      </p>
    </div>
  );
}
