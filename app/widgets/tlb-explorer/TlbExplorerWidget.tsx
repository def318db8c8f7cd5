/**
 * The translation cost explorer: one workload under native, shadow, nested and nested + 2 MiB pages,
 * charted as references per access, estimated translation cycles and TLB hit rate, beside the
 * published findings (Bhargava et al. ASPLOS'08; Gandhi et al. ISCA'16) as reference notes.
 */
import { useEffect, useRef } from 'react';
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { LineChart } from '../../charts/LineChart';
import { chartColor, DASHES } from '../../charts/palette';
import type { WidgetProps } from '../types';
import { formFromParams, paramsFromForm, progressTable, summaryTable, type ComparisonView } from './explorer-view';
import { WorkloadForm } from './WorkloadForm';

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

export default function TlbExplorerWidget({ sim, readonly = false }: WidgetProps) {
  const comparison = (sim.snapshot?.comparison ?? null) as unknown as ComparisonView | null;
  const asked = useRef(false);
  useEffect(() => {
    if (!readonly && sim.snapshot && !comparison && !asked.current) {
      asked.current = true;
      sim.dispatch({ do: 'compareModes' });
    }
  }, [sim, readonly, comparison]);
  const run = (f: Parameters<typeof paramsFromForm>[1]) => {
    asked.current = true;
    sim.setParams(paramsFromForm(sim.scenario.params, f));
    sim.dispatch({ do: 'compareModes' });
  };
  const summary = comparison ? summaryTable(comparison) : null;
  return (
    <div style={{ display: 'grid', gap: 'var(--space-3)' }}>
      <WorkloadForm initial={formFromParams(sim.scenario.params)} disabled={readonly} onRun={run} />
      {!comparison || !summary ? <p className="muted" role="status">Running the workload under each mode…</p> : (
        <>
          <ChartFrame title="Page-table references per access" table={summary} format={fmt}>
            <BarChart title="Page-table references per access" description={comparison.runs.map((r) => `${r.label}: ${fmt(r.refsPerAccess)}`).join('; ')}
              bars={comparison.runs.map((r, i) => ({ label: r.label, value: r.refsPerAccess, color: chartColor(i) }))} format={fmt} valueLabel="references per access" />
          </ChartFrame>
          <ChartFrame title="Estimated translation cycles per access" table={summary} format={fmt}>
            <BarChart title="Estimated translation cycles per access" description={comparison.runs.map((r) => `${r.label}: ${fmt(r.cyclesPerAccess)} cycles (${r.vmExits} VM exits)`).join('; ')}
              bars={comparison.runs.map((r, i) => ({ label: r.label, value: r.cyclesPerAccess, color: chartColor(i) }))} format={fmt} valueLabel="cycles per access" />
          </ChartFrame>
          <ChartFrame title="TLB hit rate as the run proceeds" table={progressTable(comparison)} format={fmt}>
            <LineChart title="TLB hit rate as the run proceeds" description={comparison.runs.map((r) => `${r.label} ends at ${(100 * r.tlbHitRate).toFixed(1)} %`).join('; ')}
              x={comparison.runs[0]!.progress.accesses} xLabel="accesses" yLabel="hit rate" yDomain={[0, 1]} formatY={(v) => `${Math.round(v * 100)} %`}
              series={comparison.runs.map((r, i) => ({ key: r.label, label: r.label, values: r.progress.tlbHitRate, color: chartColor(i), dash: DASHES[i % DASHES.length] }))} />
          </ChartFrame>
          <DataTable caption="Summary per configuration" table={summary} format={fmt} />
          <aside className="card" style={{ padding: 'var(--space-2)' }} aria-label="Published findings">
            <strong>Published findings to compare with</strong>
            <ul>{comparison.notes.map((n) => <li key={n}>{n}</li>)}</ul>
            <p className="muted" style={{ fontSize: 'var(--font-size-small)' }}>Cycles come from a simple cost model (every reference costs the same; VM exit 1,350 cycles
              + 1,000 of VMM work); nested references have worse cache locality in reality, so nested costs here are a lower bound.</p>
          </aside>
        </>
      )}
    </div>
  );
}
