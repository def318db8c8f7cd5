/**
 * ReplicaSet controller (pkg/controller/replicaset/replica_set.go manageReplicas): count active
 * pods; create the missing ones from the template; delete the surplus in ActivePodsWithRanks
 * order. Status counts replicas, ready and available (ready for minReadySeconds).
 * Simplification: creations are not batched in slow-start rounds (1, 2, 4 …) — all at once.
 */
import { deletePod } from '../cluster/pods';
import { nowUs, randomSuffix, requestReconcile, type ClusterState } from '../cluster/state';
import type { Pod } from '../types';
import type { ReplicaSet } from '../workload-types';
import { createFromTemplate, isActive, isAvailable, ownedPods } from './pod-factory';
import { rankForDeletion } from './pod-ranking';

/** Pods of every ReplicaSet owned by the same Deployment (the "related" pods for node ranks). */
function relatedPods(s: ClusterState, rs: ReplicaSet, own: Pod[]): Pod[] {
  if (rs.meta.ownerKind !== 'Deployment') return own;
  const out: Pod[] = [];
  for (const o of s.objects.values()) {
    if (o.kind === 'ReplicaSet' && o.meta.ownerName === rs.meta.ownerName && o.meta.namespace === rs.meta.namespace) out.push(...ownedPods(s, 'ReplicaSet', o.meta.namespace, o.meta.name));
  }
  return out;
}

export function updateReplicaSetStatus(s: ClusterState, rs: ReplicaSet): void {
  const active = ownedPods(s, 'ReplicaSet', rs.meta.namespace, rs.meta.name).filter(isActive);
  const t = nowUs(s);
  rs.status = {
    replicas: active.length,
    ready: active.filter((p) => p.status.ready).length,
    available: active.filter((p) => isAvailable(p, rs.minReadySec, t)).length,
  };
  if (rs.minReadySec > 0) {
    for (const p of active) {
      const due = p.status.ready && p.status.readyTransitionUs !== null ? p.status.readyTransitionUs + rs.minReadySec * 1e6 : 0;
      if (due > t) requestReconcile(s, due);
    }
  }
}

export function syncReplicaSet(s: ClusterState, rs: ReplicaSet): void {
  const own = ownedPods(s, 'ReplicaSet', rs.meta.namespace, rs.meta.name);
  const active = own.filter(isActive);
  // Failed pods of a ReplicaSet are replaced; the old object is removed (garbage collected).
  for (const p of own) if (p.status.phase === 'Failed' && p.meta.deletionUs === null) deletePod(s, p, 'Failed pod replaced');
  const diff = active.length - rs.replicas;
  if (diff < 0) {
    for (let i = 0; i < -diff; i++) {
      createFromTemplate(s, rs.template, rs.meta.namespace, `${rs.meta.name}-${randomSuffix(s)}`, 'ReplicaSet', rs.meta.name);
    }
  } else if (diff > 0) {
    const ranked = rankForDeletion(active, relatedPods(s, rs, own), nowUs(s));
    for (const p of ranked.slice(0, diff)) deletePod(s, p, 'Killing');
  }
  updateReplicaSetStatus(s, rs);
}
