/**
 * The explanation record of one scheduling decision — what upstream users of the scheduler
 * simulator keep asking for: per node, the filter that rejected it and why; per score plugin, the
 * raw and normalised scores and the weight; the weighted total; the tie set and the winner.
 */
import type { ScorePlugin } from './profile';

export interface FilteredNode { node: string; plugin: string; reasons: string[] }

export interface ScoredNode {
  node: string;
  /** plugin → [raw, normalised]; a skipped plugin is absent. */
  scores: Partial<Record<ScorePlugin, [number, number]>>;
  total: number;
}

export interface Explanation {
  pod: string;
  atSec: number;
  attempt: number;
  nodesTotal: number;
  /** numFeasibleNodesToFind: the filter scan stops after this many feasible nodes. */
  nodesToFind: number;
  nodesExamined: number;
  startIndex: number;
  filtered: FilteredNode[];
  scored: ScoredNode[];
  weights: Record<ScorePlugin, number>;
  skippedPlugins: ScorePlugin[];
  /** Nodes sharing the highest total; the winner was drawn uniformly from them with the seeded RNG. */
  ties: string[];
  winner: string | null;
  tieBreak: 'none' | 'only feasible node' | 'highest total' | 'random among ties';
  /** kube-scheduler's FitError text when nothing fits ("0/3 nodes are available: …"). */
  message: string;
}

/** "0/5 nodes are available: 1 Insufficient cpu, 4 node(s) had untolerated taint {…}." */
export function fitErrorMessage(nodesTotal: number, filtered: readonly FilteredNode[], preFilterReason = ''): string {
  if (preFilterReason) return `0/${nodesTotal} nodes are available: ${preFilterReason}.`;
  const counts = new Map<string, number>();
  for (const f of filtered) for (const r of f.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts.entries()].map(([r, n]) => `${n} ${r}`).sort();
  return `0/${nodesTotal} nodes are available: ${parts.join(', ') || 'no nodes'}.`;
}
