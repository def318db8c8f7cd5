import { describe, expect, it } from 'vitest';
import { embodiedShareG, estimateFootprint, sciScore, type Workload } from './ccf-footprint';

const base: Workload = {
  provider: 'aws', region: 'us-east-1', vcpuHours: 1, microarchitecture: 'unknown', cpuUtilizationPct: 50,
  memoryGbHours: 0, hddTbHours: 0, ssdTbHours: 0, replicationFactor: 1, networkGb: 0,
};

describe('Cloud Carbon Footprint estimate (worked examples in refs/carbon-energy.md §2)', () => {
  it('1 vCPU-hour on AWS, unknown architecture, 50 % utilisation, us-east-1 ≈ 0.91 gCO2e (2.12 W × 1.135 × 379.069)', () => {
    const f = estimateFootprint(base);
    expect(f.parts.compute.energyKWh).toBeCloseTo(0.0024062, 6);
    expect(f.operationalG).toBeCloseTo(0.912, 3);
  });

  it('m5.xlarge for 1 h embodies 1.6103792 t × 1/35 040 × 4/96 ≈ 1.92 gCO2e', () => {
    const f = estimateFootprint({ ...base, vcpuHours: 0, embodied: { hostKgCO2e: 1610.3792, instanceVcpus: 4, hostVcpus: 96, hours: 1 } });
    expect(f.embodiedG).toBeCloseTo(1.915, 3);
    expect(f.embodiedShare).toBe(1);
  });

  it('uses a known microarchitecture\'s watts (Cascade Lake at 100 %: 3.97 W per vCPU)', () => {
    const f = estimateFootprint({ ...base, microarchitecture: 'cascade-lake', cpuUtilizationPct: 100, vcpuHours: 1000 });
    expect(f.parts.compute.energyKWh).toBeCloseTo(3.97 * 1.135, 6);
  });

  it('counts memory, storage and networking with CCF\'s coefficients and PUE (GCP 1.1)', () => {
    const f = estimateFootprint({ ...base, provider: 'gcp', region: 'europe-west1', vcpuHours: 0, memoryGbHours: 1000, ssdTbHours: 100, networkGb: 50, replicationFactor: 2 });
    expect(f.parts.memory.energyKWh).toBeCloseTo(1000 * 0.000392 * 1.1 * 2, 9);
    expect(f.parts.storage.energyKWh).toBeCloseTo((100 * 1.2 * 1.1 * 2) / 1000, 9);
    expect(f.parts.networking.energyKWh).toBeCloseTo(50 * 0.001 * 1.1, 9);
    expect(f.gridGPerKWh).toBe(110);
  });

  it('SCI spec example: 1000 kg embodied, 4-year life, 1 h reserved ≈ 28.5 g; SCI = (E·I + M)/R', () => {
    const m = embodiedShareG(1000, 1, 4 * 365 * 24, 1, 1);
    expect(m).toBeCloseTo(28.54, 2);
    expect(sciScore(2, 300, m, 1000)).toBeCloseTo((600 + m) / 1000, 9);
  });
});
