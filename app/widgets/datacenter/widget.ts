import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import type { ScenarioJson } from '../../../engine/core/model';

const defaultScenario: ScenarioJson = {
  kind: 'datacenter',
  seed: 1,
  title: 'k = 4 fat-tree',
  params: {
    topology: { type: 'fat-tree', k: 4, linkGbps: 1 },
    racksPerPdu: 2,
    pduFeeds: 1,
    ups: { scheme: 'N+1', unitsNeeded: 2 },
    cooling: { scheme: 'N+1', unitsNeeded: 3 },
    selected: { from: 'host-0', to: 'host-15' },
  },
  commands: [],
  until: 0,
};

const widget: WidgetDefinition = {
  kind: 'datacenter',
  modelKind: 'datacenter',
  title: 'Datacenter topologies and failures',
  chapter: 'infrastructure',
  summary: 'Fat-tree, three-tier and leaf-spine networks: fail switches, links, hosts and PDUs and watch equal-cost paths, reachability and bisection bandwidth; set power and cooling redundancy against the Uptime tiers.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      topology: {
        type: 'object', title: 'Topology',
        properties: {
          type: { type: 'string', enum: ['fat-tree', 'three-tier', 'leaf-spine'], title: 'Type', default: 'fat-tree' },
          k: { type: 'integer', title: 'k (fat-tree ports per switch, even)', minimum: 2, maximum: 32, default: 4 },
          linkGbps: { type: 'number', title: 'Link rate (Gbit/s, fat-tree)', exclusiveMinimum: 0, default: 1 },
        },
      },
      racksPerPdu: { type: 'integer', title: 'Racks per PDU', minimum: 1, default: 2 },
      pduFeeds: { type: 'integer', title: 'PDU feeds per rack (1 or 2)', minimum: 1, maximum: 2, default: 1 },
      meanUtilization: { type: 'number', title: 'Mean host utilization', minimum: 0, maximum: 1, default: 0.3 },
    },
  },
  snapshotFields: {
    downHosts: 'hosts down (failed or unpowered)',
    downSwitches: 'switches down',
    reachablePairsPct: 'share of all host pairs that can still communicate, %',
    'selected.pathCount': 'equal-cost shortest paths between the selected hosts',
    'selected.hops': 'links on those paths',
    bisectionGbps: 'bisection bandwidth now, Gbit/s',
    fullBisectionGbps: 'bisection bandwidth with nothing failed, Gbit/s',
    'facility.site': 'site availability from power and cooling (0–1)',
    'facility.tier': 'highest Uptime tier figure met ("I"–"IV") or null',
    failed: 'ids failed by command',
  },
  hasTime: false,
  component: lazy(() => import('./DatacenterWidget')),
};

export default widget;
