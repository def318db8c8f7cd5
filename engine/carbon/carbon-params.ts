/**
 * Params of the `carbon` scenario kind, read from untrusted JSON with JSON-path errors
 * (docs/scenarios/carbon.md lists every field with units, defaults and ranges).
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readArray, readBoolean, readEnum, readNumber, readObject, readString, rejectUnknownKeys } from '../core/params';
import { DEADLINE_RULES, type DeadlineRule } from './deadline-rules';
import { FORECAST_METHODS, type ForecastSpec } from './forecast';
import type { LocationConstraints } from './location-shift';
import { findPreset, REGION_PRESETS } from './region-presets';
import { parseUtcTime } from './parse-utc-time';
import { readFootprint, type FootprintParams } from './footprint-params';
import { readImportedSeries } from './region-import';

export interface RegionParam {
  id: string;
  preset?: string;
  series?: { startMs: number; stepMin: number; valuesGPerKWh: number[]; name: string; metric: 'lifecycle' | 'direct' | 'unspecified'; signal: 'average' | 'marginal'; source: string };
  jurisdiction?: string;
  latDeg?: number;
  lonDeg?: number;
}

export interface PeriodicJobParam { id: string; kind: 'periodic'; region: string; atHourUtc: number; everyHours: number; count: number; durationHours: number; windowHours: number; powerKW: number }
export interface AdhocJobParam { id: string; kind: 'adhoc'; region: string; arrivalHours: number; durationHours: number; deadline: DeadlineRule; interruptible: boolean; powerKW: number }
export type JobParam = PeriodicJobParam | AdhocJobParam;
export type PolicyParam = { type: 'none' } | { type: 'best-window' } | { type: 'threshold'; thresholdGPerKWh: number };

export interface CarbonParams {
  startMs: number;
  days: number;
  stepMin: number;
  regions: RegionParam[];
  forecast: ForecastSpec;
  policy: PolicyParam;
  location: LocationConstraints;
  jobs: JobParam[];
  footprint?: FootprintParams;
}

const KEYS = ['startUtc', 'days', 'stepMin', 'regions', 'forecast', 'policy', 'location', 'jobs', 'footprint'];

export function readCarbonParams(input: unknown, path: string): CarbonParams {
  const o = readObject(input ?? {}, path);
  rejectUnknownKeys(o, path, KEYS);
  const days = readNumber(o, 'days', path, { min: 1, max: 400, integer: true, default: 7 });
  const stepMin = readNumber(o, 'stepMin', path, { default: 30 });
  if (![15, 30, 60].includes(stepMin)) throw new ScenarioError(joinPath(path, 'stepMin'), `must be 15, 30 or 60, got ${stepMin}`);
  const regions = (o.regions === undefined ? [{ id: 'de', preset: 'de' }] : readArray(o.regions, joinPath(path, 'regions'))).map((r, i) => readRegion(r, joinPath(path, 'regions', i)));
  const ids = regions.map((r) => r.id);
  // Without startUtc, an imported series sets the start (its first UTC midnight); else 2024-01-01.
  const imported = regions.find((r) => r.series)?.series;
  const startMs = o.startUtc === undefined && imported ? Math.ceil(imported.startMs / 86_400_000) * 86_400_000
    : parseUtcTime(readString(o, 'startUtc', path, '2024-01-01T00:00Z'), joinPath(path, 'startUtc'));
  const jobs = (o.jobs === undefined ? [] : readArray(o.jobs, joinPath(path, 'jobs'))).map((j, i) => readJob(j, joinPath(path, 'jobs', i), ids));
  const params: CarbonParams = {
    startMs, days, stepMin, regions, jobs,
    forecast: readForecast(o.forecast ?? { method: 'perfect' }, joinPath(path, 'forecast')),
    policy: readPolicy(o.policy ?? { type: 'best-window' }, joinPath(path, 'policy')),
    location: readLocation(o.location ?? { enabled: false }, joinPath(path, 'location')),
  };
  if (o.footprint !== undefined) params.footprint = readFootprint(o.footprint, joinPath(path, 'footprint'), ids);
  return params;
}

function readRegion(input: unknown, path: string): RegionParam {
  const o = readObject(input, path);
  rejectUnknownKeys(o, path, ['id', 'preset', 'series', 'import', 'jurisdiction', 'latDeg', 'lonDeg']);
  const id = readString(o, 'id', path);
  const r: RegionParam = { id };
  if (o.series !== undefined) r.series = readSeries(o.series, joinPath(path, 'series'));
  else if (o.import !== undefined) r.series = readImportedSeries(o.import, joinPath(path, 'import'));
  else {
    r.preset = readString(o, 'preset', path, id);
    if (!findPreset(r.preset)) throw new ScenarioError(joinPath(path, 'preset'), `unknown preset (known: ${REGION_PRESETS.map((p) => p.id).join(', ')}); or give "series"`);
  }
  if (o.jurisdiction !== undefined) r.jurisdiction = readString(o, 'jurisdiction', path);
  if (o.latDeg !== undefined) r.latDeg = readNumber(o, 'latDeg', path, { min: -90, max: 90 });
  if (o.lonDeg !== undefined) r.lonDeg = readNumber(o, 'lonDeg', path, { min: -180, max: 180 });
  return r;
}

function readSeries(input: unknown, path: string): NonNullable<RegionParam['series']> {
  const o = readObject(input, path);
  rejectUnknownKeys(o, path, ['startUtc', 'stepMin', 'valuesGPerKWh', 'name', 'metric', 'signal', 'source']);
  const values = readArray(o.valuesGPerKWh, joinPath(path, 'valuesGPerKWh')).map((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ScenarioError(joinPath(path, 'valuesGPerKWh', i), `must be a number ≥ 0, got ${JSON.stringify(v)}`);
    return v;
  });
  if (values.length === 0) throw new ScenarioError(joinPath(path, 'valuesGPerKWh'), 'must not be empty');
  return {
    startMs: parseUtcTime(readString(o, 'startUtc', path), joinPath(path, 'startUtc')),
    stepMin: readNumber(o, 'stepMin', path, { min: 1, max: 1440, default: 60 }),
    valuesGPerKWh: values,
    name: readString(o, 'name', path, 'imported'),
    metric: readEnum(o, 'metric', path, ['lifecycle', 'direct', 'unspecified'] as const, 'unspecified'),
    signal: readEnum(o, 'signal', path, ['average', 'marginal'] as const, 'average'),
    source: readString(o, 'source', path, 'scenario'),
  };
}

function readJob(input: unknown, path: string, regionIds: readonly string[]): JobParam {
  const o = readObject(input, path);
  const kind = readEnum(o, 'kind', path, ['periodic', 'adhoc'] as const);
  const id = readString(o, 'id', path);
  const region = readString(o, 'region', path, regionIds[0]);
  if (!regionIds.includes(region)) throw new ScenarioError(joinPath(path, 'region'), `unknown region "${region}" (regions: ${regionIds.join(', ')})`);
  const powerKW = readNumber(o, 'powerKW', path, { min: 0, default: 1 });
  const durationHours = readNumber(o, 'durationHours', path, { min: 0, minExclusive: true, max: 24 * 30, default: 0.5 });
  if (kind === 'periodic') {
    rejectUnknownKeys(o, path, ['id', 'kind', 'region', 'powerKW', 'durationHours', 'atHourUtc', 'everyHours', 'count', 'windowHours']);
    return {
      id, kind, region, powerKW, durationHours,
      atHourUtc: readNumber(o, 'atHourUtc', path, { min: 0, max: 24 * 400, default: 1 }),
      everyHours: readNumber(o, 'everyHours', path, { min: 0, minExclusive: true, default: 24 }),
      count: readNumber(o, 'count', path, { min: 1, max: 20000, integer: true, default: 10000 }),
      windowHours: readNumber(o, 'windowHours', path, { min: 0, max: 72, default: 0 }),
    };
  }
  rejectUnknownKeys(o, path, ['id', 'kind', 'region', 'powerKW', 'durationHours', 'arrivalHours', 'deadline', 'interruptible']);
  return {
    id, kind, region, powerKW, durationHours,
    arrivalHours: readNumber(o, 'arrivalHours', path, { min: 0 }),
    deadline: readEnum(o, 'deadline', path, DEADLINE_RULES, 'none'),
    interruptible: readBoolean(o, 'interruptible', path, false),
  };
}

export function readForecast(input: unknown, path: string): ForecastSpec {
  const o = readObject(input, path);
  const method = readEnum(o, 'method', path, FORECAST_METHODS);
  if (method === 'noise') return { method, errorFraction: readNumber(o, 'errorFraction', path, { min: 0, max: 2, default: 0.05 }) };
  if (method === 'moving-average') return { method, days: readNumber(o, 'days', path, { min: 1, max: 28, integer: true, default: 7 }) };
  return { method };
}

export function readPolicy(input: unknown, path: string): PolicyParam {
  const o = readObject(input, path);
  const type = readEnum(o, 'type', path, ['none', 'best-window', 'threshold'] as const);
  if (type === 'threshold') return { type, thresholdGPerKWh: readNumber(o, 'thresholdGPerKWh', path, { min: 0 }) };
  return { type };
}

export function readLocation(input: unknown, path: string): LocationConstraints {
  const o = readObject(input, path);
  rejectUnknownKeys(o, path, ['enabled', 'maxLatencyMs', 'residency']);
  const c: LocationConstraints = { enabled: readBoolean(o, 'enabled', path, true) };
  if (o.maxLatencyMs !== undefined) c.maxLatencyMs = readNumber(o, 'maxLatencyMs', path, { min: 0 });
  if (o.residency !== undefined) {
    c.residency = readArray(o.residency, joinPath(path, 'residency')).map((v, i) => {
      if (typeof v !== 'string') throw new ScenarioError(joinPath(path, 'residency', i), `must be a string, got ${JSON.stringify(v)}`);
      return v;
    });
  }
  return c;
}
