/**
 * One scheduling cycle (pkg/scheduler/schedule_one.go): PreFilter, Filter every candidate starting
 * at a rotating index until numFeasibleNodesToFind feasible nodes are found, skip scoring when one
 * node is feasible, otherwise PreScore/Score/NormalizeScore per plugin, weighted totals, and
 * selectHost's uniform random choice among the highest totals (reservoir sampling, drawn from the
 * seeded RNG so a run is reproducible). Returns the winner and the full explanation record.
 * Simplification: plugins run sequentially (upstream filters in parallel, so it may examine a
 * few more nodes than needed before stopping); preemption (PostFilter) is not simulated.
 */
import type { Rng } from '../../core/rng';
import type { LabelSelector, Pod } from '../types';
import { createCycleState, type CycleState } from './cycle-state';
import { fitErrorMessage, type Explanation, type FilteredNode, type ScoredNode } from './explanation';
import * as F from './filters';
import { filterAffinity, preFilterAffinity } from './inter-pod-affinity';
import type { ClusterCache, NodeInfo } from './node-info';
import { numFeasibleNodesToFind, type SchedulerProfile } from './profile';
import { fastScoreTable } from './score-fast';
import { scoreTable, type ScoreTable } from './score-nodes';
import { filterSpread, preFilterSpread } from './topology-spread';

export interface SchedulerContext {
  cache: ClusterCache;
  profile: SchedulerProfile;
  rng: Rng;
  /** Rotating start index of the filter scan (nextStartNodeIndex). */
  nextStartIndex: number;
  /** Selector for the system-default spread constraints (owner/services), or null. */
  defaultSpreadSelector(pod: Pod): LabelSelector | null;
  /** Reason a PreFilter rejects the pod on every node (missing PVC), or ''. */
  preFilterReason(pod: Pod): string;
  /** Build per-node score records (the model: yes; the throughput bench: no). */
  detailed: boolean;
}

type SimpleFilter = (s: CycleState, info: NodeInfo) => string[] | null;
const SIMPLE_FILTERS: Array<[string, SimpleFilter]> = [
  ['NodeUnschedulable', F.nodeUnschedulable], ['NodeName', F.nodeName], ['TaintToleration', F.taintToleration],
  ['NodeAffinity', F.nodeAffinity], ['NodePorts', F.nodePorts], ['NodeResourcesFit', F.nodeResourcesFit],
];

export interface ScheduleResult { node: string | null; explanation: Explanation }

/** True when a node surely passes every simple filter; false means "run them to find out". */
function quickPass(s: CycleState, plain: boolean, info: NodeInfo): boolean {
  if (!plain || info.node.unschedulable || info.node.taints.length > 0 || (s.hostPorts.length > 0 && info.usedPorts.size > 0)) return false;
  if (info.pods.length + 1 > info.allocPods || s.otherResources.length > 0) return false;
  return s.bestEffort || ((s.cpuMilli === 0 || s.cpuMilli <= info.allocCpuMilli - info.reqCpuMilli) && (s.memoryBytes === 0 || s.memoryBytes <= info.allocMemoryBytes - info.reqMemoryBytes));
}

function runFilters(ctx: SchedulerContext, s: CycleState, pod: Pod, nodesToFind: number, filtered: FilteredNode[]): NodeInfo[] {
  const spec = pod.spec;
  const plain = spec.nodeName === '' && s.nodeNames === null && spec.affinity.nodeRequired === null && Object.keys(spec.nodeSelector).length === 0;
  const list = ctx.cache.list;
  const n = list.length;
  const aff = preFilterAffinity(pod, ctx.cache);
  const spread = preFilterSpread(pod, ctx.cache);
  const feasible: NodeInfo[] = [];
  let examined = 0;
  for (let i = 0; i < n && feasible.length < nodesToFind; i++) {
    const info = list[(ctx.nextStartIndex + i) % n]!;
    examined++;
    let failed: FilteredNode | null = null;
    for (let f = quickPass(s, plain, info) ? SIMPLE_FILTERS.length : 0; f < SIMPLE_FILTERS.length; f++) {
      const r = SIMPLE_FILTERS[f]![1](s, info);
      if (r) { failed = { node: info.node.meta.name, plugin: SIMPLE_FILTERS[f]![0], reasons: r }; break; }
    }
    if (!failed) {
      const r = filterSpread(pod, spread, info);
      if (r) failed = { node: info.node.meta.name, plugin: 'PodTopologySpread', reasons: r };
    }
    if (!failed) {
      const r = filterAffinity(pod, aff, info);
      if (r) failed = { node: info.node.meta.name, plugin: 'InterPodAffinity', reasons: r };
    }
    if (failed) filtered.push(failed);
    else feasible.push(info);
  }
  ctx.nextStartIndex = n === 0 ? 0 : (ctx.nextStartIndex + examined) % n;
  return feasible;
}

export function scheduleOne(ctx: SchedulerContext, pod: Pod, atSec: number, attempt: number): ScheduleResult {
  const nodesTotal = ctx.cache.list.length;
  const nodesToFind = numFeasibleNodesToFind(ctx.profile.percentageOfNodesToScore, nodesTotal);
  const ex: Explanation = {
    pod: `${pod.meta.namespace}/${pod.meta.name}`, atSec, attempt, nodesTotal, nodesToFind, nodesExamined: 0,
    startIndex: ctx.nextStartIndex, filtered: [], scored: [], weights: { ...ctx.profile.weights }, skippedPlugins: [],
    ties: [], winner: null, tieBreak: 'none', message: '',
  };
  const pre = ctx.preFilterReason(pod);
  if (pre || nodesTotal === 0) {
    ex.message = fitErrorMessage(nodesTotal, [], pre || 'no nodes available to schedule pods');
    return { node: null, explanation: ex };
  }
  const s = createCycleState(pod);
  const feasible = runFilters(ctx, s, pod, nodesToFind, ex.filtered);
  ex.nodesExamined = feasible.length + ex.filtered.length;
  if (feasible.length === 0) {
    ex.message = fitErrorMessage(nodesTotal, ex.filtered);
    return { node: null, explanation: ex };
  }
  if (feasible.length === 1) {
    const only = feasible[0]!.node.meta.name;
    Object.assign(ex, { winner: only, ties: [only], tieBreak: 'only feasible node', message: `bound to ${only}` });
    return { node: only, explanation: ex };
  }
  const table = ctx.detailed ? scoreTable(ctx, s, feasible) : fastScoreTable(ctx, s, feasible);
  ex.skippedPlugins = table.skipped;
  if (ctx.detailed) ex.scored = scoredRecords(table);
  selectHost(ctx.rng, table, ex);
  return { node: ex.winner, explanation: ex };
}

function scoredRecords(t: ScoreTable): ScoredNode[] {
  return t.names.map((node, i) => {
    const scores: ScoredNode['scores'] = {};
    for (const p of t.plugins) scores[p.plugin] = [p.raw[i]!, p.normalized[i]!];
    return { node, scores, total: t.totals[i]! };
  });
}

/** selectHost: highest total; ties replaced with probability 1/k for the k-th tie. */
function selectHost(rng: Rng, t: ScoreTable, ex: Explanation): void {
  let best = 0;
  let count = 1;
  let ties = [0];
  for (let i = 1; i < t.totals.length; i++) {
    const total = t.totals[i]!;
    if (total > t.totals[best]!) { best = i; count = 1; ties = [i]; }
    else if (total === t.totals[best]!) {
      count++;
      ties.push(i);
      if (rng.int(count) === 0) best = i;
    }
  }
  ex.winner = t.names[best]!;
  ex.ties = ties.map((i) => t.names[i]!);
  ex.tieBreak = count > 1 ? 'random among ties' : 'highest total';
  ex.message = `bound to ${ex.winner}`;
}
