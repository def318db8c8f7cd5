/**
 * The footprint part of the carbon snapshot: the CCF estimate (with each coefficient and its
 * source) and the SCI score per functional unit. With `gridRegion`, the grid factor is that
 * region's mean true intensity over the horizon.
 */
import type { JsonValue, Snapshot } from '../core/model';
import { GRID_FACTORS, WATTS_PER_VCPU } from './ccf-coefficients';
import { estimateFootprint, sciScore } from './ccf-footprint';
import type { BuiltRegion } from './carbon-regions';
import type { FootprintParams } from './footprint-params';
import { meanOf } from './intensity-series';

const r3 = (x: number): number => Number(x.toPrecision(6));

export function footprintSnapshot(p: FootprintParams, regions: readonly BuiltRegion[]): Snapshot {
  const region = p.gridRegion ? regions.find((r) => r.id === p.gridRegion) : undefined;
  const f = estimateFootprint(region ? { ...p, gridGPerKWh: meanOf(region.truth) } : p);
  if (region) f.coefficients.grid = { value: f.gridGPerKWh, unit: 'gCO2e/kWh', source: `mean of region "${region.id}" (${region.source})` };
  const parts: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(f.parts)) parts[k] = { energyKWh: r3(v.energyKWh), co2eG: r3(v.co2eG) };
  const coefficients: Record<string, JsonValue> = {};
  for (const [k, c] of Object.entries(f.coefficients)) coefficients[k] = { value: c.value, unit: c.unit, source: c.source };
  return {
    provider: p.provider, region: p.region, gridRegion: p.gridRegion ?? null,
    parts, energyKWh: r3(f.energyKWh), operationalG: r3(f.operationalG), embodiedG: r3(f.embodiedG), totalG: r3(f.totalG),
    embodiedShare: r3(f.embodiedShare), pue: f.pue, gridGPerKWh: r3(f.gridGPerKWh),
    sci: { value: r3(sciScore(f.energyKWh, f.gridGPerKWh, f.embodiedG, p.functionalUnits)), unit: `gCO2e per ${p.functionalUnit}`, functionalUnits: p.functionalUnits },
    coefficients,
    catalog: {
      regions: { aws: Object.keys(GRID_FACTORS.aws), gcp: Object.keys(GRID_FACTORS.gcp), azure: Object.keys(GRID_FACTORS.azure) },
      microarchitectures: ['unknown', ...Object.keys(WATTS_PER_VCPU)],
    },
  };
}
