/**
 * Cluster view of the `k8s` scenario: one card per node (capacity bars, pods by status, taints,
 * conditions) with Fail/Recover and Cordon buttons; pod counts over time; the pods as a table;
 * the latest events. Failing a node shows the upstream sequence: NotReady after the grace period,
 * unreachable taints, eviction after tolerationSeconds, replacements on healthy nodes.
 */
import { ChartFrame } from '../../charts/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { LineChart } from '../../charts/LineChart';
import { seriesTable } from '../../charts/table-data';
import type { WidgetProps } from '../types';
import { NodeCard } from './NodeCard';
import type { ClusterSnapshot } from './types';
import './cluster.css';

export default function ClusterWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as ClusterSnapshot | null;
  if (!snap) return null;
  const s = sim.series;
  const table = seriesTable(s, [{ key: 'tSec', label: 'time', unit: 's' }, { key: 'podsReady', label: 'pods ready' }, { key: 'podsTotal', label: 'pods' }, { key: 'nodesReady', label: 'nodes ready' }]);
  const podTable = {
    columns: [{ key: 'name', label: 'NAME' }, { key: 'ready', label: 'READY' }, { key: 'status', label: 'STATUS' }, { key: 'restarts', label: 'RESTARTS' }, { key: 'node', label: 'NODE' }, { key: 'reason', label: 'SCHEDULING' }],
    rows: snap.pods.map((p) => [p.name, p.ready, p.status, p.restarts, p.node ?? '<none>', p.scheduledReason || '']),
  };
  const c = snap.counts;
  return (
    <div className="k8s-cluster">
      <p aria-live="polite">{c.nodesReady}/{c.nodes} nodes Ready · {c.podsReady}/{c.pods} pods Ready · {c.podsPending} Pending</p>
      <section className="k8s-nodes" aria-label="nodes">
        {snap.nodes.map((n) => (
          <NodeCard key={n.name} node={n} pods={snap.pods.filter((p) => p.node === n.name)} readonly={readonly}
            onCommand={(verb) => sim.dispatch({ do: verb, node: n.name })} />
        ))}
      </section>
      {snap.pods.some((p) => !p.node) && <p>Unscheduled: {snap.pods.filter((p) => !p.node).map((p) => p.name).join(', ')}</p>}
      <ChartFrame title="Pods and nodes over time" table={table}>
        <LineChart title="Pods and nodes over time" description={`${c.podsReady} pods ready, ${c.nodesReady} nodes ready at ${sim.tSec.toFixed(0)} s`}
          x={s.tSec ?? []} series={[{ key: 'ready', label: 'pods ready', values: s.podsReady ?? [] }, { key: 'total', label: 'pods', values: s.podsTotal ?? [], dash: '4 3' }, { key: 'nodes', label: 'nodes ready', values: s.nodesReady ?? [], dash: '1 3' }]}
          xLabel="time (s)" yLabel="count" markerX={sim.tSec} />
      </ChartFrame>
      <DataTable caption="Pods (kubectl get pods -o wide)" table={podTable} />
      <section aria-label="events"><h4>Events</h4>
        <ol className="k8s-events" tabIndex={0} aria-label="Latest events, newest first (scrollable)">{snap.events.slice(-12).reverse().map((e, i) => <li key={i}>{e.atSec.toFixed(1)} s · {e.type} · {e.reason} · {e.object}: {e.message}</li>)}</ol>
      </section>
    </div>
  );
}
