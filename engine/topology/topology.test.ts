import { describe, expect, it } from 'vitest';
import { bisectionBandwidthGbps } from './bisection';
import { buildFatTree, fatTreeCounts } from './fat-tree';
import { buildLeafSpine, DEFAULT_LEAF_SPINE, leafOversubscription } from './leaf-spine';
import { noFailures, type NetworkGraph } from './network-graph';
import { reachablePairShare, shortestPaths } from './paths';
import { buildThreeTier, DEFAULT_THREE_TIER, threeTierOversubscription } from './three-tier';

const idx = (g: NetworkGraph, id: string): number => g.index.get(id)!;
const paths = (g: NetworkGraph, a: string, b: string, failed: string[] = []) => {
  const f = noFailures(g);
  for (const id of failed) f.nodes[idx(g, id)] = 1;
  return shortestPaths(g, f, idx(g, a), idx(g, b), 64);
};

describe('k-ary fat-tree (Al-Fares, Loukissas & Vahdat, SIGCOMM 2008, §3.3)', () => {
  it('has k³/4 hosts, (k/2)² core switches and 5k²/4 switches: k = 4 → 16, 4, 20; k = 48 → 27 648 hosts', () => {
    const g = buildFatTree(4);
    expect(g.nodes.filter((n) => n.kind === 'host')).toHaveLength(16);
    expect(g.nodes.filter((n) => n.kind === 'core')).toHaveLength(4);
    expect(g.nodes.filter((n) => n.kind !== 'host')).toHaveLength(20);
    expect(fatTreeCounts(48)).toMatchObject({ hosts: 27648, coreSwitches: 576 });
    const g8 = buildFatTree(8);
    expect(g8.nodes.filter((n) => n.kind === 'host')).toHaveLength(128);
    expect(g8.nodes.filter((n) => n.kind === 'core')).toHaveLength(16);
  });

  it('gives (k/2)² equal-cost paths between pods, k/2 within a pod, 1 under one edge switch', () => {
    const g = buildFatTree(4);
    expect(paths(g, 'host-0', 'host-15')).toMatchObject({ count: 4, hops: 6 });
    expect(paths(g, 'host-0', 'host-2')).toMatchObject({ count: 2, hops: 4 });
    expect(paths(g, 'host-0', 'host-1')).toMatchObject({ count: 1, hops: 2 });
    expect(paths(buildFatTree(8), 'host-0', 'host-127').count).toBe(16);
    expect(paths(g, 'host-0', 'host-15').paths).toHaveLength(4);
  });

  it('loses one inter-pod path per failed core switch and half of them with a failed aggregation switch', () => {
    const g = buildFatTree(4);
    expect(paths(g, 'host-0', 'host-15', ['core-0']).count).toBe(3);
    expect(paths(g, 'host-0', 'host-15', ['agg-0-0']).count).toBe(2);
    expect(paths(g, 'host-0', 'host-15', ['edge-0-0']).count).toBe(0);
  });

  it('has full bisection bandwidth, k³/8 × link rate: 8 Gbit/s at k = 4, 27 at k = 6', () => {
    expect(bisectionBandwidthGbps(buildFatTree(4), noFailures(buildFatTree(4)))).toBeCloseTo(8, 9);
    const g6 = buildFatTree(6);
    expect(bisectionBandwidthGbps(g6, noFailures(g6))).toBeCloseTo(27, 9);
  });

  it('a failed edge switch cuts its two hosts off: 91 of 120 host pairs still connect (75.8 %)', () => {
    const g = buildFatTree(4);
    const f = noFailures(g);
    f.nodes[idx(g, 'edge-0-0')] = 1;
    expect(reachablePairShare(g, f)).toBeCloseTo(91 / 120, 12);
  });
});

describe('three-tier and leaf-spine', () => {
  it('three-tier with 8 × 1 G hosts per rack and 2 × 1 G uplinks is 4:1 oversubscribed at access', () => {
    expect(threeTierOversubscription(DEFAULT_THREE_TIER).access).toBe(4);
    const g = buildThreeTier(DEFAULT_THREE_TIER);
    // half the hosts (64 × 1 G) can only push the 16 G of their pods' access uplinks
    expect(bisectionBandwidthGbps(g, noFailures(g))).toBeCloseTo(16, 9);
  });

  it('three-tier hosts in different pods have 2 (aggregation) × 2 (core) × 2 (aggregation) = 8 paths', () => {
    const g = buildThreeTier(DEFAULT_THREE_TIER);
    expect(paths(g, 'host-0', 'host-127')).toMatchObject({ count: 8, hops: 6 });
  });

  it('leaf-spine has one path per spine between racks and 48 × 10 G / 4 × 40 G = 3:1 oversubscription', () => {
    const g = buildLeafSpine(DEFAULT_LEAF_SPINE);
    expect(paths(g, 'host-0', 'host-63')).toMatchObject({ count: 4, hops: 4 });
    expect(leafOversubscription({ spines: 4, leaves: 2, hostsPerLeaf: 48, hostGbps: 10, uplinkGbps: 40 })).toBe(3);
  });
});
