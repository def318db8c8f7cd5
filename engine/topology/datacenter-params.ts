/**
 * Params of the `datacenter` scenario kind (docs/scenarios/datacenter.md): the network topology,
 * the power distribution (rack PDUs, single or dual A/B feeds), power and cooling plant redundancy,
 * and the hosts' load (for colouring by utilization and power).
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readEnum, readNumber, readObject, readString, rejectUnknownKeys } from '../core/params';
import { REDUNDANCY_SCHEMES, type RedundancyScheme } from './redundancy';
import { DEFAULT_LEAF_SPINE, type LeafSpineSpec } from './leaf-spine';
import { DEFAULT_THREE_TIER, type ThreeTierSpec } from './three-tier';

export type TopologySpec =
  | { type: 'fat-tree'; k: number; linkGbps: number }
  | ({ type: 'three-tier' } & ThreeTierSpec)
  | ({ type: 'leaf-spine' } & LeafSpineSpec);

export interface PlantSpec {
  scheme: RedundancyScheme;
  /** Units needed to carry the load. */
  unitsNeeded: number;
  unitAvailability: number;
}

export interface DatacenterParams {
  topology: TopologySpec;
  racksPerPdu: number;
  pduFeeds: 1 | 2;
  ups: PlantSpec;
  cooling: PlantSpec;
  utilityAvailability: number;
  generatorAvailability: number;
  meanUtilization: number;
  selected: { from: string; to: string } | null;
}

function readTopology(value: unknown, path: string): TopologySpec {
  const obj = readObject(value ?? { type: 'fat-tree' }, path);
  const type = readEnum(obj, 'type', path, ['fat-tree', 'three-tier', 'leaf-spine'] as const, 'fat-tree');
  if (type === 'fat-tree') {
    rejectUnknownKeys(obj, path, ['type', 'k', 'linkGbps']);
    const k = readNumber(obj, 'k', path, { integer: true, min: 2, max: 32, default: 4 });
    if (k % 2 !== 0) throw new ScenarioError(joinPath(path, 'k'), `must be even (k-port switches split ports half up, half down), got ${k}`);
    return { type, k, linkGbps: readNumber(obj, 'linkGbps', path, { min: 0, minExclusive: true, default: 1 }) };
  }
  const defaults: Record<string, number> = type === 'three-tier' ? { ...DEFAULT_THREE_TIER } : { ...DEFAULT_LEAF_SPINE };
  rejectUnknownKeys(obj, path, ['type', ...Object.keys(defaults)]);
  const spec: Record<string, number> = {};
  for (const key of Object.keys(defaults)) {
    const integer = !key.endsWith('Gbps');
    spec[key] = readNumber(obj, key, path, { min: 0, minExclusive: true, integer, max: integer ? 256 : 1000, default: defaults[key] });
  }
  return { type, ...spec } as TopologySpec;
}

function readPlant(value: unknown, path: string, fallback: PlantSpec): PlantSpec {
  const obj = readObject(value ?? {}, path);
  rejectUnknownKeys(obj, path, ['scheme', 'unitsNeeded', 'unitAvailability']);
  return {
    scheme: readEnum(obj, 'scheme', path, REDUNDANCY_SCHEMES, fallback.scheme),
    unitsNeeded: readNumber(obj, 'unitsNeeded', path, { integer: true, min: 1, max: 20, default: fallback.unitsNeeded }),
    unitAvailability: readNumber(obj, 'unitAvailability', path, { min: 0, max: 1, default: fallback.unitAvailability }),
  };
}

const KEYS = ['topology', 'racksPerPdu', 'pduFeeds', 'ups', 'cooling', 'utilityAvailability', 'generatorAvailability', 'meanUtilization', 'selected'];

export function readDatacenterParams(input: unknown, path: string): DatacenterParams {
  const obj = readObject(input ?? {}, path);
  rejectUnknownKeys(obj, path, KEYS);
  const feeds = readNumber(obj, 'pduFeeds', path, { integer: true, min: 1, max: 2, default: 1 });
  let selected: DatacenterParams['selected'] = null;
  if (obj.selected !== undefined) {
    const sel = readObject(obj.selected, joinPath(path, 'selected'));
    selected = { from: readString(sel, 'from', joinPath(path, 'selected')), to: readString(sel, 'to', joinPath(path, 'selected')) };
  }
  return {
    topology: readTopology(obj.topology, joinPath(path, 'topology')),
    racksPerPdu: readNumber(obj, 'racksPerPdu', path, { integer: true, min: 1, max: 64, default: 2 }),
    pduFeeds: feeds as 1 | 2,
    // Simplification: illustrative unit availabilities, not measured figures.
    ups: readPlant(obj.ups, joinPath(path, 'ups'), { scheme: 'N+1', unitsNeeded: 2, unitAvailability: 0.999 }),
    cooling: readPlant(obj.cooling, joinPath(path, 'cooling'), { scheme: 'N+1', unitsNeeded: 3, unitAvailability: 0.998 }),
    utilityAvailability: readNumber(obj, 'utilityAvailability', path, { min: 0, max: 1, default: 0.9997 }),
    generatorAvailability: readNumber(obj, 'generatorAvailability', path, { min: 0, max: 1, default: 0.99 }),
    meanUtilization: readNumber(obj, 'meanUtilization', path, { min: 0, max: 1, default: 0.3 }),
    selected,
  };
}
