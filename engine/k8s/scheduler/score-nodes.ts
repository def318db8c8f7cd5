/**
 * Score phase: each enabled score plugin's PreScore (which may Skip), Score per feasible node,
 * NormalizeScore, then total = Σ weight × normalised (framework/runtime RunScorePlugins).
 * Plugins with weight 0 are not run. Results are kept as arrays; per-node records are built only
 * when the caller wants the detailed explanation.
 */
import type { CycleState } from './cycle-state';
import { affinityRaw, minMaxNormalize, preScoreAffinity } from './inter-pod-affinity';
import type { NodeInfo } from './node-info';
import type { ScorePlugin } from './profile';
import { balancedScore, fitScore, isDefaultResources } from './score-resources';
import { defaultNormalize, imageLocalityScore, nodeAffinityRaw, taintTolerationRaw } from './score-simple';
import type { SchedulerContext } from './schedule-one';
import { preScoreSpread, spreadNormalize, spreadRaw } from './topology-spread';

export interface PluginScores { plugin: ScorePlugin; raw: number[]; normalized: number[] }

export interface ScoreTable { names: string[]; totals: number[]; plugins: PluginScores[]; skipped: ScorePlugin[] }

function runPlugin(ctx: SchedulerContext, s: CycleState, feasible: readonly NodeInfo[], names: string[], plugin: ScorePlugin): PluginScores | null {
  const map = <T>(fn: (info: NodeInfo) => T): T[] => feasible.map(fn);
  switch (plugin) {
    case 'NodeResourcesFit': {
      const fast = isDefaultResources(ctx.profile);
      const raw = map((i) => fitScore(ctx.profile, s, i, fast));
      return { plugin, raw, normalized: raw };
    }
    case 'NodeResourcesBalancedAllocation': {
      if (s.bestEffort) return null;
      const fast = isDefaultResources(ctx.profile);
      const raw = map((i) => balancedScore(ctx.profile, s, i, fast));
      return { plugin, raw, normalized: raw };
    }
    case 'TaintToleration': {
      const raw = map((i) => taintTolerationRaw(s, i));
      return { plugin, raw, normalized: defaultNormalize(raw, true) };
    }
    case 'NodeAffinity': {
      if (s.pod.spec.affinity.nodePreferred.length === 0) return null;
      const raw = map((i) => nodeAffinityRaw(s, i));
      return { plugin, raw, normalized: defaultNormalize(raw, false) };
    }
    case 'ImageLocality': {
      const total = ctx.cache.list.length;
      const raw = map((i) => imageLocalityScore(s, i, ctx.cache, total));
      return { plugin, raw, normalized: raw };
    }
    case 'InterPodAffinity': {
      const topo = preScoreAffinity(s.pod, ctx.cache, ctx.profile.hardPodAffinityWeight);
      if (!topo) return null;
      const raw = map((i) => affinityRaw(topo, i));
      return { plugin, raw, normalized: minMaxNormalize(raw) };
    }
    case 'PodTopologySpread': {
      const st = preScoreSpread(s.pod, feasible, ctx.cache, ctx.defaultSpreadSelector(s.pod));
      if (!st) return null;
      const raw = map((i) => spreadRaw(s.pod, st, i));
      return { plugin, raw, normalized: spreadNormalize(st, names, raw) };
    }
  }
}

const ORDER: ScorePlugin[] = ['TaintToleration', 'NodeAffinity', 'NodeResourcesFit', 'PodTopologySpread', 'InterPodAffinity', 'NodeResourcesBalancedAllocation', 'ImageLocality'];

export function scoreTable(ctx: SchedulerContext, s: CycleState, feasible: readonly NodeInfo[]): ScoreTable {
  const names = feasible.map((i) => i.node.meta.name);
  const totals = new Array<number>(feasible.length).fill(0);
  const plugins: PluginScores[] = [];
  const skipped: ScorePlugin[] = [];
  for (const plugin of ORDER) {
    const weight = ctx.profile.weights[plugin];
    if (weight === 0) continue;
    const result = runPlugin(ctx, s, feasible, names, plugin);
    if (!result) { skipped.push(plugin); continue; }
    plugins.push(result);
    for (let i = 0; i < totals.length; i++) totals[i]! += weight * result.normalized[i]!;
  }
  return { names, totals, plugins, skipped };
}
