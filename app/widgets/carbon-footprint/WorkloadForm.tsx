/** The workload inputs of the footprint calculator; every change restarts the model with new params. */
import { useId } from 'react';
import type { FootprintParams, FootprintSnapshot } from './types';

export interface WorkloadFormProps {
  value: FootprintParams;
  catalog: FootprintSnapshot['catalog'];
  readonly: boolean;
  onChange: (next: FootprintParams) => void;
}

const NUMBERS: Array<[keyof FootprintParams, string, number?]> = [
  ['vcpuHours', 'vCPU-hours'], ['cpuUtilizationPct', 'CPU utilisation (%)', 100], ['memoryGbHours', 'Memory (GB-hours)'],
  ['ssdTbHours', 'SSD (TB-hours)'], ['hddTbHours', 'HDD (TB-hours)'], ['replicationFactor', 'Storage replication factor', 10],
  ['networkGb', 'Inter-region traffic (GB)'], ['functionalUnits', 'Functional units (R) for SCI'],
];

export function WorkloadForm({ value, catalog, readonly, onChange }: WorkloadFormProps) {
  const id = useId();
  const set = (patch: Partial<FootprintParams>) => onChange({ ...value, ...patch });
  const num = (raw: string): number | undefined => (raw === '' || !Number.isFinite(Number(raw)) ? undefined : Number(raw));
  return (
    <fieldset className="cf-form" disabled={readonly}>
      <legend>Workload</legend>
      <div className="field">
        <label htmlFor={`${id}-prov`}>Provider</label>
        <select id={`${id}-prov`} value={value.provider} onChange={(e) => set({ provider: e.target.value, region: catalog.regions[e.target.value]?.[0] ?? 'unknown' })}>
          {Object.keys(catalog.regions).map((p) => <option key={p} value={p}>{p.toUpperCase()}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reg`}>Region (grid factor)</label>
        <select id={`${id}-reg`} value={value.region} onChange={(e) => set({ region: e.target.value })}>
          {[...(catalog.regions[value.provider] ?? []), 'unknown'].map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-arch`}>CPU microarchitecture</label>
        <select id={`${id}-arch`} value={value.microarchitecture} onChange={(e) => set({ microarchitecture: e.target.value })}>
          {catalog.microarchitectures.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
      </div>
      {NUMBERS.map(([key, label, max]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input id={`${id}-${key}`} type="number" min={key === 'replicationFactor' ? 1 : 0} max={max} step="any" defaultValue={value[key] as number} key={String(value[key])}
            onBlur={(e) => { const v = num(e.target.value); if (v !== undefined && v !== value[key]) set({ [key]: v }); }} />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-pue`}>PUE (empty = the provider's CCF value)</label>
        <input id={`${id}-pue`} type="number" min={1} max={5} step={0.01} defaultValue={value.pue ?? ''} key={String(value.pue)}
          onBlur={(e) => set({ pue: num(e.target.value) })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>Functional unit name</label>
        <input id={`${id}-unit`} type="text" defaultValue={value.functionalUnit} onBlur={(e) => e.target.value && set({ functionalUnit: e.target.value })} />
      </div>
      <label className="row">
        <input type="checkbox" checked={!!value.embodied} onChange={(e) => set({ embodied: e.target.checked ? { hostKgCO2e: 1610.3792, instanceVcpus: 4, hostVcpus: 96, hours: 730 } : undefined })} />
        Include embodied emissions (CCF m5 host: 1.61 t, 96 vCPUs, 4-year life)
      </label>
    </fieldset>
  );
}
