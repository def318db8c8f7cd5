/**
 * PodTopologySpread filter and score (pkg/scheduler/framework/plugins/podtopologyspread/
 * filtering.go, scoring.go; refs/kubernetes.md §1.4–1.5).
 * Filter (DoNotSchedule): count matching pods per domain over eligible nodes (nodeAffinityPolicy
 * Honor, nodeTaintsPolicy Ignore); reject when count(D) + self − globalMin > maxSkew; nodes missing
 * a topology key are rejected. With fewer domains than minDomains the global minimum is 0.
 * Score (ScheduleAnyway, or the system defaults hostname/3 + zone/5 for pods owned by a
 * ReplicaSet/StatefulSet or selected by a Service): raw = round(Σ count·ln(domains + 2) + maxSkew − 1),
 * normalised 100·(max + min − raw)/max.
 * Simplification: matchLabelKeys and the node inclusion policy fields are not simulated.
 */
import { matchLabelSelector, matchNodeSelectorTerms } from '../selectors';
import type { LabelSelector, Pod, TopologySpreadConstraint } from '../types';
import type { ClusterCache, NodeInfo } from './node-info';

export const HOSTNAME_KEY = 'kubernetes.io/hostname';
export const ZONE_KEY = 'topology.kubernetes.io/zone';

export function systemDefaultConstraints(selector: LabelSelector): TopologySpreadConstraint[] {
  return [
    { maxSkew: 3, topologyKey: HOSTNAME_KEY, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: selector, minDomains: 1 },
    { maxSkew: 5, topologyKey: ZONE_KEY, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: selector, minDomains: 1 },
  ];
}

export function countMatching(info: NodeInfo, selector: LabelSelector | null, namespace: string): number {
  let n = 0;
  for (const p of info.pods) {
    if (p.meta.deletionUs === null && p.meta.namespace === namespace && matchLabelSelector(selector, p.meta.labels)) n++;
  }
  return n;
}

function nodeEligible(pod: Pod, info: NodeInfo): boolean {
  const labels = info.node.meta.labels;
  for (const k in pod.spec.nodeSelector) if (labels[k] !== pod.spec.nodeSelector[k]) return false;
  const req = pod.spec.affinity.nodeRequired;
  return !req || matchNodeSelectorTerms(req, info.node.meta.name, labels);
}

const hasAllKeys = (info: NodeInfo, cs: readonly TopologySpreadConstraint[]): boolean =>
  cs.every((c) => info.node.meta.labels[c.topologyKey] !== undefined);

export interface SpreadFilterState { constraints: TopologySpreadConstraint[]; counts: Array<Map<string, number>> }

export function preFilterSpread(pod: Pod, cache: ClusterCache): SpreadFilterState | null {
  const constraints = pod.spec.topologySpreadConstraints.filter((c) => c.whenUnsatisfiable === 'DoNotSchedule');
  if (constraints.length === 0) return null;
  const counts = constraints.map(() => new Map<string, number>());
  for (const info of cache.list) {
    if (!nodeEligible(pod, info) || !hasAllKeys(info, constraints)) continue;
    constraints.forEach((c, i) => {
      const v = info.node.meta.labels[c.topologyKey]!;
      counts[i]!.set(v, (counts[i]!.get(v) ?? 0) + countMatching(info, c.labelSelector, pod.meta.namespace));
    });
  }
  return { constraints, counts };
}

export function filterSpread(pod: Pod, st: SpreadFilterState | null, info: NodeInfo): string[] | null {
  if (!st) return null;
  for (let i = 0; i < st.constraints.length; i++) {
    const c = st.constraints[i]!;
    const v = info.node.meta.labels[c.topologyKey];
    if (v === undefined) return ["node(s) didn't match pod topology spread constraints (missing required label)"];
    const counts = st.counts[i]!;
    let min = counts.size < c.minDomains ? 0 : Infinity;
    for (const n of counts.values()) if (n < min) min = n;
    if (min === Infinity) min = 0;
    const self = matchLabelSelector(c.labelSelector, pod.meta.labels) ? 1 : 0;
    if ((counts.get(v) ?? 0) + self - min > c.maxSkew) return ["node(s) didn't match pod topology spread constraints"];
  }
  return null;
}

export interface SpreadScoreState {
  constraints: TopologySpreadConstraint[];
  weights: number[];
  pairCounts: Map<string, number>;
  ignored: Set<string>;
}

/** PreScore over the feasible nodes; null = Skip (no constraints apply). */
export function preScoreSpread(pod: Pod, feasible: readonly NodeInfo[], cache: ClusterCache, defaultSelector: LabelSelector | null): SpreadScoreState | null {
  const own = pod.spec.topologySpreadConstraints;
  const systemDefaulted = own.length === 0;
  const constraints = systemDefaulted ? (defaultSelector ? systemDefaultConstraints(defaultSelector) : []) : own.filter((c) => c.whenUnsatisfiable === 'ScheduleAnyway');
  if (constraints.length === 0) return null;
  const requireAll = !systemDefaulted;
  const ignored = new Set<string>();
  const pairCounts = new Map<string, number>();
  const sizes = constraints.map(() => 0);
  for (const info of feasible) {
    if (requireAll && !hasAllKeys(info, constraints)) { ignored.add(info.node.meta.name); continue; }
    constraints.forEach((c, i) => {
      const v = info.node.meta.labels[c.topologyKey];
      if (c.topologyKey === HOSTNAME_KEY || v === undefined) return;
      const k = `${i}\u0000${v}`;
      if (!pairCounts.has(k)) { pairCounts.set(k, 0); sizes[i]!++; }
    });
  }
  constraints.forEach((c, i) => { if (c.topologyKey === HOSTNAME_KEY) sizes[i] = feasible.length - ignored.size; });
  for (const info of cache.list) {
    if (!nodeEligible(pod, info) || (requireAll && !hasAllKeys(info, constraints))) continue;
    constraints.forEach((c, i) => {
      const v = info.node.meta.labels[c.topologyKey];
      if (c.topologyKey === HOSTNAME_KEY || v === undefined) return;
      const k = `${i}\u0000${v}`;
      const cur = pairCounts.get(k);
      if (cur !== undefined) pairCounts.set(k, cur + countMatching(info, c.labelSelector, pod.meta.namespace));
    });
  }
  return { constraints, weights: sizes.map((n) => Math.log(n + 2)), pairCounts, ignored };
}

export function spreadRaw(pod: Pod, st: SpreadScoreState, info: NodeInfo): number {
  if (st.ignored.has(info.node.meta.name)) return 0;
  let score = 0;
  st.constraints.forEach((c, i) => {
    const v = info.node.meta.labels[c.topologyKey];
    if (v === undefined) return;
    const cnt = c.topologyKey === HOSTNAME_KEY ? countMatching(info, c.labelSelector, pod.meta.namespace) : (st.pairCounts.get(`${i}\u0000${v}`) ?? 0);
    score += cnt * st.weights[i]! + (c.maxSkew - 1);
  });
  return Math.round(score);
}

export function spreadNormalize(st: SpreadScoreState, names: readonly string[], raw: readonly number[]): number[] {
  let min = Infinity;
  let max = 0;
  raw.forEach((r, i) => {
    if (st.ignored.has(names[i]!)) return;
    if (r < min) min = r;
    if (r > max) max = r;
  });
  return raw.map((r, i) => {
    if (st.ignored.has(names[i]!)) return 0;
    if (max === 0) return 100;
    return Math.trunc((100 * (max + min - r)) / max);
  });
}
