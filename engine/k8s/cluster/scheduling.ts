/**
 * The scheduling queue (PrioritySort: higher priority first, then older first): every pending,
 * not-yet-bound pod gets one scheduling cycle per reconcile pass; the cycle's explanation record is
 * kept (bounded by `explanationLimit`; a repeated identical failure replaces the previous record).
 * Also supplies the scheduler's cluster lookups: the default spread selector (owner's selector and
 * Services selecting the pod) and the VolumeBinding PreFilter (claims must exist).
 * Simplification: unschedulable pods are retried on every cluster change, without back-off.
 */
import type { Rng } from '../../core/rng';
import { createClusterCache } from '../scheduler/node-info';
import type { SchedulerProfile } from '../scheduler/profile';
import { scheduleOne, type SchedulerContext } from '../scheduler/schedule-one';
import { labelsMatchMap } from '../selectors';
import type { LabelSelector, Pod } from '../types';
import { bindPod, podLabel } from './pods';
import { nowSec, objKey, objectsOfKind, recordEvent, type ClusterState } from './state';

export function createSchedulerContext(profile: SchedulerProfile, rng: Rng, state: () => ClusterState): SchedulerContext {
  return {
    cache: createClusterCache(), profile, rng, nextStartIndex: 0, detailed: true,
    defaultSpreadSelector: (pod) => defaultSelector(state(), pod),
    preFilterReason: (pod) => claimProblem(state(), pod),
  };
}

function defaultSelector(s: ClusterState, pod: Pod): LabelSelector | null {
  const sel: LabelSelector = { matchLabels: {}, matchExpressions: [] };
  let found = false;
  for (const svc of objectsOfKind(s, 'Service')) {
    if (svc.meta.namespace === pod.meta.namespace && svc.selector && Object.keys(svc.selector).length && labelsMatchMap(svc.selector, pod.meta.labels)) {
      Object.assign(sel.matchLabels, svc.selector);
      found = true;
    }
  }
  if (pod.meta.ownerKind === 'ReplicaSet' || pod.meta.ownerKind === 'StatefulSet') {
    const owner = s.objects.get(objKey(pod.meta.ownerKind, pod.meta.namespace, pod.meta.ownerName));
    if (owner && (owner.kind === 'ReplicaSet' || owner.kind === 'StatefulSet')) {
      Object.assign(sel.matchLabels, owner.selector.matchLabels);
      sel.matchExpressions.push(...owner.selector.matchExpressions);
      found = true;
    }
  }
  return found ? sel : null;
}

function claimProblem(s: ClusterState, pod: Pod): string {
  for (const name of pod.spec.claimNames) {
    const claim = s.objects.get(objKey('PersistentVolumeClaim', pod.meta.namespace, name));
    if (!claim) return `persistentvolumeclaim "${name}" not found`;
    if (claim.kind === 'PersistentVolumeClaim' && claim.data.phase !== 'Bound') return 'pod has unbound immediate PersistentVolumeClaims';
  }
  return '';
}

function pendingPods(s: ClusterState): Pod[] {
  const out: Pod[] = [];
  for (const p of s.pods.values()) if (!p.spec.nodeName && p.meta.deletionUs === null) out.push(p);
  return out.sort((a, b) => b.spec.priority - a.spec.priority || a.meta.createdUs - b.meta.createdUs || a.meta.uid - b.meta.uid);
}

export function schedulePending(s: ClusterState): void {
  for (const pod of pendingPods(s)) {
    const attempt = (s.schedulingAttempts.get(pod.meta.uid) ?? 0) + 1;
    s.schedulingAttempts.set(pod.meta.uid, attempt);
    const { node, explanation } = scheduleOne(s.scheduler, pod, nowSec(s), attempt);
    const last = s.explanations[s.explanations.length - 1];
    if (!node && last && last.pod === explanation.pod && last.message === explanation.message && !last.winner) s.explanations[s.explanations.length - 1] = explanation;
    else s.explanations.push(explanation);
    if (s.explanations.length > s.config.explanationLimit) s.explanations.splice(0, s.explanations.length - s.config.explanationLimit);
    if (node) {
      s.schedulingAttempts.delete(pod.meta.uid);
      bindPod(s, pod, node, '');
    } else if (pod.status.scheduledReason !== explanation.message) {
      pod.status.scheduledReason = explanation.message;
      recordEvent(s, 'Warning', 'FailedScheduling', podLabel(pod), explanation.message);
    }
  }
}
