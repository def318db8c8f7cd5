/**
 * A region's series given as the raw text of an export (`regions[i].import`), parsed by the pure
 * importers: JSON (WattTime v3, UK Carbon Intensity API) or CSV (Electricity Maps, SustainDC/EIA,
 * `timestamp,value`). This is how the app imports a file: the worker parses, the UI never does.
 */
import { joinPath } from '../core/errors';
import { readEnum, readNumber, readObject, readString, rejectUnknownKeys } from '../core/params';
import type { RegionParam } from './carbon-params';
import { parseIntensityCsv } from './import-csv-series';
import { parseIntensityJson } from './import-json-series';

export function readImportedSeries(input: unknown, path: string): NonNullable<RegionParam['series']> {
  const o = readObject(input, path);
  rejectUnknownKeys(o, path, ['text', 'name', 'metric', 'naiveOffsetMin']);
  const text = readString(o, 'text', path);
  const textPath = joinPath(path, 'text');
  const name = readString(o, 'name', path, 'imported');
  const series = text.trimStart().startsWith('{')
    ? parseIntensityJson(text, name, textPath)
    : parseIntensityCsv(text, {
      name, path: textPath,
      metric: readEnum(o, 'metric', path, ['lifecycle', 'direct'] as const, 'lifecycle'),
      naiveOffsetMin: readNumber(o, 'naiveOffsetMin', path, { min: -14 * 60, max: 14 * 60, default: 0 }),
    });
  return {
    startMs: series.startMs, stepMin: series.stepMin, valuesGPerKWh: Array.from(series.valuesGPerKWh),
    name: series.name === 'imported' ? name : series.name, metric: series.metric, signal: series.signal, source: `imported ${series.source}`,
  };
}
