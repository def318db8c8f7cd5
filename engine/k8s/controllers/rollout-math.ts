/**
 * Deployment rolling-update arithmetic (pkg/controller/deployment/util/deployment_util.go
 * ResolveFenceposts, NewRSNewReplicas; rolling.go reconcileOldReplicaSets;
 * refs/kubernetes.md §2.3). Percentages are of the desired replicas: maxSurge rounds up,
 * maxUnavailable rounds down; if both resolve to 0, maxUnavailable becomes 1.
 */
import type { RollingParams } from '../workload-types';

/** intstr.GetScaledValueFromIntOrPercent. */
export function scaledValue(v: string | number, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const pct = Number.parseInt(v.slice(0, -1), 10);
  const raw = (pct * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

export function resolveFenceposts(r: RollingParams, replicas: number): { maxSurge: number; maxUnavailable: number } {
  const maxSurge = scaledValue(r.maxSurge, replicas, true);
  let maxUnavailable = scaledValue(r.maxUnavailable, replicas, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

/** MaxUnavailable(): the resolved value, capped at replicas (0 for Recreate is handled by the caller). */
export function maxUnavailable(r: RollingParams, replicas: number): number {
  const { maxUnavailable: mu } = resolveFenceposts(r, replicas);
  return Math.min(mu, replicas);
}

/** NewRSNewReplicas for RollingUpdate: scale the new RS up within replicas + maxSurge. */
export function newRsReplicas(replicas: number, r: RollingParams, totalSpecReplicas: number, newRsSpec: number): number {
  const { maxSurge } = resolveFenceposts(r, replicas);
  const maxTotal = replicas + maxSurge;
  if (totalSpecReplicas >= maxTotal) return newRsSpec;
  const up = Math.min(maxTotal - totalSpecReplicas, replicas - newRsSpec);
  return newRsSpec + up;
}

/** reconcileOldReplicaSets' budget: allPods − minAvailable − unavailable pods of the new RS. */
export function maxScaledDown(replicas: number, r: RollingParams, allSpecReplicas: number, newRsSpec: number, newRsAvailable: number): number {
  const minAvailable = replicas - maxUnavailable(r, replicas);
  return allSpecReplicas - minAvailable - (newRsSpec - newRsAvailable);
}
