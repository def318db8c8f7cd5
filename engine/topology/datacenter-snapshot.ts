/**
 * What the datacenter view draws and lab checks read: elements and their state, reachability,
 * ECMP paths between the selected hosts, bisection bandwidth now and with nothing failed, IT power,
 * and the facility's power/cooling availability and tier. Units: Gbit/s, W, fractions and percent.
 */
import type { JsonValue, Snapshot } from '../core/model';
import { bisectionBandwidthGbps } from './bisection';
import { facilityAvailability } from './facility-availability';
import { noFailures } from './network-graph';
import { reachablePairShare, shortestPaths } from './paths';
import { effectiveFailures, pduId, rackPdus, rackPowered, type DatacenterState } from './datacenter-state';

const round = (x: number, d = 4): number => Number(x.toFixed(d));

export function fullBisectionGbps(state: DatacenterState): number {
  return bisectionBandwidthGbps(state.graph, noFailures(state.graph));
}

function selectedPaths(state: DatacenterState, f: ReturnType<typeof effectiveFailures>): JsonValue {
  if (!state.selected) return null;
  const { graph } = state;
  const r = shortestPaths(graph, f, graph.index.get(state.selected.from)!, graph.index.get(state.selected.to)!, 16);
  return {
    from: state.selected.from, to: state.selected.to, pathCount: r.count, hops: r.hops,
    paths: r.paths.map((p) => p.map((i) => graph.nodes[i]!.id)),
  };
}

export function buildDatacenterSnapshot(state: DatacenterState, tSec: number, fullBisection: number): Snapshot {
  const { graph } = state;
  const f = effectiveFailures(state);
  let itPowerW = 0;
  let downHosts = 0;
  let downSwitches = 0;
  const nodes = graph.nodes.map((n, i): { [key: string]: JsonValue } => {
    const up = !f.nodes[i];
    if (n.kind === 'host') {
      if (up) itPowerW += state.hostPowerW[i]!;
      else downHosts++;
      return { id: n.id, kind: n.kind, pod: n.pod, rack: n.rack, up, utilization: round(state.hostUtilization[i]!, 3), powerW: up ? round(state.hostPowerW[i]!, 1) : 0 };
    }
    if (!up) downSwitches++;
    return { id: n.id, kind: n.kind, pod: n.pod, rack: n.rack, up };
  });
  const bisection = bisectionBandwidthGbps(graph, f);
  return {
    tSec,
    topology: state.params.topology.type,
    hostCount: graph.nodes.filter((n) => n.kind === 'host').length,
    switchCount: graph.nodes.filter((n) => n.kind !== 'host').length,
    linkCount: graph.links.length,
    nodes,
    links: graph.links.map((l, i) => ({ id: l.id, a: graph.nodes[l.a]!.id, b: graph.nodes[l.b]!.id, capacityGbps: l.capacityGbps, up: !f.links[i] && !f.nodes[l.a] && !f.nodes[l.b] })),
    pdus: Array.from({ length: state.pduCount }, (_, p) => ({
      id: pduId(p), up: !state.failed.has(pduId(p)),
      racks: Array.from({ length: state.racks }, (_, r) => r).filter((r) => rackPdus(state, r).includes(p)),
    })),
    unpoweredRacks: Array.from({ length: state.racks }, (_, r) => r).filter((r) => !rackPowered(state, r)),
    failed: [...state.failed].sort(),
    downHosts,
    downSwitches,
    reachablePairsPct: round(reachablePairShare(graph, f) * 100, 3),
    selected: selectedPaths(state, f),
    bisectionGbps: round(bisection, 3),
    fullBisectionGbps: round(fullBisection, 3),
    bisectionRatio: fullBisection > 0 ? round(bisection / fullBisection, 4) : 0,
    itPowerW: round(itPowerW, 1),
    facility: facilityAvailability(state.params) as unknown as JsonValue,
  };
}
