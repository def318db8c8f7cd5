/**
 * Shortest paths between hosts over the live part of the network: breadth-first search that
 * counts the shortest paths to every node (the number of equal-cost paths ECMP can spread a flow
 * over) and lists them by walking the BFS DAG back from the destination. Hosts do not forward, so
 * a path only passes through switches. Reachability: union-find over live switches and links.
 * Check (Al-Fares et al. 2008, §3.3): in a k-ary fat-tree, hosts in different pods have (k/2)²
 * shortest paths, hosts under different edge switches of one pod k/2, hosts under one edge switch 1.
 */
import { otherEnd, type FailureSet, type NetworkGraph } from './network-graph';

export interface PathResult {
  /** Number of shortest paths (0 if unreachable). */
  count: number;
  /** Links on each shortest path (= hops), or -1 if unreachable. */
  hops: number;
  /** Up to `limit` paths, each a list of node indices from source to destination. */
  paths: number[][];
}

const live = (g: NetworkGraph, f: FailureSet, link: number, next: number): boolean => !f.links[link] && !f.nodes[next];

export function shortestPaths(g: NetworkGraph, f: FailureSet, src: number, dst: number, limit = 16): PathResult {
  if (f.nodes[src] || f.nodes[dst]) return { count: 0, hops: -1, paths: [] };
  if (src === dst) return { count: 1, hops: 0, paths: [[src]] };
  const n = g.nodes.length;
  const dist = new Int32Array(n).fill(-1);
  const count = new Float64Array(n);
  dist[src] = 0;
  count[src] = 1;
  let frontier = [src];
  while (frontier.length > 0 && dist[dst]! < 0) {
    const next: number[] = [];
    for (const u of frontier) {
      if (u !== src && g.nodes[u]!.kind === 'host') continue;
      for (const li of g.adjacency[u]!) {
        const v = otherEnd(g.links[li]!, u);
        if (!live(g, f, li, v)) continue;
        if (dist[v]! < 0) {
          dist[v] = dist[u]! + 1;
          next.push(v);
        }
        if (dist[v] === dist[u]! + 1) count[v] = count[v]! + count[u]!;
      }
    }
    frontier = next;
  }
  if (dist[dst]! < 0) return { count: 0, hops: -1, paths: [] };
  return { count: count[dst]!, hops: dist[dst]!, paths: listPaths(g, f, dist, src, dst, limit) };
}

function listPaths(g: NetworkGraph, f: FailureSet, dist: Int32Array, src: number, dst: number, limit: number): number[][] {
  const out: number[][] = [];
  const walk = (node: number, suffix: number[]): void => {
    if (out.length >= limit) return;
    if (node === src) {
      out.push([src, ...suffix]);
      return;
    }
    for (const li of g.adjacency[node]!) {
      const prev = otherEnd(g.links[li]!, node);
      if (!live(g, f, li, prev) || dist[prev] !== dist[node]! - 1) continue;
      if (prev !== src && g.nodes[prev]!.kind === 'host') continue;
      walk(prev, [node, ...suffix]);
    }
  };
  walk(dst, []);
  return out;
}

/** Component label per node (−1 for failed nodes); hosts join the component of their live switch. */
export function components(g: NetworkGraph, f: FailureSet): Int32Array {
  const parent = Int32Array.from({ length: g.nodes.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  g.links.forEach((l, i) => {
    if (f.links[i] || f.nodes[l.a] || f.nodes[l.b]) return;
    const aHost = g.nodes[l.a]!.kind === 'host';
    const bHost = g.nodes[l.b]!.kind === 'host';
    if (aHost && bHost) return;
    parent[find(l.a)] = find(l.b);
  });
  return Int32Array.from({ length: g.nodes.length }, (_, i) => (f.nodes[i] ? -1 : find(i)));
}

/** Share of all host pairs (of the whole fleet) that can still reach each other. */
export function reachablePairShare(g: NetworkGraph, f: FailureSet): number {
  const comp = components(g, f);
  const sizes = new Map<number, number>();
  let hosts = 0;
  g.nodes.forEach((node, i) => {
    if (node.kind !== 'host') return;
    hosts++;
    const c = comp[i]!;
    if (c < 0) return;
    // A host whose only link is down is alone in its component (its own label).
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  });
  if (hosts < 2) return 1;
  let pairs = 0;
  for (const s of sizes.values()) pairs += (s * (s - 1)) / 2;
  return pairs / ((hosts * (hosts - 1)) / 2);
}
