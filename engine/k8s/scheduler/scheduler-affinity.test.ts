import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng';
import { emptyPodSpec, makeContainer, makeMeta, makeNode, makePod } from '../defaults';
import type { Node, Pod } from '../types';
import { createCycleState } from './cycle-state';
import { createClusterCache } from './node-info';
import { defaultProfile } from './profile';
import { scheduleOne, type SchedulerContext } from './schedule-one';
import { imageLocalityScore } from './score-simple';

let uid = 1000;
function pod(name: string, labels: Record<string, string> = {}, image = 'app:1'): Pod {
  const spec = emptyPodSpec();
  spec.containers = [makeContainer('c', image, { cpu: 100, memory: 1 << 20 })];
  const p = makePod(makeMeta(name, 'default', uid++, 0), spec);
  p.meta.labels = labels;
  return p;
}
function zoneNode(name: string, zone: string | null): Node {
  const n = makeNode(name, { cpu: 4000, memory: 2 ** 32 }, uid++);
  if (zone) n.meta.labels['topology.kubernetes.io/zone'] = zone;
  return n;
}
function ctxFor(nodes: Node[], selector: SchedulerContext['defaultSpreadSelector'] = () => null): SchedulerContext {
  const cache = createClusterCache();
  nodes.forEach((n) => cache.addNode(n));
  return { cache, profile: defaultProfile(), rng: createRng(1), nextStartIndex: 0, defaultSpreadSelector: selector, preFilterReason: () => '', detailed: true };
}
const sel = (k: string, v: string) => ({ matchLabels: {}, matchExpressions: [{ key: k, operator: 'In' as const, values: [v] }] });

describe('InterPodAffinity (pods/pod-with-pod-affinity.yaml semantics)', () => {
  it('requires a security=S1 pod in the same zone and rejects nodes elsewhere', () => {
    const ctx = ctxFor([zoneNode('a1', 'a'), zoneNode('a2', 'a'), zoneNode('b1', 'b')]);
    ctx.cache.addPod(pod('s1', { security: 'S1' }), 'a1');
    const p = pod('with-pod-affinity');
    p.spec.affinity.podRequired = [{ labelSelector: sel('security', 'S1'), namespaces: [], topologyKey: 'topology.kubernetes.io/zone' }];
    const r = scheduleOne(ctx, p, 0, 1);
    expect(r.explanation.filtered).toEqual([{ node: 'b1', plugin: 'InterPodAffinity', reasons: ["node(s) didn't match pod affinity rules"] }]);
    expect(['a1', 'a2']).toContain(r.node);
  });
  it('lets the first pod of a self-affine group go anywhere when no pod matches yet', () => {
    const ctx = ctxFor([zoneNode('a1', 'a'), zoneNode('b1', 'b')]);
    const p = pod('first', { app: 'web' });
    p.spec.affinity.podRequired = [{ labelSelector: sel('app', 'web'), namespaces: [], topologyKey: 'topology.kubernetes.io/zone' }];
    expect(scheduleOne(ctx, p, 0, 1).explanation.filtered).toEqual([]);
  });
  it('enforces an existing pod\'s required anti-affinity symmetrically', () => {
    const ctx = ctxFor([zoneNode('a1', 'a'), zoneNode('b1', 'b')]);
    const loner = pod('loner', { app: 'db' });
    loner.spec.affinity.antiRequired = [{ labelSelector: sel('app', 'web'), namespaces: [], topologyKey: 'kubernetes.io/hostname' }];
    ctx.cache.addPod(loner, 'a1');
    const r = scheduleOne(ctx, pod('web', { app: 'web' }), 0, 1);
    expect(r.node).toBe('b1');
    expect(r.explanation.filtered[0]!.reasons).toEqual(["node(s) didn't satisfy existing pods anti-affinity rules"]);
  });
  it('scores preferred anti-affinity weight 100 by min–max normalisation (zone with S2 → 0, other → 100)', () => {
    const ctx = ctxFor([zoneNode('a1', 'a'), zoneNode('b1', 'b')]);
    ctx.cache.addPod(pod('s2', { security: 'S2' }), 'a1');
    const p = pod('p');
    p.spec.affinity.antiPreferred = [{ weight: 100, term: { labelSelector: sel('security', 'S2'), namespaces: [], topologyKey: 'topology.kubernetes.io/zone' } }];
    const r = scheduleOne(ctx, p, 0, 1);
    const ipa = Object.fromEntries(r.explanation.scored.map((s) => [s.node, s.scores.InterPodAffinity]));
    expect(ipa).toEqual({ a1: [-100, 0], b1: [0, 100] });
    expect(r.node).toBe('b1');
  });
});

describe('PodTopologySpread', () => {
  it('rejects the zone that would exceed maxSkew 1 and rejects nodes without the key', () => {
    const ctx = ctxFor([zoneNode('a1', 'a'), zoneNode('b1', 'b'), zoneNode('nozone', null)]);
    ctx.cache.addPod(pod('x', { foo: 'bar' }), 'a1');
    const p = pod('p', { foo: 'bar' });
    p.spec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { foo: 'bar' }, matchExpressions: [] }, minDomains: 1 }];
    const r = scheduleOne(ctx, p, 0, 1);
    expect(r.node).toBe('b1');
    expect(r.explanation.filtered.map((f) => f.reasons[0])).toEqual([
      "node(s) didn't match pod topology spread constraints",
      "node(s) didn't match pod topology spread constraints (missing required label)",
    ]);
  });
  it('applies the system default hostname constraint to owned pods: raw round(ln 4 + 2) = 3 vs 2 → 66 vs 100', () => {
    const selector = { matchLabels: { app: 'web' }, matchExpressions: [] };
    const ctx = ctxFor([zoneNode('n1', null), zoneNode('n2', null)], () => selector);
    ctx.cache.addPod(pod('web-1', { app: 'web' }), 'n1');
    const r = scheduleOne(ctx, pod('web-2', { app: 'web' }), 0, 1);
    const pts = Object.fromEntries(r.explanation.scored.map((s) => [s.node, s.scores.PodTopologySpread]));
    expect(pts).toEqual({ n1: [3, 66], n2: [2, 100] });
    expect(r.node).toBe('n2');
  });
});

describe('ImageLocality (image_locality.go)', () => {
  it('scores a 300 MiB image present on 1 of 2 nodes as 100·(150 − 23)/(1000 − 23) = 12', () => {
    const has = zoneNode('has', null);
    has.images = [{ name: 'big:1', sizeBytes: 300 * 1024 * 1024 }];
    const ctx = ctxFor([has, zoneNode('none', null)]);
    const s = createCycleState(pod('p', {}, 'big:1'));
    expect(imageLocalityScore(s, ctx.cache.get('has')!, ctx.cache, 2)).toBe(12);
    expect(imageLocalityScore(s, ctx.cache.get('none')!, ctx.cache, 2)).toBe(0);
  });
  it('treats an untagged image as :latest', () => {
    const has = zoneNode('has', null);
    has.images = [{ name: 'nginx:latest', sizeBytes: 600 * 1024 * 1024 }];
    const ctx = ctxFor([has]);
    // 600 MiB × 1/1: 100·(600 − 23)/977 = 59
    expect(imageLocalityScore(createCycleState(pod('p', {}, 'nginx')), ctx.cache.get('has')!, ctx.cache, 1)).toBe(59);
  });
});
