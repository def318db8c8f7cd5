/**
 * The k-ary fat-tree of Al-Fares, Loukissas & Vahdat, "A Scalable, Commodity Data Center Network
 * Architecture", SIGCOMM 2008, §3.3: k pods, each with k/2 edge and k/2 aggregation switches of k
 * ports; (k/2)² core switches; each edge switch serves k/2 hosts, so k³/4 hosts in all. Edge and
 * aggregation switches in a pod form a complete bipartite graph; aggregation switch j of every pod
 * connects to core switches j·k/2 … (j+1)·k/2 − 1. All links have the same rate, which gives full
 * bisection bandwidth (1:1 oversubscription). A rack is one edge switch and its hosts.
 */
import { ScenarioError } from '../core/errors';
import { createGraphBuilder, type NetworkGraph } from './network-graph';

export function buildFatTree(k: number, linkGbps = 1): NetworkGraph {
  if (!Number.isInteger(k) || k < 2 || k % 2 !== 0) throw new ScenarioError('params.topology.k', `must be an even integer ≥ 2, got ${k}`);
  const half = k / 2;
  const g = createGraphBuilder();
  const cores: number[] = [];
  for (let c = 0; c < half * half; c++) cores.push(g.addNode({ id: `core-${c}`, kind: 'core', pod: -1, rack: -1, layer: 3 }));
  let hostId = 0;
  for (let p = 0; p < k; p++) {
    const aggs: number[] = [];
    for (let a = 0; a < half; a++) {
      const agg = g.addNode({ id: `agg-${p}-${a}`, kind: 'aggregation', pod: p, rack: -1, layer: 2 });
      aggs.push(agg);
      for (let c = 0; c < half; c++) g.addLink(agg, cores[a * half + c]!, linkGbps);
    }
    for (let e = 0; e < half; e++) {
      const rack = p * half + e;
      const edge = g.addNode({ id: `edge-${p}-${e}`, kind: 'edge', pod: p, rack, layer: 1 });
      for (const agg of aggs) g.addLink(edge, agg, linkGbps);
      for (let h = 0; h < half; h++) {
        const host = g.addNode({ id: `host-${hostId++}`, kind: 'host', pod: p, rack, layer: 0 });
        g.addLink(host, edge, linkGbps);
      }
    }
  }
  return g.build();
}

/** Al-Fares et al.'s counts for a k-ary fat-tree. */
export function fatTreeCounts(k: number): { hosts: number; coreSwitches: number; switches: number; podSwitches: number } {
  return { hosts: (k * k * k) / 4, coreSwitches: (k / 2) ** 2, podSwitches: k * k, switches: (5 * k * k) / 4 };
}
