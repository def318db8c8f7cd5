/**
 * A two-tier leaf-spine (folded Clos) fabric: every leaf (top-of-rack) switch connects to every
 * spine switch, so any two racks are exactly two switch hops apart with one equal-cost path per
 * spine. Oversubscription at a leaf = hostsPerLeaf × hostGbps ÷ (spines × uplinkGbps)
 * (e.g. 48 × 10 G ÷ 4 × 40 G = 3:1). Source: Cisco, "Data Center Spine-and-Leaf Architecture:
 * Design Overview" white paper (2016); Clos, "A study of non-blocking switching networks", 1953.
 */
import { ScenarioError } from '../core/errors';
import { createGraphBuilder, type NetworkGraph } from './network-graph';

export interface LeafSpineSpec {
  spines: number;
  leaves: number;
  hostsPerLeaf: number;
  hostGbps: number;
  uplinkGbps: number;
}

export const DEFAULT_LEAF_SPINE: LeafSpineSpec = { spines: 4, leaves: 8, hostsPerLeaf: 8, hostGbps: 10, uplinkGbps: 40 };

export function buildLeafSpine(spec: LeafSpineSpec): NetworkGraph {
  for (const [key, v] of Object.entries(spec)) {
    if (!(v > 0)) throw new ScenarioError(`params.topology.${key}`, `must be > 0, got ${v}`);
  }
  const g = createGraphBuilder();
  const spines: number[] = [];
  for (let s = 0; s < spec.spines; s++) spines.push(g.addNode({ id: `spine-${s}`, kind: 'spine', pod: -1, rack: -1, layer: 2 }));
  let hostId = 0;
  for (let l = 0; l < spec.leaves; l++) {
    const leaf = g.addNode({ id: `leaf-${l}`, kind: 'leaf', pod: -1, rack: l, layer: 1 });
    for (const s of spines) g.addLink(leaf, s, spec.uplinkGbps);
    for (let h = 0; h < spec.hostsPerLeaf; h++) {
      const host = g.addNode({ id: `host-${hostId++}`, kind: 'host', pod: -1, rack: l, layer: 0 });
      g.addLink(host, leaf, spec.hostGbps);
    }
  }
  return g.build();
}

export const leafOversubscription = (spec: LeafSpineSpec): number => (spec.hostsPerLeaf * spec.hostGbps) / (spec.spines * spec.uplinkGbps);
