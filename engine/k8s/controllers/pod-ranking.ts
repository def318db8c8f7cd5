/**
 * Which pods a ReplicaSet deletes first on scale-down (pkg/controller/controller_utils.go
 * ActivePodsWithRanks, with LogarithmicScaleDown; refs/kubernetes.md §2.4):
 * unscheduled < scheduled; Pending < Unknown < Running; not ready < ready; lower
 * pod-deletion-cost; more pods of the same owner on the node; ready for less time (log2 buckets);
 * more restarts; created more recently (log2 buckets); then by UID.
 * Simplification: UIDs are deterministic counters, so the final tie-break is by creation order.
 */
import type { Pod } from '../types';

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function logRank(sinceUs: number | null, nowUs: number): number {
  if (sinceUs === null) return -1;
  const dNs = (nowUs - sinceUs) * 1000;
  return dNs > 0 ? Math.floor(Math.log2(dNs)) : -1;
}

const cost = (p: Pod): number => Number.parseInt(p.meta.annotations['controller.kubernetes.io/pod-deletion-cost'] ?? '0', 10) || 0;
const restarts = (p: Pod): number => p.status.containers.reduce((m, c) => Math.max(m, c.restartCount), 0);

/** Sorted copy: the first pods are the ones to delete. `related` are the owner's pods used for per-node ranks. */
export function rankForDeletion(pods: readonly Pod[], related: readonly Pod[], nowUs: number): Pod[] {
  const perNode = new Map<string, number>();
  for (const p of related) if (p.spec.nodeName && p.meta.deletionUs === null) perNode.set(p.spec.nodeName, (perNode.get(p.spec.nodeName) ?? 0) + 1);
  const rank = (p: Pod): number => (p.spec.nodeName ? perNode.get(p.spec.nodeName) ?? 0 : 0);
  const cmp = (a: Pod, b: Pod): number => {
    if (!a.spec.nodeName !== !b.spec.nodeName) return a.spec.nodeName ? 1 : -1;
    const pa = PHASE_RANK[a.status.phase] ?? 3;
    const pb = PHASE_RANK[b.status.phase] ?? 3;
    if (pa !== pb) return pa - pb;
    if (a.status.ready !== b.status.ready) return a.status.ready ? 1 : -1;
    if (cost(a) !== cost(b)) return cost(a) - cost(b);
    if (rank(a) !== rank(b)) return rank(b) - rank(a);
    if (a.status.ready && b.status.ready && a.status.readyTransitionUs !== b.status.readyTransitionUs) {
      const d = logRank(a.status.readyTransitionUs, nowUs) - logRank(b.status.readyTransitionUs, nowUs);
      if (d !== 0) return d;
    }
    if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
    const c = logRank(a.meta.createdUs, nowUs) - logRank(b.meta.createdUs, nowUs);
    if (c !== 0) return c;
    return b.meta.uid - a.meta.uid;
  };
  return [...pods].sort(cmp);
}
