/**
 * Autoscaling view: utilization vs target; the HPA's raw recommendation, stabilized value and
 * the replicas it set; a load control (requests/s to the Service) and the controller's reasons.
 */
import { useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { seriesTable } from '../../charts/table-data';
import type { WidgetProps } from '../types';

interface HpaView { name: string; target: string; minReplicas: number; maxReplicas: number; targetUtilization: number | null; currentMetric: number | null; currentReplicas: number; desiredReplicas: number; recommendation: number | null; stabilized: number | null; ableToScaleReason: string; limitedReason: string; message: string; podGroups: { ready: number; unready: string[]; missing: string[] } }
interface Snap { hpas: HpaView[]; services: Array<{ name: string }> }

export default function AutoscalingWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as Snap | null;
  const [rps, setRps] = useState(60);
  if (!snap) return null;
  const h = snap.hpas[0];
  if (!h) return <p>No HorizontalPodAutoscaler in this scenario.</p>;
  const s = sim.series;
  const service = snap.services[0]?.name;
  const metricTable = seriesTable(s, [{ key: 'tSec', label: 'time', unit: 's' }, { key: 'hpaMetric', label: 'cpu utilization', unit: '%' }, { key: 'hpaTarget', label: 'target', unit: '%' }]);
  const replicaTable = seriesTable(s, [{ key: 'tSec', label: 'time', unit: 's' }, { key: 'hpaRecommendation', label: 'recommendation' }, { key: 'hpaStabilized', label: 'stabilized' }, { key: 'hpaDesiredReplicas', label: 'desired' }, { key: 'podsReady', label: 'pods ready' }]);
  return (
    <div className="k8s-hpa">
      <p aria-live="polite">{h.name} → {h.target}: cpu {h.currentMetric ?? '—'} % / {h.targetUtilization ?? '—'} %, replicas {h.currentReplicas} → {h.desiredReplicas} (min {h.minReplicas}, max {h.maxReplicas})</p>
      <dl className="row">
        <div><dt>Recommendation</dt><dd>{h.recommendation ?? '—'}</dd></div>
        <div><dt>Stabilized</dt><dd>{h.stabilized ?? '—'} ({h.ableToScaleReason || '—'})</dd></div>
        <div><dt>Limit</dt><dd>{h.limitedReason || '—'}</dd></div>
        <div><dt>Pods counted</dt><dd>{h.podGroups.ready} ready, {h.podGroups.unready.length} unready, {h.podGroups.missing.length} missing</dd></div>
      </dl>
      {h.message && <p className="alert alert-error">{h.message}</p>}
      {service && (
        <div className="row">
          <label className="field">Load on {service} (requests/s) <input type="number" min={0} step={10} value={rps} onChange={(e) => setRps(Number(e.target.value))} disabled={readonly} /></label>
          <button type="button" disabled={readonly} onClick={() => sim.dispatch({ do: 'setTraffic', service, requestsPerSec: rps })}>Set load</button>
        </div>
      )}
      <ChartFrame title="CPU utilization vs target" table={metricTable}>
        <LineChart title="CPU utilization vs target" description={`utilization ${h.currentMetric ?? 'unknown'} % against ${h.targetUtilization} %`} x={s.tSec ?? []} xLabel="time (s)" yLabel="% of request" markerX={sim.tSec}
          series={[{ key: 'm', label: 'utilization', values: s.hpaMetric ?? [], step: true }, { key: 't', label: 'target', values: s.hpaTarget ?? [], dash: '4 3' }]} />
      </ChartFrame>
      <ChartFrame title="Replicas: recommended, stabilized, set, ready" table={replicaTable}>
        <LineChart title="Replicas: recommended, stabilized, set, ready" description={`${h.desiredReplicas} replicas set`} x={s.tSec ?? []} xLabel="time (s)" yLabel="replicas" markerX={sim.tSec}
          series={[{ key: 'r', label: 'recommendation', values: s.hpaRecommendation ?? [], step: true, dash: '1 3' }, { key: 's', label: 'stabilized', values: s.hpaStabilized ?? [], step: true, dash: '4 3' },
            { key: 'd', label: 'desired (set)', values: s.hpaDesiredReplicas ?? [], step: true }, { key: 'p', label: 'pods ready', values: s.podsReady ?? [], step: true, dash: '6 2' }]} />
      </ChartFrame>
    </div>
  );
}
