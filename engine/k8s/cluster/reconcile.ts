/**
 * One reconcile pass at the current instant: every controller's sync, then Services' endpoints,
 * then the scheduler for pending pods — repeated until nothing changes (a controller's action is
 * another's input), at most 20 rounds. This stands in for the informer-driven work queues of
 * kube-controller-manager and kube-scheduler, which react within milliseconds.
 * Simplification: controllers react instantly (no watch latency, no API-server rate limits).
 */
import { syncDaemonSet } from '../controllers/daemonset';
import { syncDeployment } from '../controllers/deployment';
import { syncEndpoints } from '../controllers/endpoints';
import { syncJob } from '../controllers/job';
import { syncReplicaSet } from '../controllers/replicaset';
import { syncStatefulSet } from '../controllers/statefulset';
import { syncVolumes } from '../controllers/volumes';
import { schedulePending } from './scheduling';
import type { ClusterState } from './state';

export function reconcile(s: ClusterState): void {
  s.reconcileQueued = true;
  for (let round = 0; round < 20; round++) {
    const before = s.mutations;
    for (const o of [...s.objects.values()]) {
      if (o.kind === 'Deployment') syncDeployment(s, o);
    }
    for (const o of [...s.objects.values()]) {
      if (o.kind === 'ReplicaSet') syncReplicaSet(s, o);
      else if (o.kind === 'DaemonSet') syncDaemonSet(s, o);
      else if (o.kind === 'StatefulSet') syncStatefulSet(s, o);
      else if (o.kind === 'Job') syncJob(s, o);
    }
    syncVolumes(s);
    schedulePending(s);
    syncEndpoints(s);
    if (s.mutations === before) break;
  }
  s.reconcileQueued = false;
}
