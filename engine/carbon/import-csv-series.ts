/**
 * Importers for intensity CSV files (pure parsers: text in, IntensitySeries out; no file system).
 * Formats (refs/carbon-energy.md §4):
 *  - Electricity Maps Data Portal hourly export, old and new headers, matched case-insensitively;
 *    "(LCA)" = "(Life cycle)". Timestamps are interval starts in UTC. Default column: life-cycle.
 *  - SustainDC / EIA-930 files: `timestamp,WND,…,avg_CI` (ISO with +00:00).
 *  - Plain two-column `timestamp,gCO2e/kWh` CSV, e.g. Let's Wait Awhile's `Time,Carbon Intensity`
 *    (naive → UTC unless `naiveOffsetMin` says otherwise).
 * All are average (not marginal) intensities.
 */
import { ScenarioError } from '../core/errors';
import type { IntensityMetric, IntensityPoint, IntensitySeries } from './intensity-series';
import { parseUtcTime } from './parse-utc-time';
import { pointsToSeries } from './resample-series';

export interface CsvImportOptions {
  name?: string;
  /** Electricity Maps only: which intensity column to read (default life-cycle). */
  metric?: 'lifecycle' | 'direct';
  naiveOffsetMin?: number;
  /** Resample to this step (minutes) with the `point` method; default: the file's own step. */
  stepMin?: number;
  path?: string;
}

/** Splits one CSV line, honouring double quotes ("a, b" stays one field; "" is a quote). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',').map((f) => f.trim());
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') { field += '"'; i++; }
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { out.push(field); field = ''; }
    else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/** The col-th comma-separated field of an unquoted line, without splitting the whole line. */
function cellAt(line: string, col: number): string {
  let start = 0;
  for (let c = 0; c < col; c++) {
    const comma = line.indexOf(',', start);
    if (comma < 0) return '';
    start = comma + 1;
  }
  const end = line.indexOf(',', start);
  return line.slice(start, end < 0 ? line.length : end).trim();
}

interface Layout { timeCol: number; valueCol: number; metric: IntensityMetric; format: string; hasHeader: boolean }

function detectLayout(header: string[], metric: 'lifecycle' | 'direct', path: string): Layout {
  const lower = header.map((h) => h.toLowerCase());
  const find = (test: (h: string) => boolean): number => lower.findIndex(test);
  const dt = find((h) => h.startsWith('datetime'));
  if (dt >= 0 && lower.some((h) => h.startsWith('carbon intensity'))) {
    const want = metric === 'direct' ? (h: string) => h.includes('(direct)') : (h: string) => h.includes('(lca)') || h.includes('(life cycle)');
    const valueCol = find((h) => h.startsWith('carbon intensity') && want(h));
    if (valueCol < 0) throw new ScenarioError(path, `Electricity Maps file without a ${metric} intensity column`);
    return { timeCol: dt, valueCol, metric, format: 'Electricity Maps CSV', hasHeader: true };
  }
  const avg = find((h) => h === 'avg_ci');
  if (avg >= 0) return { timeCol: Math.max(0, find((h) => h === 'timestamp')), valueCol: avg, metric: 'unspecified', format: 'SustainDC/EIA CSV', hasHeader: true };
  if (header.length < 2) throw new ScenarioError(path, 'expected at least two columns: timestamp, gCO2e/kWh');
  const hasHeader = !/^\d{4}-\d{2}-\d{2}/.test(header[0]!);
  return { timeCol: 0, valueCol: 1, metric: 'unspecified', format: 'timestamp,value CSV', hasHeader };
}

export function parseIntensityCsv(text: string, options: CsvImportOptions = {}): IntensitySeries {
  const path = options.path ?? 'csv';
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new ScenarioError(path, 'empty file');
  const layout = detectLayout(splitCsvLine(lines[0]!), options.metric ?? 'lifecycle', path);
  const points: IntensityPoint[] = [];
  for (let i = layout.hasHeader ? 1 : 0; i < lines.length; i++) {
    const line = lines[i]!;
    const quoted = line.includes('"');
    const cells = quoted ? splitCsvLine(line) : undefined;
    const cell = (col: number): string => (cells ? cells[col] ?? '' : cellAt(line, col));
    const rowPath = `${path} line ${i + 1}`;
    const raw = cell(layout.valueCol);
    const value = raw === '' ? Number.NaN : Number(raw);
    if (raw !== '' && !Number.isFinite(value)) throw new ScenarioError(rowPath, `intensity is not a number: ${JSON.stringify(raw)}`);
    points.push({ timeMs: parseUtcTime(cell(layout.timeCol), rowPath, options.naiveOffsetMin), valueGPerKWh: value });
  }
  const meta = { name: options.name ?? 'imported', metric: layout.metric, signal: 'average' as const, source: layout.format };
  return pointsToSeries(points, meta, path, options.stepMin);
}
