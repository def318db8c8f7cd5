/**
 * Cloud Carbon Footprint (CCF) coefficients, each with its upstream source
 * (github.com/cloud-carbon-footprint/cloud-carbon-footprint, HEAD b7a049c7, 2024-03-25; collected
 * in shared/refs/carbon-energy.md §2). Where CCF's docs and code disagree, the code's value is used.
 * Units: watts per vCPU; Wh per TB-hour; kWh per GB-hour; kWh per GB; hours; gCO2e/kWh (CCF's
 * t/kWh × 10⁶).
 */
export interface Coefficient {
  value: number;
  unit: string;
  source: string;
}

const C = (value: number, unit: string, source: string): Coefficient => ({ value, unit, source });
const COMPUTE_SRC = 'CCF packages/{aws,gcp,azure}/src/domain/*FootprintEstimationConstants.ts (SPECpower-derived, cloud-carbon-coefficients)';

/** Min/max watts per vCPU by microarchitecture (identical for AWS, GCP and Azure where present). */
export const WATTS_PER_VCPU: Record<string, { minW: number; maxW: number }> = {
  'cascade-lake': { minW: 0.64, maxW: 3.97 },
  skylake: { minW: 0.65, maxW: 4.26 },
  broadwell: { minW: 0.71, maxW: 3.69 },
  haswell: { minW: 1.0, maxW: 4.74 },
  'coffee-lake': { minW: 1.14, maxW: 5.42 },
  'sandy-bridge': { minW: 2.17, maxW: 8.58 },
  'ivy-bridge': { minW: 3.04, maxW: 8.25 },
  'epyc-1': { minW: 0.82, maxW: 2.55 },
  'epyc-2': { minW: 0.47, maxW: 1.69 },
  'epyc-3': { minW: 0.45, maxW: 2.02 },
  graviton2: { minW: 0.47, maxW: 1.69 }, // CCF uses EPYC 2nd gen as a stand-in
};
export const WATTS_SOURCE = COMPUTE_SRC;

export type Provider = 'aws' | 'gcp' | 'azure';
export const PROVIDERS: readonly Provider[] = ['aws', 'gcp', 'azure'];

export interface ProviderConstants {
  unknownMinW: Coefficient;
  unknownMaxW: Coefficient;
  pue: Coefficient;
  unknownGridGPerKWh: Coefficient;
}

export const PROVIDER_CONSTANTS: Record<Provider, ProviderConstants> = {
  aws: {
    unknownMinW: C(0.74, 'W/vCPU', 'CCF AwsFootprintEstimationConstants.ts MIN_WATTS_AVG'),
    unknownMaxW: C(3.5, 'W/vCPU', 'CCF AwsFootprintEstimationConstants.ts MAX_WATTS_AVG'),
    pue: C(1.135, '', 'CCF AwsFootprintEstimationConstants.ts getPUE()'),
    unknownGridGPerKWh: C(392.78188, 'gCO2e/kWh', 'CCF AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH Unknown'),
  },
  gcp: {
    unknownMinW: C(0.68, 'W/vCPU', 'CCF GcpFootprintEstimationConstants.ts MIN_WATTS_MEDIAN (docs say 0.71)'),
    unknownMaxW: C(4.11, 'W/vCPU', 'CCF GcpFootprintEstimationConstants.ts MAX_WATTS_MEDIAN (docs say 4.26)'),
    pue: C(1.1, '', 'CCF GcpFootprintEstimationConstants.ts fleet PUE (Google TTM)'),
    unknownGridGPerKWh: C(317.1470588, 'gCO2e/kWh', 'CCF GCP_EMISSIONS_FACTORS_METRIC_TON_PER_KWH Unknown'),
  },
  azure: {
    unknownMinW: C(0.74, 'W/vCPU', 'CCF AzureFootprintEstimationConstants.ts MIN_WATTS_AVG (docs say 0.78)'),
    unknownMaxW: C(3.54, 'W/vCPU', 'CCF AzureFootprintEstimationConstants.ts MAX_WATTS_AVG (docs say 3.76)'),
    pue: C(1.185, '', 'CCF AzureFootprintEstimationConstants.ts getPUE() (Methodology Appendix I says 1.125)'),
    unknownGridGPerKWh: C(351.2799615, 'gCO2e/kWh', 'CCF AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH Unknown'),
  },
};

export const SHARED_COEFFICIENTS = {
  hddWhPerTbHour: C(0.65, 'Wh/TBh', 'CCF StorageEstimator / HDDCOEFFICIENT: 6.5 W per 10 TB drive (Methodology.md)'),
  ssdWhPerTbHour: C(1.2, 'Wh/TBh', 'CCF SSDCOEFFICIENT: 6 W per 5 TB drive (Methodology.md)'),
  memoryKWhPerGbHour: C(0.000392, 'kWh/GBh', 'CCF MEMORY_COEFFICIENT: mean of Crucial 0.375 and Micron 0.4083 W/GB (MemoryEstimator.ts)'),
  networkingKWhPerGb: C(0.001, 'kWh/GB', 'CCF NETWORKING_COEFFICIENT (NetworkingEstimator.ts; inter-region traffic only)'),
  serverLifespanHours: C(35040, 'h', 'CCF EmbodiedEmissionsEstimator.ts: 4 years (EmbodiedEmissions.md)'),
  defaultCpuUtilizationPct: C(50, '%', 'CCF AVG_CPU_UTILIZATION_2020'),
};

/** Grid factors, gCO2e/kWh (CCF t/kWh × 10⁶), for a selection of provider regions. */
export const GRID_FACTORS: Record<Provider, Record<string, Coefficient>> = {
  aws: {
    'us-east-1': C(379.069, 'gCO2e/kWh', 'CCF AWS constants: eGRID2020 SERC'),
    'us-east-2': C(410.608, 'gCO2e/kWh', 'CCF AWS constants: eGRID2020 RFC'),
    'us-west-2': C(322.167, 'gCO2e/kWh', 'CCF AWS constants: eGRID2020 WECC'),
    'eu-central-1': C(311, 'gCO2e/kWh', 'CCF AWS constants: DE (carbonfootprint.com 2021 / EEA)'),
    'eu-west-1': C(278.6, 'gCO2e/kWh', 'CCF AWS constants: IE'),
    'eu-west-2': C(225, 'gCO2e/kWh', 'CCF AWS constants: UK'),
    'eu-west-3': C(51.1, 'gCO2e/kWh', 'CCF AWS constants: FR'),
    'eu-north-1': C(8.8, 'gCO2e/kWh', 'CCF AWS constants: SE'),
    'ap-south-1': C(708.2, 'gCO2e/kWh', 'CCF AWS constants: IN'),
    'ca-central-1': C(120, 'gCO2e/kWh', 'CCF AWS constants: CA'),
  },
  gcp: {
    'us-central1': C(456, 'gCO2e/kWh', 'CCF GCP constants (Google grid factor)'),
    'us-east4': C(309, 'gCO2e/kWh', 'CCF GCP constants (Google grid factor)'),
    'us-west1': C(60, 'gCO2e/kWh', 'CCF GCP constants (Google grid factor)'),
    'europe-west1': C(110, 'gCO2e/kWh', 'CCF GCP constants (Google grid factor)'),
    'europe-west3': C(269, 'gCO2e/kWh', 'CCF GCP constants (Google grid factor)'),
    'europe-north1': C(127, 'gCO2e/kWh', 'CCF GCP constants (Google grid factor)'),
    'asia-south1': C(670, 'gCO2e/kWh', 'CCF GCP constants (Google grid factor)'),
  },
  azure: {
    'east-us': C(379.069, 'gCO2e/kWh', 'CCF Azure constants: eGRID2020 SERC'),
    'west-europe': C(328.4, 'gCO2e/kWh', 'CCF Azure constants: NL'),
    'north-europe': C(278.6, 'gCO2e/kWh', 'CCF Azure constants: IE'),
    'france-central': C(51.28, 'gCO2e/kWh', 'CCF Azure constants: FR'),
    'sweden-central': C(5.67, 'gCO2e/kWh', 'CCF Azure constants: SE'),
    'central-india': C(708.2, 'gCO2e/kWh', 'CCF Azure constants: IN'),
  },
};
