/**
 * InterPodAffinity filter and score (pkg/scheduler/framework/plugins/interpodaffinity/
 * filtering.go, scoring.go; refs/kubernetes.md §1.4–1.5).
 * Filter: the incoming pod's required affinity needs a matching pod in the node's topology domain
 * (unless no pod anywhere matches and the pod matches its own terms); its required anti-affinity
 * forbids one; existing pods' required anti-affinity is enforced symmetrically.
 * Score: ± term weights summed per topology domain (incoming pod's preferred terms, existing pods'
 * preferred terms, existing pods' required affinity at hardPodAffinityWeight), min–max normalised.
 * Simplification: namespaceSelector is not simulated (terms use `namespaces` or the pod's own).
 */
import { matchLabelSelector } from '../selectors';
import type { Pod, PodAffinityTerm, WeightedPodAffinityTerm } from '../types';
import type { ClusterCache, NodeInfo } from './node-info';

export function termMatches(term: PodAffinityTerm, termOwnerNamespace: string, pod: Pod): boolean {
  const namespaces = term.namespaces.length ? term.namespaces : [termOwnerNamespace];
  return namespaces.includes(pod.meta.namespace) && matchLabelSelector(term.labelSelector, pod.meta.labels);
}

export interface AffinityState {
  affinityCounts: Map<string, number>;
  antiAffinityCounts: Map<string, number>;
  existingAntiCounts: Map<string, number>;
}

const pairKey = (key: string, value: string): string => `${key}\u0000${value}`;
const bump = (m: Map<string, number>, k: string, by = 1): void => { m.set(k, (m.get(k) ?? 0) + by); };

export function preFilterAffinity(pod: Pod, cache: ClusterCache): AffinityState | null {
  const a = pod.spec.affinity;
  if (a.podRequired.length === 0 && a.antiRequired.length === 0 && cache.podsWithAffinityTotal === 0) return null;
  const st: AffinityState = { affinityCounts: new Map(), antiAffinityCounts: new Map(), existingAntiCounts: new Map() };
  const ns = pod.meta.namespace;
  for (const info of cache.list) {
    const labels = info.node.meta.labels;
    for (const existing of info.pods) {
      if (existing.meta.deletionUs !== null) continue;
      for (const t of existing.spec.affinity.antiRequired) {
        if (termMatches(t, existing.meta.namespace, pod) && labels[t.topologyKey] !== undefined) bump(st.existingAntiCounts, pairKey(t.topologyKey, labels[t.topologyKey]!));
      }
      if (a.podRequired.length && a.podRequired.every((t) => termMatches(t, ns, existing))) {
        for (const t of a.podRequired) if (labels[t.topologyKey] !== undefined) bump(st.affinityCounts, pairKey(t.topologyKey, labels[t.topologyKey]!));
      }
      for (const t of a.antiRequired) {
        if (termMatches(t, ns, existing) && labels[t.topologyKey] !== undefined) bump(st.antiAffinityCounts, pairKey(t.topologyKey, labels[t.topologyKey]!));
      }
    }
  }
  return st;
}

export function filterAffinity(pod: Pod, st: AffinityState | null, info: NodeInfo): string[] | null {
  if (!st) return null;
  const labels = info.node.meta.labels;
  for (const [k, v] of Object.entries(labels)) {
    if ((st.existingAntiCounts.get(pairKey(k, v)) ?? 0) > 0) return ["node(s) didn't satisfy existing pods anti-affinity rules"];
  }
  const a = pod.spec.affinity;
  if (a.podRequired.length) {
    let podsExist = true;
    for (const t of a.podRequired) {
      const v = labels[t.topologyKey];
      if (v === undefined) return ["node(s) didn't match pod affinity rules"];
      if ((st.affinityCounts.get(pairKey(t.topologyKey, v)) ?? 0) <= 0) podsExist = false;
    }
    const selfMatch = a.podRequired.every((t) => termMatches(t, pod.meta.namespace, pod));
    if (!podsExist && !(st.affinityCounts.size === 0 && selfMatch)) return ["node(s) didn't match pod affinity rules"];
  }
  for (const t of a.antiRequired) {
    const v = labels[t.topologyKey];
    if (v !== undefined && (st.antiAffinityCounts.get(pairKey(t.topologyKey, v)) ?? 0) > 0) return ["node(s) didn't match pod anti-affinity rules"];
  }
  return null;
}

type TopoScore = Map<string, number>;

function processTerms(m: TopoScore, terms: readonly WeightedPodAffinityTerm[], ownerNs: string, target: Pod, labels: Record<string, string>, mult: number): void {
  for (const w of terms) processTerm(m, w.term, w.weight, ownerNs, target, labels, mult);
}

function processTerm(m: TopoScore, term: PodAffinityTerm, weight: number, ownerNs: string, target: Pod, labels: Record<string, string>, mult: number): void {
  const v = labels[term.topologyKey];
  if (v !== undefined && termMatches(term, ownerNs, target)) bump(m, pairKey(term.topologyKey, v), weight * mult);
}

/** PreScore: the per-topology-pair sums, or null when the plugin skips (no terms anywhere). */
export function preScoreAffinity(pod: Pod, cache: ClusterCache, hardWeight: number): TopoScore | null {
  const a = pod.spec.affinity;
  const hasOwn = a.podPreferred.length + a.antiPreferred.length > 0;
  if (!hasOwn && cache.podsWithAffinityTotal === 0) return null;
  const m: TopoScore = new Map();
  const ns = pod.meta.namespace;
  for (const info of cache.list) {
    if (!hasOwn && info.podsWithAffinity === 0) continue;
    const labels = info.node.meta.labels;
    for (const ex of info.pods) {
      if (ex.meta.deletionUs !== null) continue;
      processTerms(m, a.podPreferred, ns, ex, labels, 1);
      processTerms(m, a.antiPreferred, ns, ex, labels, -1);
      const ea = ex.spec.affinity;
      if (hardWeight > 0) for (const t of ea.podRequired) processTerm(m, t, hardWeight, ex.meta.namespace, pod, labels, 1);
      processTerms(m, ea.podPreferred, ex.meta.namespace, pod, labels, 1);
      processTerms(m, ea.antiPreferred, ex.meta.namespace, pod, labels, -1);
    }
  }
  return m;
}

export function affinityRaw(m: TopoScore, info: NodeInfo): number {
  let sum = 0;
  for (const [k, v] of Object.entries(info.node.meta.labels)) sum += m.get(pairKey(k, v)) ?? 0;
  return sum;
}

/** Min–max normalisation: 100·(raw − min)/(max − min), 0 when all equal. */
export function minMaxNormalize(raw: readonly number[]): number[] {
  if (raw.length === 0) return [];
  const min = Math.min(...raw);
  const max = Math.max(...raw);
  return raw.map((r) => (max - min > 0 ? Math.trunc(100 * ((r - min) / (max - min))) : 0));
}
