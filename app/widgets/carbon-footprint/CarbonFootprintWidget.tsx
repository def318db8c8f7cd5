/**
 * Footprint calculator: a cloud workload → energy and emissions by the Cloud Carbon Footprint
 * method (compute, memory, storage, networking × PUE × grid factor, plus embodied), drawn as a
 * breakdown, with every coefficient's upstream source one click away, and the SCI score.
 */
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import type { TableData } from '../../charts/table-data';
import type { WidgetProps } from '../types';
import { WorkloadForm } from './WorkloadForm';
import type { FootprintParams, FootprintSnapshot } from './types';
import './carbon-footprint.css';

const INDUSTRY_PUE = 1.57; // Uptime Institute 2021 survey (refs/carbon-energy.md §6)
const fmt = (g: number): string => (g >= 10000 ? `${(g / 1000).toFixed(1)} kg` : `${g.toFixed(g < 10 ? 2 : 0)} g`);

export default function CarbonFootprintWidget({ sim, readonly = false }: WidgetProps) {
  const f = (sim.snapshot as { footprint?: FootprintSnapshot } | null)?.footprint;
  const params = sim.scenario.params as { footprint?: FootprintParams };
  if (!f || !params.footprint) return <p className="muted">This scenario has no footprint block.</p>;
  const parts = (['compute', 'memory', 'storage', 'networking', 'embodied'] as const).map((k) => ({ label: k, value: f.parts[k].co2eG, energyKWh: f.parts[k].energyKWh }));
  const table: TableData = {
    columns: [{ key: 'part', label: 'part' }, { key: 'kwh', label: 'energy incl. PUE', unit: 'kWh' }, { key: 'g', label: 'emissions', unit: 'gCO2e' }],
    rows: parts.map((p) => [p.label, p.energyKWh, p.value]),
  };
  const atIndustryPue = (f.operationalG * INDUSTRY_PUE) / f.pue + f.embodiedG;
  return (
    <div className="cf-widget">
      <section className="cf-summary" aria-live="polite" aria-label="Result">
        <p><strong>{fmt(f.totalG)} CO2e</strong> = {fmt(f.operationalG)} operational ({f.energyKWh.toFixed(2)} kWh × {f.gridGPerKWh} g/kWh) + {fmt(f.embodiedG)} embodied ({(f.embodiedShare * 100).toFixed(1)} %).</p>
        <p>SCI = (E·I + M) / R = <strong>{f.sci.value.toPrecision(3)} {f.sci.unit}</strong> over {f.sci.functionalUnits.toLocaleString('en')} units.</p>
        <p className="muted">PUE {f.pue}: at the industry-average PUE {INDUSTRY_PUE} the same workload would emit {fmt(atIndustryPue)}; at a perfect PUE 1.0, {fmt(f.operationalG / f.pue + f.embodiedG)}.</p>
      </section>
      <div className="cf-body">
        <WorkloadForm value={params.footprint} catalog={f.catalog} readonly={readonly} onChange={(next) => sim.setParams({ ...params, footprint: next })} />
        <ChartFrame title="Emissions by part" table={table}>
          <BarChart title="Emissions by part" description={parts.map((p) => `${p.label} ${fmt(p.value)}`).join(', ')} bars={parts.map((p) => ({ label: p.label, value: p.value }))} valueLabel="gCO2e" format={fmt} />
        </ChartFrame>
      </div>
      <section aria-labelledby="cf-coef-h">
        <h3 id="cf-coef-h">Coefficients used, with their sources</h3>
        <table className="data-table">
          <thead><tr><th scope="col">coefficient</th><th scope="col">value</th><th scope="col">source</th></tr></thead>
          <tbody>
            {Object.entries(f.coefficients).map(([k, c]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>{c.value} {c.unit}</td>
                <td><details><summary>source</summary>{c.source}</details></td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="field-hint">Method: Cloud Carbon Footprint (cloud-carbon-footprint/cloud-carbon-footprint, Methodology.md and packages/core estimators); SCI: Green Software Foundation SCI spec 1.1.0. Memory is counted as given (CCF counts only memory above the per-chip average on AWS/Azure).</p>
      </section>
    </div>
  );
}
