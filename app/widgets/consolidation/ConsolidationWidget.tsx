/**
 * The consolidation dashboard: running totals (energy, migrations, SLA metrics), power and active
 * hosts over the day, the host map at the current moment (scrub with the time controls), live
 * policy changes, and the comparison of policies run to the end.
 */
import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { formatDurationSec } from '../../charts/scales';
import { seriesTable } from '../../charts/table-data';
import type { WidgetProps } from '../types';
import { ComparisonTable } from './ComparisonTable';
import { HostMap } from './HostMap';
import { PolicyControls } from './PolicyControls';
import type { ConsolidationSnapshot } from './types';
import './consolidation.css';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="cs-stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export default function ConsolidationWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as ConsolidationSnapshot | null;
  const s = sim.series;
  const migrationsPer100 = useMemo(() => (s.migrations ?? new Float64Array()).map((v) => v / 100), [s]);
  if (!snap) return null;
  const hours = (v: number) => (v / 3600).toFixed(1);
  const table = seriesTable(s, [
    { key: 'tSec', label: 'time', unit: 's' }, { key: 'powerW', label: 'power', unit: 'W' }, { key: 'activeHosts', label: 'active hosts' },
    { key: 'energyKWh', label: 'energy', unit: 'kWh' }, { key: 'migrations', label: 'migrations' }, { key: 'vmsAlive', label: 'VMs running' },
  ]);
  return (
    <div className="cs-widget">
      <dl className="cs-stats" aria-label={`Totals at ${formatDurationSec(sim.tSec)}`}>
        <Stat label="Policy" value={snap.policy} />
        <Stat label="Energy" value={`${snap.energyKWh.toFixed(2)} kWh`} />
        <Stat label="Migrations" value={String(snap.migrations)} />
        <Stat label="Active hosts" value={`${snap.activeHosts} / ${snap.hostCount}`} />
        <Stat label="Power now" value={`${(snap.powerW / 1000).toFixed(2)} kW`} />
        <Stat label="SLATAH" value={`${snap.sla.slatahPct.toFixed(2)} %`} />
        <Stat label="PDM" value={`${snap.sla.pdmPct.toFixed(3)} %`} />
        <Stat label="SLAV" value={`${(snap.sla.slavPct * 1000).toFixed(3)} ×10⁻⁵`} />
        <Stat label="ESV" value={`${(snap.esv * 1000).toFixed(4)} ×10⁻³`} />
        <Stat label="VMs running" value={`${snap.vmsAlive} / ${snap.vmCount}`} />
      </dl>
      <div className="cs-charts">
        <ChartFrame title="Power and active hosts over the day" table={table}>
          <LineChart title="Fleet power" description={`${(snap.powerW / 1000).toFixed(2)} kW with ${snap.activeHosts} hosts on at ${formatDurationSec(sim.tSec)}`}
            x={s.tSec ?? []} series={[{ key: 'p', label: 'power (W)', values: s.powerW ?? [], area: true }]}
            xLabel="time (h)" yLabel="W" formatX={hours} markerX={sim.tSec} xDomain={[0, 86400]} />
          <LineChart title="Active hosts and migrations" description={`${snap.migrations} migrations so far`}
            x={s.tSec ?? []} series={[{ key: 'a', label: 'active hosts', values: s.activeHosts ?? [], step: true }, { key: 'm', label: 'migrations (cumulative ÷ 100)', values: migrationsPer100 }]}
            xLabel="time (h)" formatX={hours} markerX={sim.tSec} xDomain={[0, 86400]} />
        </ChartFrame>
        {snap.hostUtilization && <HostMap utilization={snap.hostUtilization} tSec={sim.tSec} />}
      </div>
      <PolicyControls policy={snap.policy} readonly={readonly}
        onPolicy={(policy) => sim.dispatch({ do: 'setPolicy', policy })}
        onParameter={(value) => sim.dispatch({ do: 'setParameter', value })} />
      <ComparisonTable rows={snap.comparison} />
    </div>
  );
}
