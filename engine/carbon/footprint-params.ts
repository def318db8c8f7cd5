/**
 * The optional `footprint` block of a carbon scenario: a cloud workload for the CCF estimate and
 * the SCI score. `gridRegion` takes the grid factor from one of the scenario's regions (the mean
 * of its true series) instead of CCF's per-provider-region table.
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readEnum, readNumber, readObject, readString, rejectUnknownKeys } from '../core/params';
import { PROVIDERS } from './ccf-coefficients';
import type { Workload } from './ccf-footprint';

export interface FootprintParams extends Workload {
  gridRegion?: string;
  functionalUnits: number;
  functionalUnit: string;
}

const KEYS = ['provider', 'region', 'gridRegion', 'gridGPerKWh', 'vcpuHours', 'microarchitecture', 'cpuUtilizationPct', 'memoryGbHours',
  'hddTbHours', 'ssdTbHours', 'replicationFactor', 'networkGb', 'pue', 'embodied', 'functionalUnits', 'functionalUnit'];

export function readFootprint(input: unknown, path: string, regionIds: readonly string[]): FootprintParams {
  const o = readObject(input, path);
  rejectUnknownKeys(o, path, KEYS);
  const n = (key: string, def: number, max = 1e12): number => readNumber(o, key, path, { min: 0, max, default: def });
  const f: FootprintParams = {
    provider: readEnum(o, 'provider', path, PROVIDERS, 'aws'),
    region: readString(o, 'region', path, 'unknown'),
    vcpuHours: n('vcpuHours', 0),
    microarchitecture: readString(o, 'microarchitecture', path, 'unknown'),
    cpuUtilizationPct: n('cpuUtilizationPct', 50, 100),
    memoryGbHours: n('memoryGbHours', 0),
    hddTbHours: n('hddTbHours', 0),
    ssdTbHours: n('ssdTbHours', 0),
    replicationFactor: readNumber(o, 'replicationFactor', path, { min: 1, max: 10, default: 1 }),
    networkGb: n('networkGb', 0),
    functionalUnits: readNumber(o, 'functionalUnits', path, { min: 0, minExclusive: true, default: 1 }),
    functionalUnit: readString(o, 'functionalUnit', path, 'run'),
  };
  if (o.pue !== undefined) f.pue = readNumber(o, 'pue', path, { min: 1, max: 5 });
  if (o.gridGPerKWh !== undefined) f.gridGPerKWh = readNumber(o, 'gridGPerKWh', path, { min: 0 });
  if (o.gridRegion !== undefined) {
    f.gridRegion = readString(o, 'gridRegion', path);
    if (!regionIds.includes(f.gridRegion)) throw new ScenarioError(joinPath(path, 'gridRegion'), `unknown region "${f.gridRegion}" (regions: ${regionIds.join(', ')})`);
  }
  if (o.embodied !== undefined) {
    const e = readObject(o.embodied, joinPath(path, 'embodied'));
    const ep = joinPath(path, 'embodied');
    rejectUnknownKeys(e, ep, ['hostKgCO2e', 'instanceVcpus', 'hostVcpus', 'hours']);
    f.embodied = {
      hostKgCO2e: readNumber(e, 'hostKgCO2e', ep, { min: 0 }),
      instanceVcpus: readNumber(e, 'instanceVcpus', ep, { min: 0, minExclusive: true }),
      hostVcpus: readNumber(e, 'hostVcpus', ep, { min: 0, minExclusive: true }),
      hours: readNumber(e, 'hours', ep, { min: 0 }),
    };
  }
  return f;
}
