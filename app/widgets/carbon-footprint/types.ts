import type { Workload } from '../../../engine/carbon/ccf-footprint';
/** The `footprint` part of the carbon snapshot (docs/scenarios/carbon.md). */
export interface Coefficient { value: number; unit: string; source: string }

export interface FootprintSnapshot {
  provider: string;
  region: string;
  gridRegion: string | null;
  parts: Record<'compute' | 'memory' | 'storage' | 'networking' | 'embodied', { energyKWh: number; co2eG: number }>;
  energyKWh: number;
  operationalG: number;
  embodiedG: number;
  totalG: number;
  embodiedShare: number;
  pue: number;
  gridGPerKWh: number;
  sci: { value: number; unit: string; functionalUnits: number };
  coefficients: Record<string, Coefficient>;
  catalog: { regions: Record<string, string[]>; microarchitectures: string[] };
}

/** The model's params: the engine's workload (provider as a plain string for the form) plus the SCI functional unit. */
export type FootprintParams = Omit<Workload, 'provider' | 'gridGPerKWh'> & {
  provider: string;
  functionalUnits: number;
  functionalUnit: string;
};
