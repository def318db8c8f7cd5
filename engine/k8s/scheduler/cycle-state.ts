/**
 * Per-pod values computed once per scheduling cycle (the PreFilter/PreScore "CycleState"):
 * the effective request, its non-zero variant for scoring, and the pod's preferred tolerations.
 */
import { isZeroRequest, podRequests } from '../requests';
import type { Pod, ResourceList, Toleration } from '../types';
import { normalizedImageName } from './node-info';

export interface CycleState {
  pod: Pod;
  request: ResourceList;
  nonZeroRequest: ResourceList;
  bestEffort: boolean;
  preferNoScheduleTolerations: Toleration[];
  cpuMilli: number;
  memoryBytes: number;
  nonZeroCpuMilli: number;
  nonZeroMemoryBytes: number;
  /** Requested resources other than cpu and memory (checked on the slow path). */
  otherResources: string[];
  hostPorts: Array<{ protocol: string; hostIP: string; hostPort: number }>;
  /** Normalised image names of all containers (ImageLocality). */
  imageNames: string[];
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
  const nonZeroRequest = podRequests(pod.spec, true);
  return {
    pod,
    request,
    nonZeroRequest,
    cpuMilli: request.cpu ?? 0,
    memoryBytes: request.memory ?? 0,
    nonZeroCpuMilli: nonZeroRequest.cpu ?? 0,
    nonZeroMemoryBytes: nonZeroRequest.memory ?? 0,
    otherResources: Object.keys(request).filter((k) => k !== 'cpu' && k !== 'memory' && k !== 'pods' && request[k]! > 0),
    hostPorts: pod.spec.containers.flatMap((c) => c.ports.filter((p) => p.hostPort > 0)),
    imageNames: [...pod.spec.initContainers, ...pod.spec.containers].map((c) => normalizedImageName(c.image)),
    bestEffort: isZeroRequest(request),
    preferNoScheduleTolerations: pod.spec.tolerations.filter((t) => t.effect === '' || t.effect === 'PreferNoSchedule'),
    nodeNames: requiredNodeNames(pod),
  };
}
