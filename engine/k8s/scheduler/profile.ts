/**
 * The scheduler profile: the default profile's score weights
 * (pkg/scheduler/apis/config/v1/default_plugins.go: TaintToleration 3, NodeAffinity 2,
 * PodTopologySpread 2, InterPodAffinity 2, NodeResourcesFit 1, BalancedAllocation 1,
 * ImageLocality 1), the NodeResourcesFit scoring strategy (LeastAllocated, cpu:1 memory:1) and
 * percentageOfNodesToScore with its adaptive rule (schedule_one.go numFeasibleNodesToFind).
 */
import { joinPath } from '../../core/errors';
import { readArray, readEnum, readNumber, readObject, rejectUnknownKeys } from '../../core/params';

export const SCORE_PLUGINS = [
  'TaintToleration', 'NodeAffinity', 'PodTopologySpread', 'InterPodAffinity',
  'NodeResourcesFit', 'NodeResourcesBalancedAllocation', 'ImageLocality',
] as const;
export type ScorePlugin = (typeof SCORE_PLUGINS)[number];

export const DEFAULT_WEIGHTS: Readonly<Record<ScorePlugin, number>> = {
  TaintToleration: 3, NodeAffinity: 2, PodTopologySpread: 2, InterPodAffinity: 2,
  NodeResourcesFit: 1, NodeResourcesBalancedAllocation: 1, ImageLocality: 1,
};

export type ScoringStrategyType = 'LeastAllocated' | 'MostAllocated' | 'RequestedToCapacityRatio';

export interface SchedulerProfile {
  percentageOfNodesToScore: number;
  strategy: ScoringStrategyType;
  resources: Array<{ name: string; weight: number }>;
  /** RequestedToCapacityRatio shape: utilization 0..100 → score 0..10 (scaled ×10 as upstream). */
  shape: Array<{ utilization: number; score: number }>;
  weights: Record<ScorePlugin, number>;
  hardPodAffinityWeight: number;
}

export function defaultProfile(): SchedulerProfile {
  return {
    percentageOfNodesToScore: 0,
    strategy: 'LeastAllocated',
    resources: [{ name: 'cpu', weight: 1 }, { name: 'memory', weight: 1 }],
    shape: [{ utilization: 0, score: 0 }, { utilization: 100, score: 10 }],
    weights: { ...DEFAULT_WEIGHTS },
    hardPodAffinityWeight: 1,
  };
}

/** numFeasibleNodesToFind: < 100 nodes → all; else max(100, n·pct/100), pct adaptive = max(5, 50 − n/125). */
export function numFeasibleNodesToFind(percentage: number, numAllNodes: number): number {
  if (numAllNodes < 100) return numAllNodes;
  let pct = percentage;
  if (pct === 0) {
    pct = 50 - Math.trunc(numAllNodes / 125);
    if (pct < 5) pct = 5;
  }
  const n = Math.trunc((numAllNodes * pct) / 100);
  return n < 100 ? 100 : n;
}

const KEYS = ['percentageOfNodesToScore', 'scoringStrategy', 'resources', 'shape', 'weights', 'hardPodAffinityWeight'];

export function readProfile(input: unknown, path: string): SchedulerProfile {
  const p = defaultProfile();
  if (input === undefined) return p;
  const obj = readObject(input, path);
  rejectUnknownKeys(obj, path, KEYS);
  p.percentageOfNodesToScore = readNumber(obj, 'percentageOfNodesToScore', path, { min: 0, max: 100, integer: true, default: 0 });
  p.strategy = readEnum(obj, 'scoringStrategy', path, ['LeastAllocated', 'MostAllocated', 'RequestedToCapacityRatio'] as const, 'LeastAllocated');
  p.hardPodAffinityWeight = readNumber(obj, 'hardPodAffinityWeight', path, { min: 0, max: 100, integer: true, default: 1 });
  if (obj.resources !== undefined) {
    p.resources = readArray(obj.resources, joinPath(path, 'resources')).map((r, i) => {
      const at = joinPath(path, 'resources', i);
      const o = readObject(r, at);
      const name = typeof o.name === 'string' ? o.name : 'cpu';
      return { name, weight: readNumber(o, 'weight', at, { min: 1, max: 100, integer: true, default: 1 }) };
    });
  }
  if (obj.shape !== undefined) {
    p.shape = readArray(obj.shape, joinPath(path, 'shape')).map((s, i) => {
      const at = joinPath(path, 'shape', i);
      const o = readObject(s, at);
      return { utilization: readNumber(o, 'utilization', at, { min: 0, max: 100, integer: true }), score: readNumber(o, 'score', at, { min: 0, max: 10, integer: true }) };
    });
  }
  if (obj.weights !== undefined) {
    const w = readObject(obj.weights, joinPath(path, 'weights'));
    rejectUnknownKeys(w, joinPath(path, 'weights'), SCORE_PLUGINS);
    for (const name of SCORE_PLUGINS) p.weights[name] = readNumber(w, name, joinPath(path, 'weights'), { min: 0, max: 100, integer: true, default: DEFAULT_WEIGHTS[name] });
  }
  return p;
}
