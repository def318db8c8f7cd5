/**
 * A datacenter network as a plain graph: hosts and switches (nodes) joined by links with a
 * capacity. Builders in fat-tree.ts, three-tier.ts and leaf-spine.ts produce it; paths.ts counts
 * and lists shortest paths (ECMP), bisection.ts computes bisection bandwidth by max-flow.
 * IDs are deterministic strings ("host-3", "edge-1-0", "core-2"). Units: Gbit/s.
 */
export type NodeKind = 'host' | 'edge' | 'aggregation' | 'core' | 'access' | 'leaf' | 'spine';

export interface NetNode {
  id: string;
  kind: NodeKind;
  /** Pod (fat-tree, 3-tier) or -1; rack index for hosts and top-of-rack switches, else -1. */
  pod: number;
  rack: number;
  /** Layer from the hosts up: host 0, edge/access/leaf 1, aggregation 2, core/spine 2 or 3. */
  layer: number;
}

export interface NetLink {
  id: string;
  a: number;
  b: number;
  capacityGbps: number;
}

export interface NetworkGraph {
  nodes: NetNode[];
  links: NetLink[];
  /** adjacency[i] = indices into `links` touching node i. */
  adjacency: number[][];
  index: Map<string, number>;
}

export function createGraphBuilder(): {
  addNode(node: NetNode): number;
  addLink(a: number, b: number, capacityGbps: number): void;
  build(): NetworkGraph;
} {
  const nodes: NetNode[] = [];
  const links: NetLink[] = [];
  return {
    addNode(node) {
      nodes.push(node);
      return nodes.length - 1;
    },
    addLink(a, b, capacityGbps) {
      links.push({ id: `${nodes[a]!.id}~${nodes[b]!.id}`, a, b, capacityGbps });
    },
    build() {
      const adjacency: number[][] = nodes.map(() => []);
      links.forEach((l, i) => {
        adjacency[l.a]!.push(i);
        adjacency[l.b]!.push(i);
      });
      return { nodes, links, adjacency, index: new Map(nodes.map((n, i) => [n.id, i])) };
    },
  };
}

export const otherEnd = (link: NetLink, node: number): number => (link.a === node ? link.b : link.a);

/** Which elements are down: nodes (hosts, switches) and links, by index. */
export interface FailureSet {
  nodes: Uint8Array;
  links: Uint8Array;
}

export function noFailures(g: NetworkGraph): FailureSet {
  return { nodes: new Uint8Array(g.nodes.length), links: new Uint8Array(g.links.length) };
}

export const hostIndices = (g: NetworkGraph): number[] => g.nodes.flatMap((n, i) => (n.kind === 'host' ? [i] : []));
