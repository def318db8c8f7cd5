/**
 * Admission of a new pod (the API server's admission chain, refs/kubernetes.md §2.5, §2.8):
 * the namespace must exist; LimitRange fills missing container requests/limits; ResourceQuota
 * rejects a pod that would exceed a hard limit or that leaves a quota-tracked request unset;
 * DefaultTolerationSeconds adds not-ready/unreachable NoExecute tolerations (300 s) to every pod
 * that lacks them.
 */
import { podRequests } from '../requests';
import type { Pod, Toleration } from '../types';
import { objectsOfKind, type ClusterState } from './state';

export const NOT_READY_TAINT = 'node.kubernetes.io/not-ready';
export const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable';

export function namespaceExists(s: ClusterState, ns: string): boolean {
  return ['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(ns) || s.objects.has(`Namespace//${ns}`);
}

function applyLimitRange(s: ClusterState, pod: Pod): void {
  for (const lr of objectsOfKind(s, 'LimitRange')) {
    if (lr.meta.namespace !== pod.meta.namespace) continue;
    for (const c of [...pod.spec.containers, ...pod.spec.initContainers]) {
      for (const [r, v] of Object.entries(lr.data.defaultLimit ?? {})) if (c.limits[r] === undefined) c.limits[r] = v;
      for (const [r, v] of Object.entries(lr.data.defaultRequest ?? {})) if (c.requests[r] === undefined) c.requests[r] = v;
      for (const [r, v] of Object.entries(c.limits)) if (c.requests[r] === undefined) c.requests[r] = v;
    }
  }
}

function quotaUsage(s: ClusterState, ns: string): Record<string, number> {
  const used: Record<string, number> = { pods: 0 };
  for (const p of s.pods.values()) {
    if (p.meta.namespace !== ns || p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
    used.pods!++;
    const req = podRequests(p.spec);
    for (const [r, v] of Object.entries(req)) used[`requests.${r}`] = (used[`requests.${r}`] ?? 0) + v;
    for (const c of p.spec.containers) for (const [r, v] of Object.entries(c.limits)) used[`limits.${r}`] = (used[`limits.${r}`] ?? 0) + v;
  }
  return used;
}

/** Returns '' when the pod is admitted, else the API server's reason. */
function checkQuota(s: ClusterState, pod: Pod): string {
  for (const q of objectsOfKind(s, 'ResourceQuota')) {
    if (q.meta.namespace !== pod.meta.namespace) continue;
    const hard = q.data.hard ?? {};
    const used = quotaUsage(s, pod.meta.namespace);
    const req = podRequests(pod.spec);
    const want: Record<string, number> = { pods: 1 };
    for (const [r, v] of Object.entries(req)) { want[`requests.${r}`] = v; want[r] = v; }
    for (const c of pod.spec.containers) for (const [r, v] of Object.entries(c.limits)) want[`limits.${r}`] = (want[`limits.${r}`] ?? 0) + v;
    for (const key of Object.keys(hard)) {
      const [kind, res] = key.includes('.') ? key.split('.') as [string, string] : ['requests', key];
      if (res !== 'pods' && pod.spec.containers.some((c) => (kind === 'limits' ? c.limits : c.requests)[res] === undefined)) {
        return `pods "${pod.meta.name}" is forbidden: failed quota: ${q.meta.name}: must specify ${key}`;
      }
      const usedKey = key.includes('.') || key === 'pods' ? key : `requests.${key}`;
      if ((used[usedKey] ?? 0) + (want[usedKey] ?? 0) > hard[key]!) {
        return `pods "${pod.meta.name}" is forbidden: exceeded quota: ${q.meta.name}, requested: ${key}, limited: ${key}`;
      }
    }
  }
  return '';
}

function addDefaultTolerations(s: ClusterState, pod: Pod, daemon: boolean): void {
  const seconds = daemon ? null : s.config.defaultTolerationSec;
  for (const key of [NOT_READY_TAINT, UNREACHABLE_TAINT]) {
    const has = pod.spec.tolerations.some((t) => (t.key === key || (t.key === '' && t.operator === 'Exists')) && (t.effect === 'NoExecute' || t.effect === ''));
    if (!has) pod.spec.tolerations.push({ key, operator: 'Exists', value: '', effect: 'NoExecute', tolerationSeconds: seconds });
  }
  if (daemon) {
    const extra: Toleration[] = ['node.kubernetes.io/unschedulable', 'node.kubernetes.io/disk-pressure', 'node.kubernetes.io/memory-pressure', 'node.kubernetes.io/pid-pressure']
      .map((key) => ({ key, operator: 'Exists', value: '', effect: 'NoSchedule', tolerationSeconds: null }));
    pod.spec.tolerations.push(...extra);
  }
}

/** Admits (mutating the pod) or returns the rejection reason. */
export function admitPod(s: ClusterState, pod: Pod): string {
  if (!namespaceExists(s, pod.meta.namespace)) return `namespaces "${pod.meta.namespace}" not found`;
  if (s.pods.has(`${pod.meta.namespace}/${pod.meta.name}`)) return `pods "${pod.meta.name}" already exists`;
  applyLimitRange(s, pod);
  const quota = checkQuota(s, pod);
  if (quota) return quota;
  addDefaultTolerations(s, pod, pod.meta.ownerKind === 'DaemonSet');
  return '';
}
