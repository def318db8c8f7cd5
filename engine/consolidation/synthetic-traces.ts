/**
 * Synthetic PlanetLab-like CPU traces for the app's default data (the real traces are not
 * redistributed). Each VM gets a base level drawn from a log-normal distribution, a mild daily
 * cycle with a random phase, and AR(1) noise; values are rounded to integer percentages in 0–99,
 * 288 per day, like the CoMon files. Zeros are not spread evenly in the real data: some VMs sit
 * idle for stretches while the rest rarely read 0. So a share of VMs alternates between busy and
 * idle (0 %) periods by a two-state Markov chain, and the others never drop below 1 %.
 *
 * Calibration (our measurement of ../shared/data/planetlab/20110303, 1 052 traces): per-VM mean
 * utilization median 6.8 %, mean 12.3 %, 90th percentile 33.7 %; per-VM standard deviation 6.7
 * points on average; lag-1 autocorrelation median 0.05; 15 % of samples are 0; half the traces
 * contain two consecutive zeros (which CloudSim treats as a finished VM). The defaults below give
 * (seed 1, 1 052 VMs) mean 12.2 %, median 6.9 %, p90 31.7 %, 16 % zeros, 543 traces with a zero
 * pair; on 800 CloudSim hosts DVFS uses 752 kWh (real day: 803) and LR-MMT 138 kWh with 29 609
 * migrations (real: 163 kWh, 27 859). Checked in synthetic-traces.test.ts.
 * Simplification: no weekly pattern, no correlation between VMs, no bursts shared by a site.
 */
import type { Rng } from '../core/rng';
import { SAMPLES_PER_DAY } from './trace';

export interface SyntheticTraceSpec {
  vmCount: number;
  /** Median of the per-VM base level, percent. */
  medianPct: number;
  /** σ of ln(base level). */
  spread: number;
  /** Noise standard deviation relative to the base level. */
  noiseRel: number;
  /** Lag-1 autocorrelation of the noise. */
  ar1: number;
  /** Daily-cycle amplitude relative to the base level. */
  dailyAmplitude: number;
  /** Share of VMs that have idle (0 %) periods. */
  idleVmShare: number;
  /** Share of time such a VM is idle, and the mean idle period in 5-minute samples. */
  idleTimeShare: number;
  idleMeanSamples: number;
}

export const DEFAULT_SYNTHETIC_SPEC: SyntheticTraceSpec = {
  vmCount: 1052, medianPct: 8.2, spread: 1.15, noiseRel: 0.6, ar1: 0.1, dailyAmplitude: 0.15,
  idleVmShare: 0.5, idleTimeShare: 0.25, idleMeanSamples: 12,
};

export function generateSyntheticTraces(spec: SyntheticTraceSpec, rng: Rng): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let v = 0; v < spec.vmCount; v++) out.push(generateTrace(spec, rng));
  return out;
}

function generateTrace(spec: SyntheticTraceSpec, rng: Rng): Uint8Array {
  const base = Math.min(90, spec.medianPct * Math.exp(spec.spread * rng.normal()));
  const phase = rng.next() * 2 * Math.PI;
  const innovation = Math.sqrt(1 - spec.ar1 * spec.ar1);
  const idler = rng.next() < spec.idleVmShare;
  const wake = 1 / spec.idleMeanSamples;
  const sleep = spec.idleTimeShare / (spec.idleMeanSamples * (1 - spec.idleTimeShare));
  let idle = idler && rng.next() < spec.idleTimeShare;
  const trace = new Uint8Array(SAMPLES_PER_DAY);
  let noise = rng.normal();
  for (let i = 0; i < SAMPLES_PER_DAY; i++) {
    noise = spec.ar1 * noise + innovation * rng.normal();
    if (idler) idle = idle ? rng.next() >= wake : rng.next() < sleep;
    const daily = 1 + spec.dailyAmplitude * Math.sin((2 * Math.PI * i) / SAMPLES_PER_DAY + phase);
    const value = Math.round(base * daily * (1 + spec.noiseRel * noise));
    trace[i] = idle ? 0 : Math.max(idler ? 0 : 1, Math.min(99, value));
  }
  return trace;
}

export interface TraceStatistics {
  meanOfMeansPct: number;
  medianMeanPct: number;
  p90MeanPct: number;
  zeroFraction: number;
  tracesWithZeroPair: number;
}

/** The statistics the calibration above quotes. */
export function traceStatistics(traces: ReadonlyArray<ArrayLike<number>>): TraceStatistics {
  const means: number[] = [];
  let zeros = 0;
  let total = 0;
  let withPair = 0;
  for (const t of traces) {
    let sum = 0;
    let pair = false;
    for (let i = 0; i < t.length; i++) {
      sum += t[i]!;
      if (t[i] === 0) zeros++;
      if (i > 0 && t[i] === 0 && t[i - 1] === 0) pair = true;
    }
    total += t.length;
    means.push(sum / t.length);
    if (pair) withPair++;
  }
  means.sort((a, b) => a - b);
  return {
    meanOfMeansPct: means.reduce((a, b) => a + b, 0) / means.length,
    medianMeanPct: means[Math.floor(means.length / 2)]!,
    p90MeanPct: means[Math.floor(means.length * 0.9)]!,
    zeroFraction: zeros / total,
    tracesWithZeroPair: withPair,
  };
}
