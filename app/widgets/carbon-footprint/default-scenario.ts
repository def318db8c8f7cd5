import type { ScenarioJson } from '../../../engine/core/model';

/**
 * One m5.xlarge-sized VM for a 730-hour month in AWS eu-central-1, serving a million requests:
 * 4 vCPUs at 50 %, 16 GiB, 100 GB of SSD, 50 GB inter-region traffic; embodied carbon from CCF's
 * m5 family figure (1.6103792 t per 96-vCPU host, AWSInstanceTypes.ts).
 */
export const defaultScenario: ScenarioJson = {
  kind: 'carbon',
  seed: 1,
  title: 'Footprint of one VM-month',
  params: {
    days: 1,
    regions: [{ id: 'de', preset: 'de' }],
    footprint: {
      provider: 'aws', region: 'eu-central-1', vcpuHours: 2920, microarchitecture: 'skylake', cpuUtilizationPct: 50,
      memoryGbHours: 11680, ssdTbHours: 73, hddTbHours: 0, replicationFactor: 2, networkGb: 50,
      embodied: { hostKgCO2e: 1610.3792, instanceVcpus: 4, hostVcpus: 96, hours: 730 },
      functionalUnits: 1000000, functionalUnit: 'request',
    },
  },
  commands: [],
  until: 0,
};
