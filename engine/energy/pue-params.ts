/** Params of the `pue` scenario kind (docs/scenarios/pue.md), validated with JSON paths. */
import { joinPath } from '../core/errors';
import { readNumber, readObject, rejectUnknownKeys } from '../core/params';
import { DEFAULT_FACILITY, type FacilitySpec } from './facility-power';
import { DEFAULT_SITE, type SiteSpec } from './facility-year';

export interface PueParams {
  facility: FacilitySpec;
  site: SiteSpec;
  carbonKgPerKWh: number;
  heatReuseShare: number;
  renewableShare: number;
}

function readNumbers<T extends object>(value: unknown, path: string, defaults: T): T {
  const obj = readObject(value ?? {}, path);
  rejectUnknownKeys(obj, path, Object.keys(defaults));
  const out: Record<string, number> = {};
  for (const [key, d] of Object.entries(defaults)) out[key] = readNumber(obj, key, path, { min: key.endsWith('C') ? -60 : 0, max: 1e7, default: d as number });
  return out as T;
}

export function readPueParams(input: unknown, path: string): PueParams {
  const obj = readObject(input ?? {}, path);
  rejectUnknownKeys(obj, path, ['facility', 'site', 'carbonKgPerKWh', 'heatReuseShare', 'renewableShare']);
  const facility = readNumbers(obj.facility, joinPath(path, 'facility'), DEFAULT_FACILITY);
  const site = readNumbers(obj.site, joinPath(path, 'site'), DEFAULT_SITE);
  site.meanItLoad = Math.min(1, site.meanItLoad);
  return {
    facility,
    site,
    carbonKgPerKWh: readNumber(obj, 'carbonKgPerKWh', path, { min: 0, max: 2, default: 0.4 }),
    heatReuseShare: readNumber(obj, 'heatReuseShare', path, { min: 0, max: 1, default: 0 }),
    renewableShare: readNumber(obj, 'renewableShare', path, { min: 0, max: 1, default: 0.2 }),
  };
}
