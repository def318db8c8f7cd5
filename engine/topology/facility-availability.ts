/**
 * Site availability from the power and cooling chain (a reliability block diagram, independent
 * failures): power = (utility ∥ generator) → UPS plant (its redundancy scheme); cooling = its plant;
 * the site is up when both are: A_site = A_power · A_cooling. The result is placed against the
 * Uptime Institute tier reference figures (engine/availability/tiers.ts).
 * Simplification: the distribution path (switchgear, PDUs) is perfect here — PDU failures are
 * modelled as events in the topology instead; no common-cause failures or maintenance windows.
 */
import { tierFor } from '../availability/tiers';
import { failuresTolerated, redundancyAvailability, unitsInstalled, type RedundancyScheme } from './redundancy';
import type { DatacenterParams, PlantSpec } from './datacenter-params';

export interface PlantSummary {
  scheme: RedundancyScheme;
  unitsNeeded: number;
  unitsInstalled: number;
  failuresTolerated: number;
  availability: number;
}

const plant = (p: PlantSpec): PlantSummary => ({
  scheme: p.scheme,
  unitsNeeded: p.unitsNeeded,
  unitsInstalled: unitsInstalled(p.scheme, p.unitsNeeded),
  failuresTolerated: failuresTolerated(p.scheme, p.unitsNeeded),
  availability: redundancyAvailability(p.scheme, p.unitsNeeded, p.unitAvailability),
});

export function facilityAvailability(p: DatacenterParams): {
  ups: PlantSummary; cooling: PlantSummary; source: number; power: number; site: number; downtimeHoursPerYear: number; tier: string | null;
} {
  const ups = plant(p.ups);
  const cooling = plant(p.cooling);
  const source = 1 - (1 - p.utilityAvailability) * (1 - p.generatorAvailability);
  const power = source * ups.availability;
  const site = power * cooling.availability;
  return { ups, cooling, source, power, site, downtimeHoursPerYear: (1 - site) * 8766, tier: tierFor(site) };
}
