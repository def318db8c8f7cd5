/**
 * The score phase fused into one pass over the feasible nodes, for callers that need only the
 * weighted totals (the throughput benchmark; the model keeps per-plugin records instead). It
 * computes exactly what score-nodes.ts computes — same plugins, normalisations and weights — and
 * a test checks the two agree on every total.
 */
import type { CycleState } from './cycle-state';
import { affinityRaw, minMaxNormalize, preScoreAffinity } from './inter-pod-affinity';
import type { NodeInfo } from './node-info';
import type { ScorePlugin } from './profile';
import { balancedScore, fitScore, isDefaultResources } from './score-resources';
import { imageLocalityScore, nodeAffinityRaw, taintTolerationRaw } from './score-simple';
import type { SchedulerContext } from './schedule-one';
import type { ScoreTable } from './score-nodes';
import { preScoreSpread, spreadNormalize, spreadRaw } from './topology-spread';

export function fastScoreTable(ctx: SchedulerContext, s: CycleState, feasible: readonly NodeInfo[]): ScoreTable {
  const w = ctx.profile.weights;
  const n = feasible.length;
  const fast = isDefaultResources(ctx.profile);
  const totals = new Array<number>(n);
  const skipped: ScorePlugin[] = [];
  const useBalanced = w.NodeResourcesBalancedAllocation > 0 && !s.bestEffort;
  const useAffinity = w.NodeAffinity > 0 && s.pod.spec.affinity.nodePreferred.length > 0;
  const taintRaw = new Int32Array(n);
  const affRaw = new Int32Array(n);
  let taintMax = 0;
  let affMax = 0;
  const total = ctx.cache.list.length;
  for (let i = 0; i < n; i++) {
    const info = feasible[i]!;
    let t = w.NodeResourcesFit > 0 ? w.NodeResourcesFit * fitScore(ctx.profile, s, info, fast) : 0;
    if (useBalanced) t += w.NodeResourcesBalancedAllocation * balancedScore(ctx.profile, s, info, fast);
    if (w.ImageLocality > 0 && info.imageSizes.size > 0) t += w.ImageLocality * imageLocalityScore(s, info, ctx.cache, total);
    if (info.node.taints.length > 0) { const r = taintTolerationRaw(s, info); taintRaw[i] = r; if (r > taintMax) taintMax = r; }
    if (useAffinity) { const r = nodeAffinityRaw(s, info); affRaw[i] = r; if (r > affMax) affMax = r; }
    totals[i] = t;
  }
  for (let i = 0; i < n; i++) {
    if (w.TaintToleration > 0) totals[i]! += w.TaintToleration * (taintMax === 0 ? 100 : 100 - Math.trunc((100 * taintRaw[i]!) / taintMax));
    if (useAffinity && affMax > 0) totals[i]! += w.NodeAffinity * Math.trunc((100 * affRaw[i]!) / affMax);
  }
  if (!useBalanced && w.NodeResourcesBalancedAllocation > 0) skipped.push('NodeResourcesBalancedAllocation');
  if (!useAffinity && w.NodeAffinity > 0) skipped.push('NodeAffinity');
  const names = feasible.map((i) => i.node.meta.name);
  addRelational(ctx, s, feasible, names, totals, skipped);
  return { names, totals, plugins: [], skipped };
}

/** PodTopologySpread and InterPodAffinity need a PreScore over the whole cluster; usually they skip. */
function addRelational(ctx: SchedulerContext, s: CycleState, feasible: readonly NodeInfo[], names: string[], totals: number[], skipped: ScorePlugin[]): void {
  const w = ctx.profile.weights;
  if (w.PodTopologySpread > 0) {
    const st = preScoreSpread(s.pod, feasible, ctx.cache, ctx.defaultSpreadSelector(s.pod));
    if (!st) skipped.push('PodTopologySpread');
    else spreadNormalize(st, names, feasible.map((i) => spreadRaw(s.pod, st, i))).forEach((v, i) => { totals[i]! += w.PodTopologySpread * v; });
  }
  if (w.InterPodAffinity > 0) {
    const topo = preScoreAffinity(s.pod, ctx.cache, ctx.profile.hardPodAffinityWeight);
    if (!topo) skipped.push('InterPodAffinity');
    else minMaxNormalize(feasible.map((i) => affinityRaw(topo, i))).forEach((v, i) => { totals[i]! += w.InterPodAffinity * v; });
  }
}
