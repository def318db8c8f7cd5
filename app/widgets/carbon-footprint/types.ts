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

export interface FootprintParams {
  provider: string;
  region: string;
  vcpuHours: number;
  microarchitecture: string;
  cpuUtilizationPct: number;
  memoryGbHours: number;
  hddTbHours: number;
  ssdTbHours: number;
  replicationFactor: number;
  networkGb: number;
  pue?: number;
  embodied?: { hostKgCO2e: number; instanceVcpus: number; hostVcpus: number; hours: number };
  functionalUnits: number;
  functionalUnit: string;
}
