/**
 * The datacenter view: the topology on a canvas (click to fail/repair), ECMP paths between two
 * hosts, reachability and bisection bandwidth under failures, rack PDUs, and the power/cooling
 * redundancy with its availability against the Uptime tiers.
 */
import { useState } from 'react';
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import type { TableData } from '../../charts/table-data';
import type { WidgetProps } from '../types';
import { ElementControls } from './ElementControls';
import { TopologyCanvas } from './TopologyCanvas';
import type { DatacenterSnapshot } from './types';
import './datacenter.css';

const pct = (a: number) => `${(a * 100).toFixed(4)} %`;

export default function DatacenterWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as DatacenterSnapshot | null;
  const [colorBy, setColorBy] = useState<'utilization' | 'power'>('utilization');
  if (!snap) return null;
  const params = sim.scenario.params;
  const toggle = (id: string) => sim.dispatch({ do: snap.failed.includes(id) ? 'repair' : 'fail', target: id });
  const f = snap.facility;
  const plantTable: TableData = {
    columns: [{ key: 'what', label: 'system' }, { key: 'scheme', label: 'redundancy' }, { key: 'units', label: 'units installed' }, { key: 'tol', label: 'failures tolerated' }, { key: 'a', label: 'availability', unit: '%' }],
    rows: [['UPS', f.ups.scheme, f.ups.unitsInstalled, f.ups.failuresTolerated, f.ups.availability * 100], ['cooling', f.cooling.scheme, f.cooling.unitsInstalled, f.cooling.failuresTolerated, f.cooling.availability * 100], ['site', '', null, null, f.site * 100]],
  };
  return (
    <div className="dc-widget">
      <dl className="dc-stats">
        <div><dt>Hosts down</dt><dd>{snap.downHosts} / {snap.hostCount}</dd></div>
        <div><dt>Switches down</dt><dd>{snap.downSwitches} / {snap.switchCount}</dd></div>
        <div><dt>Host pairs reachable</dt><dd>{snap.reachablePairsPct.toFixed(2)} %</dd></div>
        <div><dt>Bisection bandwidth</dt><dd>{snap.bisectionGbps.toFixed(1)} of {snap.fullBisectionGbps.toFixed(1)} Gbit/s</dd></div>
        <div><dt>ECMP paths {snap.selected ? `${snap.selected.from} → ${snap.selected.to}` : ''}</dt><dd>{snap.selected ? `${snap.selected.pathCount} (${snap.selected.hops} hops)` : '–'}</dd></div>
        <div><dt>IT power</dt><dd>{(snap.itPowerW / 1000).toFixed(2)} kW</dd></div>
      </dl>
      <div className="row">
        <label className="field">Colour hosts by
          <select value={colorBy} onChange={(e) => setColorBy(e.target.value as 'utilization' | 'power')}>
            <option value="utilization">utilization</option>
            <option value="power">power</option>
          </select>
        </label>
        <span className="muted">Squares are switches, dots hosts; red = down. Click an element to fail or repair it.</span>
      </div>
      <TopologyCanvas snap={snap} colorBy={colorBy} readonly={readonly} onToggle={toggle} />
      <ElementControls snap={snap} readonly={readonly} onFail={(id) => sim.dispatch({ do: 'fail', target: id })}
        onRepair={(id) => sim.dispatch({ do: 'repair', target: id })} onRepairAll={() => sim.dispatch({ do: 'repairAll' })}
        onSelect={(from, to) => sim.dispatch({ do: 'selectHosts', from, to })} />
      {snap.unpoweredRacks.length > 0 && <p className="alert alert-error">Racks without power: {snap.unpoweredRacks.join(', ')} (failed PDU, single feed).</p>}
      <section aria-labelledby="dc-plant-h">
        <h3 id="dc-plant-h">Power and cooling redundancy</h3>
        <div className="row">
          {(['ups', 'cooling'] as const).map((key) => (
            <label key={key} className="field">{key === 'ups' ? 'UPS' : 'Cooling'} scheme
              <select disabled={readonly} value={f[key].scheme} onChange={(e) => sim.setParams({ ...params, [key]: { ...(params[key] as object), scheme: e.target.value } })}>
                {['N', 'N+1', '2N', '2N+1'].map((s) => <option key={s}>{s}</option>)}
              </select>
            </label>
          ))}
          <label className="field">PDU feeds per rack
            <select disabled={readonly} value={String(params.pduFeeds ?? 1)} onChange={(e) => sim.setParams({ ...params, pduFeeds: Number(e.target.value) })}>
              <option value="1">1 (single)</option><option value="2">2 (A/B)</option>
            </select>
          </label>
        </div>
        <ChartFrame title="Availability by subsystem" table={plantTable} initialView="table">
          <BarChart title="Availability" description={`Site ${pct(f.site)}: ${f.downtimeHoursPerYear.toFixed(1)} h/year down, tier ${f.tier ?? 'below I'}`}
            bars={[{ label: 'UPS', value: f.ups.availability * 100 }, { label: 'cooling', value: f.cooling.availability * 100 }, { label: 'power source', value: f.source * 100 }, { label: 'site', value: f.site * 100 }]}
            valueLabel="availability (%)" domain={[99, 100]} />
        </ChartFrame>
        <p>Site availability {pct(f.site)} — about {f.downtimeHoursPerYear.toFixed(1)} hours down a year; meets the Uptime Institute's published figure for tier <strong>{f.tier ?? 'none (below tier I)'}</strong> (I 99.671 %, II 99.741 %, III 99.982 %, IV 99.995 %).</p>
      </section>
    </div>
  );
}
