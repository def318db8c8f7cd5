/**
 * NodeResourcesFit scoring strategies and NodeResourcesBalancedAllocation
 * (pkg/scheduler/framework/plugins/noderesources: least_allocated.go, most_allocated.go,
 * requested_to_capacity_ratio.go, balanced_allocation.go, resource_allocation.go).
 * Integer arithmetic truncates as in Go. Fit scores use the *non-zero* requests of the node's pods
 * and of the incoming pod; BalancedAllocation uses the real requests. Extended resources the pod
 * does not request are skipped; resources with allocatable 0 are skipped.
 */
import type { CycleState } from './cycle-state';
import type { NodeInfo } from './node-info';
import type { SchedulerProfile } from './profile';

const MAX = 100;

export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX) / capacity);
}

export function mostRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0) return 0;
  const r = requested > capacity ? capacity : requested;
  return Math.trunc((r * MAX) / capacity);
}

/** helper.BuildBrokenLinearFunction over the shape scaled ×10 (MaxNodeScore / MaxCustomPriorityScore). */
export function brokenLinear(shape: SchedulerProfile['shape'], p: number): number {
  for (let i = 0; i < shape.length; i++) {
    const pt = shape[i]!;
    if (p <= pt.utilization) {
      if (i === 0) return pt.score * 10;
      const prev = shape[i - 1]!;
      return prev.score * 10 + Math.trunc(((pt.score - prev.score) * 10 * (p - prev.utilization)) / (pt.utilization - prev.utilization));
    }
  }
  return shape[shape.length - 1]!.score * 10;
}

function nodeRequestFor(info: NodeInfo, s: CycleState, resource: string, useRequested: boolean): [number, number] {
  if (resource === 'cpu') return [info.allocCpuMilli, useRequested ? info.reqCpuMilli + s.cpuMilli : info.nonZeroCpuMilli + s.nonZeroCpuMilli];
  if (resource === 'memory') return [info.allocMemoryBytes, useRequested ? info.reqMemoryBytes + s.memoryBytes : info.nonZeroMemoryBytes + s.nonZeroMemoryBytes];
  const alloc = info.node.allocatable[resource] ?? 0;
  const pod = useRequested ? (s.request[resource] ?? 0) : (s.nonZeroRequest[resource] ?? 0);
  return [alloc, (info.requested[resource] ?? 0) + pod];
}

/** True for the default resources list (cpu:1, memory:1): the allocation-free fast path applies. */
export const isDefaultResources = (p: SchedulerProfile): boolean =>
  p.resources.length === 2 && p.resources[0]!.name === 'cpu' && p.resources[1]!.name === 'memory' && p.resources[0]!.weight === 1 && p.resources[1]!.weight === 1;

const isExtended = (r: string): boolean => r !== 'cpu' && r !== 'memory' && r !== 'ephemeral-storage' && !r.startsWith('hugepages-');

/** The NodeResourcesFit score of one node under the profile's strategy. */
export function fitScore(profile: SchedulerProfile, s: CycleState, info: NodeInfo, fast = false): number {
  if (fast && profile.strategy === 'LeastAllocated') {
    const c = info.allocCpuMilli === 0 ? -1 : leastRequestedScore(info.nonZeroCpuMilli + s.nonZeroCpuMilli, info.allocCpuMilli);
    const m = info.allocMemoryBytes === 0 ? -1 : leastRequestedScore(info.nonZeroMemoryBytes + s.nonZeroMemoryBytes, info.allocMemoryBytes);
    if (c >= 0 && m >= 0) return Math.trunc((c + m) / 2);
  }
  let nodeScore = 0;
  let weightSum = 0;
  for (const { name, weight } of profile.resources) {
    if (isExtended(name) && !(s.request[name]! > 0)) continue;
    const [alloc, requested] = nodeRequestFor(info, s, name, false);
    if (alloc === 0) continue;
    if (profile.strategy === 'RequestedToCapacityRatio') {
      const util = requested > alloc ? 100 : Math.trunc((requested * 100) / alloc);
      const rs = brokenLinear(profile.shape, util);
      if (rs > 0) { nodeScore += rs * weight; weightSum += weight; }
      continue;
    }
    const rs = profile.strategy === 'LeastAllocated' ? leastRequestedScore(requested, alloc) : mostRequestedScore(requested, alloc);
    nodeScore += rs * weight;
    weightSum += weight;
  }
  if (weightSum === 0) return 0;
  return profile.strategy === 'RequestedToCapacityRatio' ? Math.round(nodeScore / weightSum) : Math.trunc(nodeScore / weightSum);
}

/** balancedResourceScorer: 1 − std of the requested fractions (two fractions: |f1 − f2| / 2). */
export function balancedScore(profile: SchedulerProfile, s: CycleState, info: NodeInfo, fast = false): number {
  if (fast && info.allocCpuMilli > 0 && info.allocMemoryBytes > 0) {
    const fc = Math.min(1, (info.reqCpuMilli + s.cpuMilli) / info.allocCpuMilli);
    const fm = Math.min(1, (info.reqMemoryBytes + s.memoryBytes) / info.allocMemoryBytes);
    return Math.trunc((1 - Math.abs((fc - fm) / 2)) * MAX);
  }
  const fractions: number[] = [];
  let total = 0;
  for (const { name } of profile.resources) {
    if (isExtended(name) && !(s.request[name]! > 0)) continue;
    const [alloc, requested] = nodeRequestFor(info, s, name, true);
    if (alloc === 0) continue;
    const f = Math.min(1, requested / alloc);
    fractions.push(f);
    total += f;
  }
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0]! - fractions[1]!) / 2);
  else if (fractions.length > 2) {
    const mean = total / fractions.length;
    let sum = 0;
    for (const f of fractions) sum += (f - mean) * (f - mean);
    std = Math.sqrt(sum / fractions.length);
  }
  return Math.trunc((1 - std) * MAX);
}
