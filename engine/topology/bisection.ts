/**
 * Bisection bandwidth: the maximum traffic one half of the hosts can send to the other half at
 * once, computed as a max-flow (Dinic's algorithm; Dinitz 1970) from a super-source on the first
 * half of the hosts (in id order, so whole pods or racks) to a super-sink on the second half.
 * Each link carries its capacity in both directions (full duplex). Failed nodes and links carry
 * nothing. For a k-ary fat-tree this is k³/8 × link rate — full bisection (Al-Fares et al. 2008).
 * Units: Gbit/s.
 */
import { hostIndices, type FailureSet, type NetworkGraph } from './network-graph';

interface Arc { to: number; cap: number; rev: number }

function addArc(arcs: Arc[][], a: number, b: number, capAB: number, capBA: number): void {
  arcs[a]!.push({ to: b, cap: capAB, rev: arcs[b]!.length });
  arcs[b]!.push({ to: a, cap: capBA, rev: arcs[a]!.length - 1 });
}

export function maxFlow(arcs: Arc[][], s: number, t: number): number {
  const n = arcs.length;
  let flow = 0;
  for (;;) {
    const level = new Int32Array(n).fill(-1);
    level[s] = 0;
    const queue = [s];
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi]!;
      for (const e of arcs[u]!) if (e.cap > 1e-12 && level[e.to]! < 0) { level[e.to] = level[u]! + 1; queue.push(e.to); }
    }
    if (level[t]! < 0) return flow;
    const it = new Int32Array(n);
    const push = (u: number, f: number): number => {
      if (u === t) return f;
      for (; it[u]! < arcs[u]!.length; it[u] = it[u]! + 1) {
        const e = arcs[u]![it[u]!]!;
        if (e.cap > 1e-12 && level[e.to] === level[u]! + 1) {
          const d = push(e.to, Math.min(f, e.cap));
          if (d > 0) {
            e.cap -= d;
            arcs[e.to]![e.rev]!.cap += d;
            return d;
          }
        }
      }
      return 0;
    };
    for (let f = push(s, Infinity); f > 0; f = push(s, Infinity)) flow += f;
  }
}

export function bisectionBandwidthGbps(g: NetworkGraph, f: FailureSet): number {
  const hosts = hostIndices(g);
  const n = g.nodes.length;
  const source = n;
  const sink = n + 1;
  const arcs: Arc[][] = Array.from({ length: n + 2 }, () => []);
  g.links.forEach((l, i) => {
    if (f.links[i] || f.nodes[l.a] || f.nodes[l.b]) return;
    addArc(arcs, l.a, l.b, l.capacityGbps, l.capacityGbps);
  });
  const half = Math.floor(hosts.length / 2);
  hosts.forEach((h, i) => {
    if (f.nodes[h]) return;
    if (i < half) addArc(arcs, source, h, Infinity, 0);
    else if (i < 2 * half) addArc(arcs, h, sink, Infinity, 0);
  });
  return maxFlow(arcs, source, sink);
}
