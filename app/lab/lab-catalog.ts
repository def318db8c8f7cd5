/**
 * The course's labs, discovered at build time with Vite's import.meta.glob over labs/**\/*.json
 * (the schema excluded). Files are bundled as data and validated in the worker when opened.
 */
import { summarizeLab, type LabSummary } from './lab-summary';

const files = import.meta.glob<unknown>(['../../labs/**/*.json', '!../../labs/lab.schema.json'], { eager: true, import: 'default' });

export interface LabEntry {
  summary: LabSummary;
  raw: unknown;
}

const entries: LabEntry[] = Object.entries(files)
  .map(([path, raw]) => ({ summary: summarizeLab(path.replace(/^(\.\.\/)+/, ''), raw), raw }))
  .sort((a, b) => a.summary.source.localeCompare(b.summary.source));

export function allLabs(): readonly LabEntry[] {
  return entries;
}

export function findLab(labId: string): LabEntry | undefined {
  return entries.find((e) => e.summary.id === labId);
}
