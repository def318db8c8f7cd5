/**
 * The state of a `datacenter` run: the network graph, which elements were failed by command
 * (switches, hosts, links, rack PDUs), and the resulting effective failure set — a host or
 * top-of-rack switch is down when its rack has lost power (every feed's PDU failed).
 */
import { ScenarioError } from '../core/errors';
import type { Rng } from '../core/rng';
import { createSpecPowerModel } from '../energy/power-model';
import { HP_ML110_G5_W } from '../energy/specpower-servers';
import { buildFatTree } from './fat-tree';
import { buildLeafSpine } from './leaf-spine';
import { noFailures, type FailureSet, type NetworkGraph } from './network-graph';
import { buildThreeTier } from './three-tier';
import type { DatacenterParams, TopologySpec } from './datacenter-params';

export interface DatacenterState {
  params: DatacenterParams;
  graph: NetworkGraph;
  racks: number;
  pduCount: number;
  /** Elements failed by command: node/link/PDU ids. */
  failed: Set<string>;
  selected: { from: string; to: string } | null;
  hostUtilization: Float64Array;
  hostPowerW: Float64Array;
}

export function buildTopology(t: TopologySpec): NetworkGraph {
  if (t.type === 'fat-tree') return buildFatTree(t.k, t.linkGbps);
  if (t.type === 'three-tier') return buildThreeTier(t);
  return buildLeafSpine(t);
}

/** What command targets are resolved against; fixed by the params for the whole run. */
export type TargetSpace = Pick<DatacenterState, 'graph' | 'racks' | 'pduCount'>;

export function targetSpace(params: DatacenterParams): TargetSpace {
  const graph = buildTopology(params.topology);
  const racks = 1 + graph.nodes.reduce((m, n) => Math.max(m, n.rack), -1);
  return { graph, racks, pduCount: Math.ceil(racks / params.racksPerPdu) * params.pduFeeds };
}

export function createDatacenterState(params: DatacenterParams, rng: Rng): DatacenterState {
  const { graph, racks, pduCount } = targetSpace(params);
  const load = rng.stream('load');
  // Host power from the HP ProLiant ML110 G5 SPECpower curve (one of CloudSim's two servers).
  const power = createSpecPowerModel('HP ProLiant ML110 G5', HP_ML110_G5_W);
  const util = new Float64Array(graph.nodes.length);
  const watts = new Float64Array(graph.nodes.length);
  graph.nodes.forEach((n, i) => {
    if (n.kind !== 'host') return;
    util[i] = Math.min(1, Math.max(0, params.meanUtilization + 0.15 * load.normal()));
    watts[i] = power.powerW(util[i]!);
  });
  const state: DatacenterState = { params, graph, racks, pduCount, failed: new Set(), selected: null, hostUtilization: util, hostPowerW: watts };
  if (params.selected) selectHosts(state, params.selected.from, params.selected.to, 'params.selected');
  return state;
}

export const pduId = (i: number): string => `pdu-${i}`;

/** The PDUs feeding a rack: one per feed (feed B PDUs are numbered after feed A's). */
export function rackPdus(state: DatacenterState, rack: number): number[] {
  const perFeed = state.pduCount / state.params.pduFeeds;
  const a = Math.floor(rack / state.params.racksPerPdu);
  return state.params.pduFeeds === 2 ? [a, a + perFeed] : [a];
}

export function rackPowered(state: DatacenterState, rack: number): boolean {
  return rackPdus(state, rack).some((p) => !state.failed.has(pduId(p)));
}

export function effectiveFailures(state: DatacenterState): FailureSet {
  const { graph } = state;
  const f = noFailures(graph);
  const powered = Array.from({ length: state.racks }, (_, r) => rackPowered(state, r));
  graph.nodes.forEach((n, i) => {
    if (state.failed.has(n.id) || (n.rack >= 0 && !powered[n.rack])) f.nodes[i] = 1;
  });
  graph.links.forEach((l, i) => {
    if (state.failed.has(l.id)) f.links[i] = 1;
  });
  return f;
}

/** Resolves a failure target ("edge-0-1", "host-3", "pdu-2", "host-0~edge-0-0") to its canonical id. */
export function resolveTarget(state: TargetSpace, target: string, path: string): string {
  if (state.graph.index.has(target)) return target;
  const pdu = /^pdu-(\d+)$/.exec(target);
  if (pdu && Number(pdu[1]) < state.pduCount) return target;
  const parts = target.split('~');
  if (parts.length === 2) {
    const link = state.graph.links.find((l) => l.id === target || l.id === `${parts[1]}~${parts[0]}`);
    if (link) return link.id;
  }
  throw new ScenarioError(path, `no switch, host, link or PDU named "${target}" (e.g. "host-0", "${state.graph.nodes.find((n) => n.kind !== 'host')?.id}", "pdu-0", "${state.graph.links[0]?.id}")`);
}

export function checkHosts(space: TargetSpace, from: string, to: string, path: string): void {
  for (const [key, id] of [['from', from], ['to', to]] as const) {
    const i = space.graph.index.get(id);
    if (i === undefined || space.graph.nodes[i]!.kind !== 'host') throw new ScenarioError(`${path}.${key}`, `"${id}" is not a host (hosts are host-0 … host-${space.graph.nodes.filter((n) => n.kind === 'host').length - 1})`);
  }
}

export function selectHosts(state: DatacenterState, from: string, to: string, path: string): void {
  checkHosts(state, from, to, path);
  state.selected = { from, to };
}
