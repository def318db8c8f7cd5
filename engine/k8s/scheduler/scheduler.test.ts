import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng';
import { emptyPodSpec, makeContainer, makeMeta, makeNode, makePod } from '../defaults';
import { podRequests } from '../requests';
import type { Node, Pod, ResourceList, Taint } from '../types';
import { createCycleState } from './cycle-state';
import { createClusterCache } from './node-info';
import { defaultProfile, numFeasibleNodesToFind, type SchedulerProfile } from './profile';
import { scheduleOne, type SchedulerContext } from './schedule-one';
import { balancedScore, fitScore } from './score-resources';
import { defaultNormalize } from './score-simple';

let uid = 1;
function pod(name: string, ...requests: ResourceList[]): Pod {
  const spec = emptyPodSpec();
  spec.containers = requests.map((r, i) => makeContainer(`c${i}`, 'app:1', r));
  if (requests.length === 0) spec.containers = [makeContainer('c0', 'app:1')];
  return makePod(makeMeta(name, 'default', uid++, 0), spec);
}
function node(name: string, alloc: ResourceList, taints: Taint[] = []): Node {
  const n = makeNode(name, alloc, uid++);
  n.taints = taints;
  return n;
}
function ctxFor(nodes: Node[], profile: SchedulerProfile = defaultProfile(), seed = 1): SchedulerContext {
  const cache = createClusterCache();
  nodes.forEach((n) => cache.addNode(n));
  return { cache, profile, rng: createRng(seed), nextStartIndex: 0, defaultSpreadSelector: () => null, preFilterReason: () => '', detailed: true };
}
const infoOf = (ctx: SchedulerContext, name: string) => ctx.cache.get(name)!;

describe('NodeResourcesFit scoring (least_allocated.go / most_allocated.go worked examples)', () => {
  const nodes = [node('node1', { cpu: 4000, memory: 10000 }), node('node2', { cpu: 6000, memory: 10000 })];
  const p = pod('p', { cpu: 3000, memory: 5000 });
  it('LeastAllocated gives 37 and 50 for a 3000m/5000 pod on 4000m/10000 and 6000m/10000 nodes', () => {
    const ctx = ctxFor(nodes);
    const s = createCycleState(p);
    expect(fitScore(ctx.profile, s, infoOf(ctx, 'node1'))).toBe(37);
    expect(fitScore(ctx.profile, s, infoOf(ctx, 'node2'))).toBe(50);
  });
  it('MostAllocated gives 62 and 50 for the same pod and nodes', () => {
    const prof = { ...defaultProfile(), strategy: 'MostAllocated' as const };
    const ctx = ctxFor(nodes, prof);
    const s = createCycleState(p);
    expect(fitScore(prof, s, infoOf(ctx, 'node1'))).toBe(62);
    expect(fitScore(prof, s, infoOf(ctx, 'node2'))).toBe(50);
  });
  it('RequestedToCapacityRatio with shape {0:0,100:10} scores utilization linearly (75 % cpu, 50 % mem → 63)', () => {
    const prof = { ...defaultProfile(), strategy: 'RequestedToCapacityRatio' as const };
    const ctx = ctxFor(nodes, prof);
    // cpu 75 → 75, memory 50 → 50; round((75 + 50) / 2) = 63 (Go math.Round of 62.5)
    expect(fitScore(prof, createCycleState(p), infoOf(ctx, 'node1'))).toBe(63);
  });
  it('uses the 100m / 200 MiB non-zero defaults for a pod without requests (90 cpu, 80 memory → 85)', () => {
    const ctx = ctxFor([node('n', { cpu: 1000, memory: 1024 * 1024 * 1024 })]);
    const s = createCycleState(pod('be'));
    expect(s.nonZeroRequest).toEqual({ cpu: 100, memory: 200 * 1024 * 1024 });
    expect(fitScore(ctx.profile, s, infoOf(ctx, 'n'))).toBe(85);
  });
  it('counts pods already on the node with their non-zero defaults', () => {
    const ctx = ctxFor([node('n', { cpu: 1000, memory: 1024 * 1024 * 1024 })]);
    const existing = pod('old');
    ctx.cache.addPod(existing, 'n');
    // cpu (1000 − 200)·100/1000 = 80, memory (1024 − 400)·100/1024 = 60.9 → 60 → 70
    expect(fitScore(ctx.profile, createCycleState(pod('new')), infoOf(ctx, 'n'))).toBe(70);
  });
});

describe('NodeResourcesBalancedAllocation (balanced_allocation.go)', () => {
  it('gives 87 for fractions 0.75 and 0.5 and 100 for equal fractions', () => {
    const ctx = ctxFor([node('node1', { cpu: 4000, memory: 10000 }), node('node2', { cpu: 6000, memory: 10000 })]);
    const s = createCycleState(pod('p', { cpu: 3000, memory: 5000 }));
    expect(balancedScore(ctx.profile, s, infoOf(ctx, 'node1'))).toBe(87);
    expect(balancedScore(ctx.profile, s, infoOf(ctx, 'node2'))).toBe(100);
  });
  it('is skipped for a best-effort pod', () => {
    const ctx = ctxFor([node('a', { cpu: 1000, memory: 1000 }), node('b', { cpu: 1000, memory: 1000 })]);
    const r = scheduleOne(ctx, pod('be'), 0, 1);
    expect(r.explanation.skippedPlugins).toContain('NodeResourcesBalancedAllocation');
  });
});

describe('effective request and the Fit filter (fit.go)', () => {
  const spec = emptyPodSpec();
  spec.containers = [makeContainer('a', 'x:1', { cpu: 500 }), makeContainer('b', 'x:1', { cpu: 700 })];
  spec.initContainers = [makeContainer('i1', 'x:1', { cpu: 1500 }), makeContainer('i2', 'x:1', { cpu: 300 })];
  spec.overhead = { cpu: 250 };
  it('is max(Σ app containers, largest init container) + overhead = 1750m', () => {
    expect(podRequests(spec).cpu).toBe(1750);
  });
  it('adds restartable sidecar init containers to the app sum and to later init containers', () => {
    const s2 = { ...spec, initContainers: [{ ...makeContainer('side', 'x:1', { cpu: 200 }), restartPolicy: 'Always' as const }, makeContainer('i', 'x:1', { cpu: 1500 })] };
    // app 1200 + sidecar 200 = 1400; init peak 1500 + 200 = 1700; + overhead 250
    expect(podRequests(s2).cpu).toBe(1950);
  });
  it('rejects a 1700m node with "Insufficient cpu" and accepts a 1750m node', () => {
    const p = makePod(makeMeta('init', 'default', uid++, 0), spec);
    const ctx = ctxFor([node('small', { cpu: 1700, memory: 1 << 30 }), node('exact', { cpu: 1750, memory: 1 << 30 })]);
    const r = scheduleOne(ctx, p, 0, 1);
    expect(r.node).toBe('exact');
    expect(r.explanation.filtered).toEqual([{ node: 'small', plugin: 'NodeResourcesFit', reasons: ['Insufficient cpu'] }]);
    expect(r.explanation.tieBreak).toBe('only feasible node');
  });
  it('checks the pod count first and reports every insufficient resource', () => {
    const ctx = ctxFor([node('full', { cpu: 1000, memory: 1000, pods: 1 })]);
    ctx.cache.addPod(pod('x', { cpu: 900 }), 'full');
    const r = scheduleOne(ctx, pod('y', { cpu: 200, memory: 2000 }), 0, 1);
    expect(r.explanation.filtered[0]!.reasons).toEqual(['Too many pods', 'Insufficient cpu', 'Insufficient memory']);
    expect(r.explanation.message).toBe('0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 Too many pods.');
  });
  it('lets a best-effort pod fit a node whose cpu is fully requested', () => {
    const ctx = ctxFor([node('busy', { cpu: 1000, memory: 1000 })]);
    ctx.cache.addPod(pod('x', { cpu: 1000, memory: 1000 }), 'busy');
    expect(scheduleOne(ctx, pod('be'), 0, 1).node).toBe('busy');
  });
});

describe('taints and node affinity', () => {
  it('filters NoSchedule taints without a toleration and names the taint', () => {
    const ctx = ctxFor([node('t', { cpu: 1000, memory: 1000 }, [{ key: 'gpu', value: 'true', effect: 'NoSchedule' }])]);
    const r = scheduleOne(ctx, pod('p'), 0, 1);
    expect(r.explanation.message).toBe('0/1 nodes are available: 1 node(s) had untolerated taint {gpu: true}.');
    const tolerant = pod('q');
    tolerant.spec.tolerations = [{ key: 'gpu', operator: 'Equal', value: 'true', effect: 'NoSchedule', tolerationSeconds: null }];
    expect(scheduleOne(ctx, tolerant, 0, 2).node).toBe('t');
  });
  it('scores PreferNoSchedule taints in reverse: 0, 1, 2 untolerated taints → 100, 50, 0', () => {
    const soft = (k: string): Taint => ({ key: k, value: '', effect: 'PreferNoSchedule' });
    const ctx = ctxFor([node('a', { cpu: 1000, memory: 1000 }), node('b', { cpu: 1000, memory: 1000 }, [soft('x')]), node('c', { cpu: 1000, memory: 1000 }, [soft('x'), soft('y')])]);
    const r = scheduleOne(ctx, pod('p'), 0, 1);
    const tt = Object.fromEntries(r.explanation.scored.map((s) => [s.node, s.scores.TaintToleration]));
    expect(tt).toEqual({ a: [0, 100], b: [1, 50], c: [2, 0] });
    expect(r.node).toBe('a');
  });
  it('normalises preferred node affinity weights 2, 4, 5 (raw 2, 11, 4) to 18, 100, 36', () => {
    expect(defaultNormalize([2, 11, 4], false)).toEqual([18, 100, 36]);
  });
  it('applies required node affinity terms ORed and requirements ANDed, with Gt on integers', () => {
    const mk = (name: string, labels: Record<string, string>) => { const n = node(name, { cpu: 1000, memory: 1000 }); Object.assign(n.meta.labels, labels); return n; };
    const ctx = ctxFor([mk('a', { disk: 'ssd', cores: '4' }), mk('b', { disk: 'ssd', cores: '16' }), mk('c', { disk: 'hdd', cores: '32' })]);
    const p = pod('p');
    p.spec.affinity.nodeRequired = [{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }, { key: 'cores', operator: 'Gt', values: ['8'] }], matchFields: [] }];
    const r = scheduleOne(ctx, p, 0, 1);
    expect(r.node).toBe('b');
    expect(r.explanation.filtered.map((f) => f.plugin)).toEqual(['NodeAffinity', 'NodeAffinity']);
  });
});

describe('percentageOfNodesToScore (numFeasibleNodesToFind)', () => {
  it('scores all nodes below 100 and follows 50 − n/125 (min 5 %, min 100 nodes) above', () => {
    expect(numFeasibleNodesToFind(0, 50)).toBe(50);
    expect(numFeasibleNodesToFind(0, 100)).toBe(100);
    expect(numFeasibleNodesToFind(0, 500)).toBe(230);
    expect(numFeasibleNodesToFind(0, 5000)).toBe(500);
    expect(numFeasibleNodesToFind(0, 6000)).toBe(300);
    expect(numFeasibleNodesToFind(30, 1000)).toBe(300);
  });
  it('stops the filter scan after enough feasible nodes and rotates the start index', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => node(`n${i}`, { cpu: 4000, memory: 1 << 30 }));
    const ctx = ctxFor(nodes);
    const r = scheduleOne(ctx, pod('p', { cpu: 100 }), 0, 1);
    expect(r.explanation.nodesExamined).toBe(230);
    expect(ctx.nextStartIndex).toBe(230);
  });
});

describe('selectHost tie-break', () => {
  it('picks uniformly among equal totals with the seeded RNG and repeats for the same seed', () => {
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let seed = 1; seed <= 600; seed++) {
      const ctx = ctxFor(['a', 'b', 'c'].map((n) => node(n, { cpu: 1000, memory: 1000 })), defaultProfile(), seed);
      const r = scheduleOne(ctx, pod('p'), 0, 1);
      expect(r.explanation.ties).toEqual(['a', 'b', 'c']);
      counts[r.node!]!++;
    }
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(150);
    const again = (seed: number) => scheduleOne(ctxFor(['a', 'b', 'c'].map((n) => node(n, { cpu: 1000, memory: 1000 })), defaultProfile(), seed), pod('p'), 0, 1).node;
    expect(again(42)).toBe(again(42));
  });
  it('sums weighted normalised scores: max total is 100 × Σ weights', () => {
    const ctx = ctxFor([node('a', { cpu: 4000, memory: 10000 }), node('b', { cpu: 6000, memory: 10000 })]);
    const r = scheduleOne(ctx, pod('p', { cpu: 3000, memory: 5000 }), 0, 1);
    const b = r.explanation.scored.find((s) => s.node === 'b')!;
    // TaintToleration 3×100 + Fit 50 + Balanced 100 + ImageLocality 0 (NodeAffinity, spread, affinity skipped)
    expect(b.total).toBe(450);
    expect(r.node).toBe('b');
  });
});
