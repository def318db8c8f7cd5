import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planetLabRoot, readPlanetLabDay } from './node/read-planetlab';
import { runExperiment, type ExperimentConfig } from './run-experiment';

// CloudSim 3.0.3, workload 20110303, sorted file order (../shared/refs/cloudsim-consolidation.md §A.1).
const PUBLISHED = {
  NPA: { energyKWh: 2410.8028, migrations: 0, slavE5: 0, shutdowns: 455 },
  DVFS: { energyKWh: 802.75449, migrations: 0, slavE5: 0, shutdowns: 455 },
  'THR-MMT': { energyKWh: 192.62307, migrations: 26711, slavE5: 3.176, shutdowns: 5885 },
  'LR-MMT': { energyKWh: 163.47722, migrations: 27859, slavE5: 4.644, shutdowns: 5053 },
};
const CONFIG: Record<keyof typeof PUBLISHED, Pick<ExperimentConfig, 'allocation' | 'selection'>> = {
  NPA: { allocation: 'npa' },
  DVFS: { allocation: 'dvfs' },
  'THR-MMT': { allocation: 'thr', selection: 'mmt' },
  'LR-MMT': { allocation: 'lr', selection: 'mmt' },
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = join(planetLabRoot(repoRoot), '20110303');
const present = existsSync(folder);
if (!present) console.warn(`cloudsim-repro.test: skipped — PlanetLab traces not found at ${folder}`);

describe.skipIf(!present)('reproduction of CloudSim 3.0.3 on PlanetLab 2011-03-03 (800 hosts, 1 052 VMs)', () => {
  const traces = present ? readPlanetLabDay(folder).traces : [];

  for (const [name, ref] of Object.entries(PUBLISHED)) {
    it(`${name} is within 2 % energy, 5 % migrations and 10 % SLAV of CloudSim's ${ref.energyKWh} kWh`, () => {
      const r = runExperiment({ traces, hostCount: 800, ...CONFIG[name as keyof typeof PUBLISHED] });
      expect(traces.length).toBe(1052);
      expect(Math.abs(r.energyKWh - ref.energyKWh) / ref.energyKWh).toBeLessThanOrEqual(0.02);
      expect(Math.abs(r.migrations - ref.migrations)).toBeLessThanOrEqual(0.05 * ref.migrations);
      expect(Math.abs(r.slavPct * 1000 - ref.slavE5)).toBeLessThanOrEqual(0.1 * ref.slavE5 + 1e-12);
      // Following the refs' semantics exactly gives the printed digits, not just the tolerance.
      expect(r.energyKWh).toBeCloseTo(ref.energyKWh, 4);
      expect(r.migrations).toBe(ref.migrations);
      expect(r.hostShutdowns).toBe(ref.shutdowns);
    }, 60_000);
  }
});
