/**
 * Node-only loaders for the shared validation data (../shared/data/carbon, outside the repo; never
 * copied in). Reads files and hands the text to the pure parsers in engine/carbon.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIntensityCsv } from '../import-csv-series';
import type { IntensitySeries } from '../intensity-series';
import type { StudyJob } from '../lets-wait-awhile';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export const CARBON_DATA_DIR = resolve(repoRoot, '../shared/data/carbon');
export const LWA_DIR = join(CARBON_DATA_DIR, 'lets-wait-awhile');

/** The study's region files that are present: code → path (ger, gb, fr; cal is absent upstream). */
export function lwaRegionFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of ['ger', 'gb', 'fr', 'cal']) {
    const file = join(LWA_DIR, `${code}_ci.csv`);
    if (existsSync(file)) out[code] = file;
  }
  return out;
}

export function loadSeries(file: string, name: string): IntensitySeries {
  return parseIntensityCsv(readFileSync(file, 'utf8'), { name, path: file });
}

export function loadStudyJobs(): StudyJob[] {
  const lines = readFileSync(join(LWA_DIR, 'derived/ml_jobs_3387.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const cells = line.split(',');
    return { arrivalMinute: Number(cells[2]), durationMinutes: Number(cells[3]) };
  });
}

/** Published tables (derived/*.csv) as rows of strings keyed by header. */
export function loadPublished(name: 'periodic_nightly_results' | 'ml_adhoc_results'): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(join(LWA_DIR, `derived/${name}.csv`), 'utf8').trim().split(/\r?\n/);
  const keys = header!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i] ?? `c${i}`, v])));
}

/** The other hourly series in ../shared/data/carbon (Electricity Maps 2022, EIA/SustainDC 2022). */
export function otherRegionFiles(): Array<{ name: string; file: string }> {
  const out: Array<{ name: string; file: string }> = [];
  for (const dir of ['electricitymaps-2022', 'eia-sustaindc-2022']) {
    const full = join(CARBON_DATA_DIR, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full).sort()) {
      if (f.endsWith('_2022_hourly.csv')) out.push({ name: `${f.replace('_2022_hourly.csv', '')} (${dir.split('-')[0]})`, file: join(full, f) });
    }
  }
  return out;
}
