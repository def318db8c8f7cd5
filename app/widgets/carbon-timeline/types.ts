/** The parts of the `carbon` model's snapshot this widget reads (docs/scenarios/carbon.md). */
export interface CarbonRegion {
  id: string;
  name: string;
  metric: string;
  signal: string;
  source: string;
  jurisdiction: string;
  meanGPerKWh: number;
  minGPerKWh: number;
  maxGPerKWh: number;
  nowGPerKWh: number;
  forecastNowGPerKWh: number;
  filledSlots: number;
}

export interface CarbonJob {
  id: string;
  jobId: string;
  kind: 'periodic' | 'adhoc';
  home: string;
  region: string;
  manual: boolean;
  interruptible: boolean;
  nominalSlot: number;
  firstStartSlot: number;
  lastStartSlot: number;
  durationSlots: number;
  runs: Array<[number, number]>;
  delayHours: number;
  baselineG: number;
  shiftedG: number;
  savedG: number;
  status: string;
  startUtc: string;
  nominalUtc: string;
}

export interface CarbonTotals {
  jobs: number;
  energyKWh: number;
  baselineG: number;
  shiftedG: number;
  savedG: number;
  savingPct: number;
  emittedSoFarG: number;
  baselineSoFarG: number;
  meanDelayHours: number;
  maxDelayHours: number;
  movedRegionCount: number;
}

export interface CarbonSnapshot {
  timeSec: number;
  timeUtc: string;
  nowSlot: number;
  stepMin: number;
  startUtc: string;
  days: number;
  policy: { type: string; thresholdGPerKWh?: number };
  forecast: { method: string; errorFraction?: number; days?: number };
  location: { enabled: boolean; maxLatencyMs?: number; residency?: string[] };
  regions: CarbonRegion[];
  jobSpecs: Array<{ id: string; kind: 'periodic' | 'adhoc'; region: string; windowHours?: number; deadline?: string; interruptible?: boolean }>;
  jobs: CarbonJob[];
  totals: CarbonTotals;
  delayHistogram: Array<{ hours: number; count: number }>;
}
