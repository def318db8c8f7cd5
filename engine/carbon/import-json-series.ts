/**
 * Importers for intensity JSON (pure parsers; refs/carbon-energy.md §4.2–4.3):
 *  - WattTime API v3 `/v3/historical` or `/v3/forecast`: `{data:[{point_time,value}], meta:{signal_type, units}}`.
 *    `co2_moer` is a marginal signal, `co2_aoer` an average one; lbs/MWh × 0.45359237 = g/kWh.
 *    The "signal index" variant (units "percentile") is not an intensity and is refused.
 *  - UK Carbon Intensity API (National Grid ESO) national `{data:[{from,to,intensity:{forecast,actual}}]}`
 *    or regional `{data:[{regionid, data:[…]}]}` (forecast only). `actual` is used when present,
 *    else `forecast`. Half-hourly, UTC.
 */
import { ScenarioError } from '../core/errors';
import type { IntensityPoint, IntensitySeries } from './intensity-series';
import { parseUtcTime } from './parse-utc-time';
import { pointsToSeries } from './resample-series';

export const G_PER_KWH_PER_LB_PER_MWH = 0.45359237; // 453.59237 g/lb ÷ 1000 kWh/MWh (CASDK WattTimeDataSource.cs)

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseIntensityJson(text: string, name = 'imported', path = 'json'): IntensitySeries {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(path, `not JSON: ${(e as Error).message}`);
  }
  if (!isObj(doc) || !Array.isArray(doc.data)) throw new ScenarioError(path, 'expected an object with a "data" array');
  if (isObj(doc.meta) || doc.data.some((d) => isObj(d) && 'point_time' in d)) return fromWattTime(doc, name, path);
  return fromUkCarbonIntensity(doc.data, name, path);
}

function fromWattTime(doc: Obj, name: string, path: string): IntensitySeries {
  const meta = isObj(doc.meta) ? doc.meta : {};
  const units = String(meta.units ?? 'lbs_co2_per_mwh');
  if (units === 'percentile') throw new ScenarioError(`${path}.meta.units`, 'a WattTime signal index (percentile) is not an intensity');
  const factor = units.startsWith('lbs') ? G_PER_KWH_PER_LB_PER_MWH : 1;
  const points = (doc.data as unknown[]).map((d, i): IntensityPoint => {
    const at = `${path}.data[${i}]`;
    if (!isObj(d) || typeof d.point_time !== 'string' || typeof d.value !== 'number') throw new ScenarioError(at, 'expected {point_time, value}');
    return { timeMs: parseUtcTime(d.point_time, `${at}.point_time`), valueGPerKWh: d.value * factor };
  });
  const signal = meta.signal_type === 'co2_aoer' ? 'average' : 'marginal';
  return pointsToSeries(points, { name: String(meta.region ?? name), metric: 'unspecified', signal, source: `WattTime ${String(meta.signal_type ?? 'co2_moer')}` }, path);
}

function fromUkCarbonIntensity(data: unknown[], name: string, path: string): IntensitySeries {
  const first = data[0];
  if (isObj(first) && Array.isArray(first.data)) return fromUkCarbonIntensity(first.data, String(first.shortname ?? name), `${path}.data[0].data`);
  const points: IntensityPoint[] = [];
  data.forEach((d, i) => {
    const at = `${path}.data[${i}]`;
    if (!isObj(d) || typeof d.from !== 'string' || !isObj(d.intensity)) throw new ScenarioError(at, 'expected {from, to, intensity:{forecast, actual}}');
    const v = typeof d.intensity.actual === 'number' ? d.intensity.actual : d.intensity.forecast;
    points.push({ timeMs: parseUtcTime(d.from, `${at}.from`), valueGPerKWh: typeof v === 'number' ? v : Number.NaN });
  });
  return pointsToSeries(points, { name, metric: 'unspecified', signal: 'average', source: 'UK Carbon Intensity API' }, path);
}
