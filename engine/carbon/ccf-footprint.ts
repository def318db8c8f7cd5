/**
 * The Cloud Carbon Footprint estimate of a cloud workload (CCF Methodology.md; packages/core
 * ComputeEstimator, MemoryEstimator, StorageEstimator, NetworkingEstimator,
 * EmbodiedEmissionsEstimator), with every coefficient it used listed beside the result.
 *   compute kWh = (minW + util·(maxW − minW)) · vCPU-h · PUE · replication / 1000
 *   memory  kWh = GB-h · 0.000392 · PUE · replication
 *   storage kWh = TB-h · coeff(Wh/TBh) · PUE · replication / 1000
 *   network kWh = GB · 0.001 · PUE
 *   operational g = kWh · grid factor;  embodied g = TE · (hours / 35 040) · (vCPUs / host vCPUs)
 * Simplification: memory GB-hours are counted as given (CCF on AWS/Azure counts only memory above
 * the SPECpower per-chip average); one replication factor for storage and memory; no GPUs.
 */
import { type Coefficient, GRID_FACTORS, PROVIDER_CONSTANTS, type Provider, SHARED_COEFFICIENTS, WATTS_PER_VCPU, WATTS_SOURCE } from './ccf-coefficients';

export interface Workload {
  provider: Provider;
  /** A provider region in GRID_FACTORS, or "unknown". */
  region: string;
  /** Overrides the region's factor (e.g. an hourly mean from a series). */
  gridGPerKWh?: number;
  vcpuHours: number;
  microarchitecture: string;
  cpuUtilizationPct: number;
  memoryGbHours: number;
  hddTbHours: number;
  ssdTbHours: number;
  replicationFactor: number;
  networkGb: number;
  pue?: number;
  /** Embodied: total tCO2e of the host × 1000 = kg; the instance's vCPUs of the host's. */
  embodied?: { hostKgCO2e: number; instanceVcpus: number; hostVcpus: number; hours: number };
}

export interface FootprintPart { energyKWh: number; co2eG: number }

export interface Footprint {
  parts: { compute: FootprintPart; memory: FootprintPart; storage: FootprintPart; networking: FootprintPart; embodied: FootprintPart };
  energyKWh: number;
  operationalG: number;
  embodiedG: number;
  totalG: number;
  embodiedShare: number;
  pue: number;
  gridGPerKWh: number;
  coefficients: Record<string, Coefficient>;
}

export function estimateFootprint(w: Workload): Footprint {
  const pc = PROVIDER_CONSTANTS[w.provider];
  const arch = WATTS_PER_VCPU[w.microarchitecture];
  const minW = arch ? { value: arch.minW, unit: 'W/vCPU', source: WATTS_SOURCE } : pc.unknownMinW;
  const maxW = arch ? { value: arch.maxW, unit: 'W/vCPU', source: WATTS_SOURCE } : pc.unknownMaxW;
  const pue = w.pue !== undefined ? { value: w.pue, unit: '', source: 'scenario' } : pc.pue;
  const grid = w.gridGPerKWh !== undefined ? { value: w.gridGPerKWh, unit: 'gCO2e/kWh', source: 'scenario' } : (GRID_FACTORS[w.provider][w.region] ?? pc.unknownGridGPerKWh);
  const sc = SHARED_COEFFICIENTS;
  const avgW = minW.value + (w.cpuUtilizationPct / 100) * (maxW.value - minW.value);
  const kwh = {
    compute: (avgW * w.vcpuHours * pue.value) / 1000,
    memory: w.memoryGbHours * sc.memoryKWhPerGbHour.value * pue.value * w.replicationFactor,
    storage: ((w.hddTbHours * sc.hddWhPerTbHour.value + w.ssdTbHours * sc.ssdWhPerTbHour.value) * pue.value * w.replicationFactor) / 1000,
    networking: w.networkGb * sc.networkingKWhPerGb.value * pue.value,
  };
  const part = (e: number): FootprintPart => ({ energyKWh: e, co2eG: e * grid.value });
  const e = w.embodied;
  const embodiedG = e ? e.hostKgCO2e * 1000 * (e.hours / sc.serverLifespanHours.value) * (e.instanceVcpus / e.hostVcpus) : 0;
  const energyKWh = kwh.compute + kwh.memory + kwh.storage + kwh.networking;
  const operationalG = energyKWh * grid.value;
  return {
    parts: { compute: part(kwh.compute), memory: part(kwh.memory), storage: part(kwh.storage), networking: part(kwh.networking), embodied: { energyKWh: 0, co2eG: embodiedG } },
    energyKWh, operationalG, embodiedG, totalG: operationalG + embodiedG,
    embodiedShare: operationalG + embodiedG > 0 ? embodiedG / (operationalG + embodiedG) : 0,
    pue: pue.value, gridGPerKWh: grid.value,
    coefficients: {
      minWattsPerVcpu: minW, maxWattsPerVcpu: maxW, pue, grid,
      memory: sc.memoryKWhPerGbHour, hdd: sc.hddWhPerTbHour, ssd: sc.ssdWhPerTbHour,
      networking: sc.networkingKWhPerGb, serverLifespan: sc.serverLifespanHours,
    },
  };
}

/**
 * Software Carbon Intensity (GSF SCI spec 1.1.0, SPEC.md): SCI = (E·I + M) per R, in gCO2e per
 * functional unit. Only location-based I; offsets never lower it.
 */
export function sciScore(energyKWh: number, intensityGPerKWh: number, embodiedG: number, functionalUnits: number): number {
  return (energyKWh * intensityGPerKWh + embodiedG) / functionalUnits;
}

/** SCI's M = TE · (TiR/EL) · (RR/ToR), in grams, with TE in kg. */
export function embodiedShareG(totalKg: number, reservedHours: number, lifespanHours: number, reservedResources: number, totalResources: number): number {
  return totalKg * 1000 * (reservedHours / lifespanHours) * (reservedResources / totalResources);
}
