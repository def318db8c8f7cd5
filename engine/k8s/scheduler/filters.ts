/**
 * The default profile's simple Filter plugins, in upstream order (default_plugins.go):
 * NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit,
 * VolumeBinding. Each returns null (node passes) or the reasons it fails, worded as kube-scheduler
 * words them in its FitError ("Insufficient cpu", "node(s) had untolerated taint {k: v}").
 * Sources: refs/kubernetes.md §1.4 and the plugins under pkg/scheduler/framework/plugins/.
 */
import { matchNodeSelectorTerms, tolerationsTolerate } from '../selectors';
import type { CycleState } from './cycle-state';
import { portKey, type NodeInfo } from './node-info';

export type FilterResult = string[] | null;

const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', value: '', effect: 'NoSchedule' as const };

export function nodeUnschedulable(s: CycleState, info: NodeInfo): FilterResult {
  if (!info.node.unschedulable) return null;
  return tolerationsTolerate(s.pod.spec.tolerations, UNSCHEDULABLE_TAINT) ? null : ['node(s) were unschedulable'];
}

export function nodeName(s: CycleState, info: NodeInfo): FilterResult {
  const want = s.pod.spec.nodeName;
  return want === '' || want === info.node.meta.name ? null : ["node(s) didn't match the requested node name"];
}

export function taintToleration(s: CycleState, info: NodeInfo): FilterResult {
  for (const taint of info.node.taints) {
    if (taint.effect === 'PreferNoSchedule') continue;
    if (!tolerationsTolerate(s.pod.spec.tolerations, taint)) {
      return [`node(s) had untolerated taint {${taint.key}: ${taint.value}}`];
    }
  }
  return null;
}

export function nodeAffinity(s: CycleState, info: NodeInfo): FilterResult {
  const node = info.node;
  if (s.nodeNames && !s.nodeNames.has(node.meta.name)) return ["node(s) didn't match Pod's node affinity/selector"];
  const sel = s.pod.spec.nodeSelector;
  for (const key in sel) if (node.meta.labels[key] !== sel[key]) return ["node(s) didn't match Pod's node affinity/selector"];
  const terms = s.pod.spec.affinity.nodeRequired;
  if (terms && !matchNodeSelectorTerms(terms, node.meta.name, node.meta.labels)) return ["node(s) didn't match Pod's node affinity/selector"];
  return null;
}

export function nodePorts(s: CycleState, info: NodeInfo): FilterResult {
  if (s.hostPorts.length === 0 || info.usedPorts.size === 0) return null;
  for (const p of s.hostPorts) {
    const wildcard = portKey(p.protocol, '', p.hostPort);
    if (info.usedPorts.has(portKey(p.protocol, p.hostIP, p.hostPort)) || info.usedPorts.has(wildcard)) {
      return ["node(s) didn't have free ports for the requested pod ports"];
    }
  }
  return null;
}

/** fit.go fitsRequest: pod count first; all-zero requests fit; then every requested resource. */
export function nodeResourcesFit(s: CycleState, info: NodeInfo): FilterResult {
  const tooMany = info.pods.length + 1 > info.allocPods;
  if (s.bestEffort) return tooMany ? ['Too many pods'] : null;
  const cpu = s.cpuMilli > 0 && s.cpuMilli > info.allocCpuMilli - info.reqCpuMilli;
  const mem = s.memoryBytes > 0 && s.memoryBytes > info.allocMemoryBytes - info.reqMemoryBytes;
  if (!tooMany && !cpu && !mem && s.otherResources.length === 0) return null;
  const reasons: string[] = [];
  if (tooMany) reasons.push('Too many pods');
  if (cpu) reasons.push('Insufficient cpu');
  if (mem) reasons.push('Insufficient memory');
  const alloc = info.node.allocatable;
  for (const r of s.otherResources) {
    if (s.request[r]! > (alloc[r] ?? 0) - (info.requested[r] ?? 0)) reasons.push(`Insufficient ${r}`);
  }
  return reasons.length ? reasons : null;
}
