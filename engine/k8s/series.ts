/**
 * Time series of the `k8s` scenario, sampled every `sampleEverySec`: pod and node counts, the
 * first Deployment's rollout (new/old ReplicaSets' replicas and availability with the surge and
 * unavailability limits) and the first HPA's metric, target and replica counts.
 */
import { createSeriesRecorder, type SeriesRecorder } from '../core/series';
import { nowSec, objectsOfKind, type ClusterState } from './cluster/state';
import { deploymentReplicaSets, templateHash } from './controllers/deployment';
import { resolveFenceposts } from './controllers/rollout-math';

export const SERIES_COLUMNS = [
  'podsTotal', 'podsRunning', 'podsReady', 'podsPending', 'nodesReady',
  'rolloutDesired', 'rolloutNewReplicas', 'rolloutNewAvailable', 'rolloutOldReplicas', 'rolloutOldAvailable', 'rolloutMaxTotal', 'rolloutMinAvailable',
  'hpaMetric', 'hpaTarget', 'hpaCurrentReplicas', 'hpaDesiredReplicas', 'hpaRecommendation', 'hpaStabilized',
] as const;

export function createK8sSeries(): SeriesRecorder {
  return createSeriesRecorder(SERIES_COLUMNS);
}

export function recordSample(s: ClusterState, rec: SeriesRecorder): void {
  const pods = [...s.pods.values()];
  const row: Record<string, number> = {
    podsTotal: pods.length, podsRunning: pods.filter((p) => p.status.phase === 'Running').length, podsReady: pods.filter((p) => p.status.ready).length,
    podsPending: pods.filter((p) => p.status.phase === 'Pending').length, nodesReady: [...s.nodes.values()].filter((n) => n.ready === 'True').length,
  };
  const d = objectsOfKind(s, 'Deployment')[0];
  if (d) {
    const hash = templateHash(d);
    const rss = deploymentReplicaSets(s, d);
    const fresh = rss.filter((r) => r.templateHash === hash);
    const old = rss.filter((r) => r.templateHash !== hash);
    const f = resolveFenceposts(d.rolling, d.replicas);
    Object.assign(row, {
      rolloutDesired: d.replicas, rolloutNewReplicas: fresh.reduce((n, r) => n + r.status.replicas, 0), rolloutNewAvailable: fresh.reduce((n, r) => n + r.status.available, 0),
      rolloutOldReplicas: old.reduce((n, r) => n + r.status.replicas, 0), rolloutOldAvailable: old.reduce((n, r) => n + r.status.available, 0),
      rolloutMaxTotal: d.replicas + (d.strategy === 'Recreate' ? 0 : f.maxSurge), rolloutMinAvailable: d.strategy === 'Recreate' ? 0 : d.replicas - Math.min(f.maxUnavailable, d.replicas),
    });
  }
  const h = objectsOfKind(s, 'HorizontalPodAutoscaler')[0];
  if (h) {
    const m = h.metrics[0];
    Object.assign(row, {
      hpaMetric: h.status.currentMetric ?? Number.NaN, hpaTarget: m && m.type === 'Resource' && m.targetType === 'Utilization' ? m.averageUtilization : Number.NaN,
      hpaCurrentReplicas: h.status.currentReplicas, hpaDesiredReplicas: h.status.desiredReplicas, hpaRecommendation: h.status.recommendation ?? Number.NaN, hpaStabilized: h.status.stabilized ?? Number.NaN,
    });
  }
  rec.record(nowSec(s), row);
}
