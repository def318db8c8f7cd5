/**
 * Node-only: reads a PlanetLab workload folder (one file per VM) in byte-sorted file-name order,
 * the order the published CloudSim figures use (refs/cloudsim-consolidation.md §B3, §A.3).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePlanetLabTrace } from '../trace';

/** ../shared/data/planetlab relative to the repository root. */
export function planetLabRoot(repoRoot: string): string {
  return resolve(repoRoot, '..', 'shared', 'data', 'planetlab');
}

export function planetLabDates(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{8}$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

export function readPlanetLabDay(folder: string): { names: string[]; traces: number[][] } {
  const names = readdirSync(folder).filter((f) => !f.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const traces = names.map((name) => parsePlanetLabTrace(readFileSync(join(folder, name), 'utf8')));
  return { names, traces };
}
