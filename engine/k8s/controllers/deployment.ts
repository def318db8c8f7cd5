/**
 * Deployment controller (pkg/controller/deployment: sync.go, rolling.go, recreate.go, progress.go;
 * refs/kubernetes.md §2.3). Finds or creates the ReplicaSet for the current template
 * (`<name>-<pod-template-hash>`), then RollingUpdate: scale the new RS up within
 * replicas + maxSurge; scale old RSs down — unhealthy pods first — keeping replicas − maxUnavailable
 * available. Recreate: old RSs to 0, then the new one up. Tracks revisions, the progress deadline,
 * and prunes old RSs beyond revisionHistoryLimit.
 * Simplifications: the template hash is FNV-32a over the template's JSON (upstream hashes a Go dump of
 * the object, so names differ from a real cluster); scaling mid-rollout is not spread
 * proportionally (the rolling arithmetic converges instead).
 */
import { hashString } from '../../core/rng';
import { makeMeta } from '../defaults';
import { newUid, nowUs, objKey, objectsOfKind, recordEvent, requestReconcile, safeEncode, type ClusterState } from '../cluster/state';
import type { Deployment, ReplicaSet } from '../workload-types';
import { clone } from './pod-factory';
import { updateReplicaSetStatus } from './replicaset';
import { maxScaledDown, maxUnavailable, newRsReplicas } from './rollout-math';

export function templateHash(d: Deployment): string {
  return safeEncode(String(hashString(JSON.stringify(d.template) + (d.collisionCount ? String(d.collisionCount) : ''))));
}

export function deploymentReplicaSets(s: ClusterState, d: Deployment): ReplicaSet[] {
  return objectsOfKind(s, 'ReplicaSet').filter((r) => r.meta.ownerKind === 'Deployment' && r.meta.ownerName === d.meta.name && r.meta.namespace === d.meta.namespace)
    .sort((a, b) => a.meta.createdUs - b.meta.createdUs || a.meta.uid - b.meta.uid);
}

function scaleRs(s: ClusterState, d: Deployment, rs: ReplicaSet, to: number): void {
  if (rs.replicas === to) return;
  recordEvent(s, 'Normal', 'ScalingReplicaSet', `deployment/${d.meta.name}`, `Scaled ${to > rs.replicas ? 'up' : 'down'} replica set ${rs.meta.name} from ${rs.replicas} to ${to}`);
  rs.replicas = to;
  requestReconcile(s);
}

function findOrCreateNewRs(s: ClusterState, d: Deployment, all: ReplicaSet[]): ReplicaSet | null {
  const hash = templateHash(d);
  const maxRev = all.reduce((m, r) => Math.max(m, r.revision), 0);
  const existing = all.find((r) => r.templateHash === hash);
  if (existing) {
    if (existing.revision < maxRev) existing.revision = maxRev + 1;
    return existing;
  }
  if (d.paused) return null;
  const meta = makeMeta(`${d.meta.name}-${hash}`, d.meta.namespace, newUid(s), nowUs(s));
  meta.labels = { ...d.template.labels, 'pod-template-hash': hash };
  meta.ownerKind = 'Deployment';
  meta.ownerName = d.meta.name;
  const template = clone(d.template);
  template.labels = { ...template.labels, 'pod-template-hash': hash };
  const rs: ReplicaSet = {
    kind: 'ReplicaSet', meta, replicas: 0, template, minReadySec: d.minReadySec, revision: maxRev + 1, templateHash: hash,
    selector: { matchLabels: { ...d.selector.matchLabels, 'pod-template-hash': hash }, matchExpressions: d.selector.matchExpressions },
    status: { replicas: 0, ready: 0, available: 0 },
  };
  s.objects.set(objKey('ReplicaSet', meta.namespace, meta.name), rs);
  d.status.lastProgressUs = nowUs(s);
  return rs;
}

function rollingStep(s: ClusterState, d: Deployment, newRs: ReplicaSet, old: ReplicaSet[]): void {
  const all = [...old, newRs];
  const total = all.reduce((n, r) => n + r.replicas, 0);
  if (newRs.replicas > d.replicas) { scaleRs(s, d, newRs, d.replicas); return; }
  const target = newRsReplicas(d.replicas, d.rolling, total, newRs.replicas);
  if (target !== newRs.replicas) { scaleRs(s, d, newRs, target); return; }
  let budget = maxScaledDown(d.replicas, d.rolling, total, newRs.replicas, newRs.status.available);
  if (budget <= 0) return;
  for (const rs of old) {
    if (budget <= 0) break;
    const unhealthy = rs.replicas - rs.status.available;
    if (rs.replicas === 0 || unhealthy <= 0) continue;
    const n = Math.min(budget, unhealthy);
    scaleRs(s, d, rs, rs.replicas - n);
    budget -= n;
  }
  const minAvailable = d.replicas - maxUnavailable(d.rolling, d.replicas);
  let canDrop = all.reduce((n, r) => n + r.status.available, 0) - minAvailable;
  for (const rs of old) {
    if (canDrop <= 0) break;
    if (rs.replicas === 0) continue;
    const n = Math.min(rs.replicas, canDrop);
    scaleRs(s, d, rs, rs.replicas - n);
    canDrop -= n;
  }
}

function recreateStep(s: ClusterState, d: Deployment, newRs: ReplicaSet, old: ReplicaSet[]): void {
  for (const rs of old) scaleRs(s, d, rs, 0);
  if (old.some((rs) => rs.status.replicas > 0)) return;
  scaleRs(s, d, newRs, d.replicas);
}

function pruneHistory(s: ClusterState, d: Deployment, old: ReplicaSet[]): void {
  const idle = old.filter((r) => r.replicas === 0 && r.status.replicas === 0);
  for (const r of idle.slice(0, Math.max(0, idle.length - d.revisionHistoryLimit))) s.objects.delete(objKey('ReplicaSet', r.meta.namespace, r.meta.name));
}

export function syncDeployment(s: ClusterState, d: Deployment): void {
  const all = deploymentReplicaSets(s, d);
  all.forEach((r) => updateReplicaSetStatus(s, r));
  const newRs = findOrCreateNewRs(s, d, all);
  const old = all.filter((r) => r !== newRs);
  if (newRs && !d.paused) {
    if (d.strategy === 'Recreate') recreateStep(s, d, newRs, old);
    else rollingStep(s, d, newRs, old);
  } else if (newRs && newRs.replicas !== d.replicas && old.every((r) => r.replicas === 0)) scaleRs(s, d, newRs, d.replicas);
  updateDeploymentStatus(s, d, newRs, old);
  if (d.status.complete) pruneHistory(s, d, old);
}

function updateDeploymentStatus(s: ClusterState, d: Deployment, newRs: ReplicaSet | null, old: ReplicaSet[]): void {
  const all = newRs ? [...old, newRs] : old;
  const prev = d.status;
  const next = {
    replicas: all.reduce((n, r) => n + r.status.replicas, 0),
    updated: newRs?.status.replicas ?? 0,
    ready: all.reduce((n, r) => n + r.status.ready, 0),
    available: all.reduce((n, r) => n + r.status.available, 0),
  };
  const oldPods = old.reduce((n, r) => n + r.status.replicas, 0);
  const prevOld = prev.replicas - prev.updated;
  const progressed = next.updated > prev.updated || next.ready > prev.ready || next.available > prev.available || oldPods < prevOld;
  const complete = next.updated === d.replicas && next.available === d.replicas && next.replicas === d.replicas && (newRs?.replicas ?? 0) === d.replicas;
  const t = nowUs(s);
  const lastProgressUs = progressed || complete ? t : prev.lastProgressUs;
  let progressing: 'True' | 'False' = 'True';
  let reason = complete ? 'NewReplicaSetAvailable' : progressed ? 'ReplicaSetUpdated' : prev.progressReason;
  if (!complete && !d.paused && t - lastProgressUs > d.progressDeadlineSec * 1e6) {
    progressing = 'False';
    if (prev.progressReason !== 'ProgressDeadlineExceeded') recordEvent(s, 'Warning', 'ProgressDeadlineExceeded', `deployment/${d.meta.name}`, `ReplicaSet "${newRs?.meta.name}" has timed out progressing.`);
    reason = 'ProgressDeadlineExceeded';
  } else if (d.paused) reason = 'DeploymentPaused';
  if (!complete && !d.paused && progressing === 'True') requestReconcile(s, lastProgressUs + d.progressDeadlineSec * 1e6 + 1);
  d.status = { ...next, unavailable: Math.max(0, d.replicas - next.available), progressing, progressReason: reason, lastProgressUs, complete };
}
