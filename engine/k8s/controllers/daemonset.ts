/**
 * DaemonSet controller (pkg/controller/daemon): one pod per eligible node. A node is eligible when
 * it matches the template's nodeSelector/required node affinity and its NoSchedule/NoExecute taints
 * are tolerated (nodeShouldRunDaemonPod). Pods are placed by the default scheduler through a
 * required node affinity `matchFields metadata.name In [node]`, as upstream does since 1.12; they
 * get the not-ready/unreachable/unschedulable tolerations without a time limit (admission).
 */
import { deletePod } from '../cluster/pods';
import { randomSuffix, type ClusterState } from '../cluster/state';
import { matchNodeSelectorTerms, tolerationsTolerate } from '../selectors';
import type { Node, PodTemplate } from '../types';
import type { DaemonSet } from '../workload-types';
import { clone, createFromTemplate, isActive, ownedPods } from './pod-factory';

function shouldRun(t: PodTemplate, node: Node): boolean {
  for (const k in t.spec.nodeSelector) if (node.meta.labels[k] !== t.spec.nodeSelector[k]) return false;
  const req = t.spec.affinity.nodeRequired;
  if (req && !matchNodeSelectorTerms(req, node.meta.name, node.meta.labels)) return false;
  return node.taints.every((taint) => taint.effect === 'PreferNoSchedule' || taint.key.startsWith('node.kubernetes.io/') || tolerationsTolerate(t.spec.tolerations, taint));
}

export function syncDaemonSet(s: ClusterState, ds: DaemonSet): void {
  const pods = ownedPods(s, 'DaemonSet', ds.meta.namespace, ds.meta.name);
  let desired = 0;
  for (const node of s.nodes.values()) {
    const mine = pods.filter((p) => isActive(p) && p.spec.affinity.nodeRequired?.[0]?.matchFields[0]?.values[0] === node.meta.name);
    if (!shouldRun(ds.template, node)) {
      for (const p of mine) deletePod(s, p, 'node no longer eligible');
      continue;
    }
    desired++;
    if (mine.length > 0) continue;
    const t = clone(ds.template);
    t.spec.affinity.nodeRequired = [{ matchExpressions: [], matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.meta.name] }] }];
    createFromTemplate(s, t, ds.meta.namespace, `${ds.meta.name}-${randomSuffix(s)}`, 'DaemonSet', ds.meta.name);
  }
  for (const p of pods) if (p.status.phase === 'Failed' && p.meta.deletionUs === null) deletePod(s, p, 'Failed daemon pod replaced');
  const active = ownedPods(s, 'DaemonSet', ds.meta.namespace, ds.meta.name).filter(isActive);
  ds.status = { desired, current: active.filter((p) => p.spec.nodeName).length, ready: active.filter((p) => p.status.ready).length };
}
