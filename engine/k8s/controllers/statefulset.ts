/**
 * StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go): stable names
 * `<set>-<ordinal>`, one PVC per claim template `<claim>-<set>-<ordinal>` (kept when the pod goes).
 * OrderedReady: create ordinals in order, each only after the previous is Running and Ready;
 * scale down from the highest ordinal, one at a time. Parallel: all at once. A pod is not replaced
 * until the old object is really gone (a pod stuck Terminating on a lost node blocks its ordinal).
 * Simplification: every claim is bound at once by an assumed dynamic provisioner.
 */
import { makeMeta } from '../defaults';
import { deletePod } from '../cluster/pods';
import { newUid, nowUs, objKey, podKey, type ClusterState } from '../cluster/state';
import type { StatefulSet } from '../workload-types';
import { createFromTemplate, isActive } from './pod-factory';

function ensureClaims(s: ClusterState, set: StatefulSet, ordinal: number): string[] {
  return set.claimTemplates.map((ct) => {
    const name = `${ct.name}-${set.meta.name}-${ordinal}`;
    const key = objKey('PersistentVolumeClaim', set.meta.namespace, name);
    if (!s.objects.has(key)) {
      s.objects.set(key, { kind: 'PersistentVolumeClaim', meta: makeMeta(name, set.meta.namespace, newUid(s), nowUs(s)), data: { storageBytes: ct.storageBytes, accessModes: ct.accessModes, storageClassName: ct.storageClassName, phase: 'Bound', boundTo: `pvc-${name}` } });
    }
    return name;
  });
}

export function syncStatefulSet(s: ClusterState, set: StatefulSet): void {
  const ordered = set.podManagementPolicy === 'OrderedReady';
  for (let i = 0; i < set.replicas; i++) {
    const name = `${set.meta.name}-${i}`;
    const pod = s.pods.get(podKey(set.meta.namespace, name));
    if (pod && pod.status.phase === 'Failed' && pod.meta.deletionUs === null) { deletePod(s, pod, 'Failed stateful pod recreated'); if (ordered) break; continue; }
    if (!pod) {
      const t = { ...set.template, spec: { ...set.template.spec, claimNames: [...set.template.spec.claimNames, ...ensureClaims(s, set, i)] } };
      const created = createFromTemplate(s, t, set.meta.namespace, name, 'StatefulSet', set.meta.name, { 'statefulset.kubernetes.io/pod-name': name, 'apps.kubernetes.io/pod-index': String(i) });
      if (created) created.ordinal = i;
      if (ordered) break;
      continue;
    }
    if (ordered && (!pod.status.ready || pod.meta.deletionUs !== null)) break;
  }
  const surplus = [...s.pods.values()].filter((p) => p.meta.ownerKind === 'StatefulSet' && p.meta.ownerName === set.meta.name && p.meta.namespace === set.meta.namespace && p.ordinal >= set.replicas)
    .sort((a, b) => b.ordinal - a.ordinal);
  if (surplus.length) {
    if (ordered) { if (surplus.every((p) => p.meta.deletionUs === null)) deletePod(s, surplus[0]!, 'Killing'); }
    else surplus.forEach((p) => deletePod(s, p, 'Killing'));
  }
  const mine = [...s.pods.values()].filter((p) => p.meta.ownerKind === 'StatefulSet' && p.meta.ownerName === set.meta.name && p.meta.namespace === set.meta.namespace && isActive(p));
  set.status = { replicas: mine.length, ready: mine.filter((p) => p.status.ready).length };
}
