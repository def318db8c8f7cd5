/**
 * "Why this node?": pick a scheduling decision and read the table of nodes × filters and plugin
 * scores (normalised, with the raw value in parentheses), the weights, the weighted totals and how
 * the tie was broken — the explanation kube-scheduler users keep asking for.
 */
import { useState } from 'react';
import { DataTable } from '../../charts/DataTable';
import { ExportMenu } from '../../charts/ExportMenu';
import type { WidgetProps } from '../types';
import { decisionTable } from './decision-table';
import type { WhySnapshot } from './types';

export default function WhyNodeWidget({ sim }: WidgetProps) {
  const snap = sim.snapshot as unknown as WhySnapshot | null;
  const [choice, setChoice] = useState(-1);
  if (!snap) return null;
  const list = snap.explanations;
  if (list.length === 0) return <p>No scheduling decision yet: apply a pod or advance time.</p>;
  const index = choice >= 0 && choice < list.length ? choice : list.length - 1;
  const e = list[index]!;
  const table = decisionTable(e);
  return (
    <div className="k8s-why">
      <div className="field">
        <label htmlFor="k8s-why-pick">Scheduling decision</label>
        <select id="k8s-why-pick" value={index} onChange={(ev) => setChoice(Number(ev.target.value))}>
          {list.map((x, i) => <option key={i} value={i}>{x.atSec.toFixed(1)} s — {x.pod} (attempt {x.attempt}): {x.winner ? `→ ${x.winner}` : 'unschedulable'}</option>)}
        </select>
      </div>
      <p aria-live="polite"><strong>{e.pod}</strong>: {e.message}</p>
      <p className="muted">
        {e.nodesExamined} of {e.nodesTotal} nodes examined (stop after {e.nodesToFind} feasible, start index {e.startIndex}).
        {e.skippedPlugins.length > 0 && ` Skipped score plugins: ${e.skippedPlugins.join(', ')}.`}
        {e.ties.length > 1 && ` Tie between ${e.ties.join(', ')}: chosen uniformly at random with the scenario's seed.`}
      </p>
      <div className="row"><ExportMenu name={`scheduling ${e.pod}`} table={table} json={() => e} /></div>
      <DataTable caption={`Filters and scores for ${e.pod} (weights after ×)`} table={table} />
    </div>
  );
}
