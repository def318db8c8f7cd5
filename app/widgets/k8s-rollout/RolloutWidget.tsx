/**
 * Rollout timeline: new and old ReplicaSets' pods and available pods over time, with the ceiling
 * replicas + maxSurge and the floor replicas − maxUnavailable; buttons to change the image, undo,
 * pause and resume; the ReplicaSets with their revisions.
 */
import { useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { LineChart } from '../../charts/LineChart';
import { seriesTable } from '../../charts/table-data';
import type { WidgetProps } from '../types';

interface Dep { name: string; desired: number; updated: number; available: number; maxSurge: number; maxUnavailable: number; revision: number; paused: boolean; complete: boolean; progressReason: string; images: string[] }
interface Rs { name: string; owner: string | null; revision: number; desired: number; ready: number; available: number; images: string[] }
interface Snap { deployments: Dep[]; replicaSets: Rs[] }

const COLS = [
  { key: 'tSec', label: 'time', unit: 's' }, { key: 'rolloutNewReplicas', label: 'new RS pods' }, { key: 'rolloutNewAvailable', label: 'new RS available' },
  { key: 'rolloutOldReplicas', label: 'old RS pods' }, { key: 'rolloutOldAvailable', label: 'old RS available' },
  { key: 'rolloutMaxTotal', label: 'max pods (replicas + maxSurge)' }, { key: 'rolloutMinAvailable', label: 'min available (replicas − maxUnavailable)' },
];

export default function RolloutWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as Snap | null;
  const [image, setImage] = useState('nginx:1.25');
  if (!snap) return null;
  const d = snap.deployments[0];
  if (!d) return <p>No Deployment in this scenario.</p>;
  const s = sim.series;
  const cmd = (c: Record<string, unknown>) => sim.dispatch({ deployment: d.name, ...c } as never);
  const rsTable = { columns: [{ key: 'name', label: 'ReplicaSet' }, { key: 'rev', label: 'revision' }, { key: 'img', label: 'image' }, { key: 'desired', label: 'desired' }, { key: 'ready', label: 'ready' }, { key: 'available', label: 'available' }],
    rows: snap.replicaSets.filter((r) => r.owner === d.name).map((r) => [r.name, r.revision, r.images.join(', '), r.desired, r.ready, r.available]) };
  return (
    <div className="k8s-rollout">
      <p aria-live="polite">deployment/{d.name}: {d.updated}/{d.desired} updated, {d.available} available · revision {d.revision} · maxSurge {d.maxSurge}, maxUnavailable {d.maxUnavailable} · {d.complete ? 'rollout complete' : d.progressReason}{d.paused ? ' (paused)' : ''}</p>
      <div className="row">
        <label className="field">New image <input value={image} onChange={(e) => setImage(e.target.value)} disabled={readonly} /></label>
        <button type="button" disabled={readonly} onClick={() => cmd({ do: 'setImage', image })}>Update image</button>
        <button type="button" disabled={readonly} onClick={() => cmd({ do: 'rolloutUndo' })}>Undo rollout</button>
        <button type="button" disabled={readonly} onClick={() => cmd({ do: d.paused ? 'rolloutResume' : 'rolloutPause' })}>{d.paused ? 'Resume' : 'Pause'}</button>
      </div>
      <ChartFrame title="Rollout: old and new ReplicaSets" table={seriesTable(s, COLS)}>
        <LineChart title="Rollout: old and new ReplicaSets" description={`${d.updated} of ${d.desired} pods updated at ${sim.tSec.toFixed(0)} s`}
          x={s.tSec ?? []} xLabel="time (s)" yLabel="pods" markerX={sim.tSec}
          series={[
            { key: 'new', label: 'new RS pods', values: s.rolloutNewReplicas ?? [], step: true },
            { key: 'newA', label: 'new RS available', values: s.rolloutNewAvailable ?? [], step: true, dash: '4 2' },
            { key: 'old', label: 'old RS pods', values: s.rolloutOldReplicas ?? [], step: true },
            { key: 'oldA', label: 'old RS available', values: s.rolloutOldAvailable ?? [], step: true, dash: '4 2' },
            { key: 'max', label: 'replicas + maxSurge', values: s.rolloutMaxTotal ?? [], step: true, dash: '1 3' },
            { key: 'min', label: 'replicas − maxUnavailable', values: s.rolloutMinAvailable ?? [], step: true, dash: '1 3' },
          ]} />
      </ChartFrame>
      <DataTable caption="ReplicaSets (kubectl get rs)" table={rsTable} />
    </div>
  );
}
