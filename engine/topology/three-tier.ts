/**
 * The classic three-tier tree (Cisco, "Data Center Infrastructure 2.5 Design Guide", 2007, ch. 1;
 * the course notes): access (top-of-rack) switches dual-homed to a pair of aggregation switches per
 * pod, every aggregation switch connected to every core switch. Oversubscription appears where the
 * capacity facing the hosts exceeds the uplink capacity: at access, hostsPerRack × hostGbps ÷
 * (2 × accessUplinkGbps); at aggregation, the pod's access uplinks ÷ its core uplinks.
 * Simplification: no inter-aggregation link, no services layer, no spanning-tree blocking (all
 * uplinks forward, as with vPC/MLAG).
 */
import { ScenarioError } from '../core/errors';
import { createGraphBuilder, type NetworkGraph } from './network-graph';

export interface ThreeTierSpec {
  pods: number;
  accessPerPod: number;
  hostsPerRack: number;
  coreSwitches: number;
  hostGbps: number;
  accessUplinkGbps: number;
  coreUplinkGbps: number;
}

export const DEFAULT_THREE_TIER: ThreeTierSpec = {
  pods: 4, accessPerPod: 4, hostsPerRack: 8, coreSwitches: 2, hostGbps: 1, accessUplinkGbps: 1, coreUplinkGbps: 2,
};

export function buildThreeTier(spec: ThreeTierSpec): NetworkGraph {
  for (const [key, v] of Object.entries(spec)) {
    if (!(v > 0)) throw new ScenarioError(`params.topology.${key}`, `must be > 0, got ${v}`);
  }
  const g = createGraphBuilder();
  const cores: number[] = [];
  for (let c = 0; c < spec.coreSwitches; c++) cores.push(g.addNode({ id: `core-${c}`, kind: 'core', pod: -1, rack: -1, layer: 3 }));
  let hostId = 0;
  for (let p = 0; p < spec.pods; p++) {
    const aggs = [0, 1].map((a) => g.addNode({ id: `agg-${p}-${a}`, kind: 'aggregation', pod: p, rack: -1, layer: 2 }));
    for (const agg of aggs) for (const core of cores) g.addLink(agg, core, spec.coreUplinkGbps);
    for (let e = 0; e < spec.accessPerPod; e++) {
      const rack = p * spec.accessPerPod + e;
      const access = g.addNode({ id: `access-${p}-${e}`, kind: 'access', pod: p, rack, layer: 1 });
      for (const agg of aggs) g.addLink(access, agg, spec.accessUplinkGbps);
      for (let h = 0; h < spec.hostsPerRack; h++) {
        const host = g.addNode({ id: `host-${hostId++}`, kind: 'host', pod: p, rack, layer: 0 });
        g.addLink(host, access, spec.hostGbps);
      }
    }
  }
  return g.build();
}

/** Oversubscription ratios (host-facing ÷ uplink capacity) at the access and aggregation layers. */
export function threeTierOversubscription(spec: ThreeTierSpec): { access: number; aggregation: number; endToEnd: number } {
  const access = (spec.hostsPerRack * spec.hostGbps) / (2 * spec.accessUplinkGbps);
  const aggregation = (spec.accessPerPod * 2 * spec.accessUplinkGbps) / (2 * spec.coreSwitches * spec.coreUplinkGbps);
  return { access, aggregation, endToEnd: access * Math.max(1, aggregation) };
}
