/**
 * Per-pod values computed once per scheduling cycle (the PreFilter/PreScore "CycleState"):
 * the effective request, its non-zero variant for scoring, and the pod's preferred tolerations.
 */
import { isZeroRequest, podRequests } from '../requests';
import type { Pod, ResourceList, Toleration } from '../types';

export interface CycleState {
  pod: Pod;
  request: ResourceList;
  nonZeroRequest: ResourceList;
  bestEffort: boolean;
  preferNoScheduleTolerations: Toleration[];
  /** Node names from required `matchFields metadata.name In [...]` (NodeAffinity PreFilter), or null. */
  nodeNames: Set<string> | null;
}

function requiredNodeNames(pod: Pod): Set<string> | null {
  const terms = pod.spec.affinity.nodeRequired;
  if (!terms || terms.length === 0) return null;
  const names = new Set<string>();
  for (const t of terms) {
    const field = t.matchFields.find((f) => f.key === 'metadata.name' && f.operator === 'In');
    if (!field || t.matchFields.length !== 1) return null;
    for (const v of field.values) names.add(v);
  }
  return names;
}

export function createCycleState(pod: Pod): CycleState {
  const request = podRequests(pod.spec);
  return {
    pod,
    request,
    nonZeroRequest: podRequests(pod.spec, true),
    bestEffort: isZeroRequest(request),
    preferNoScheduleTolerations: pod.spec.tolerations.filter((t) => t.effect === '' || t.effect === 'PreferNoSchedule'),
    nodeNames: requiredNodeNames(pod),
  };
}
