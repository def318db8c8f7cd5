/**
 * Host overload detection (Beloglazov & Buyya 2012 §6; CloudSim PowerVmAllocationPolicyMigration*):
 *  - THR: current utilization > threshold (0.8).
 *  - IQR: > 1 − s·IQR(history), s = 1.5; needs ≥ 12 history values.
 *  - MAD: > 1 − s·MAD(history), s = 2.5; needs ≥ 12 values.
 *  - LR / LRR: s·(predicted utilization one migration time ahead) ≥ 1, s = 1.2; needs ≥ 10 values.
 *    CloudSim's weights are never applied, so both are plain least squares and give identical results.
 * The history-based detectors fall back to THR 0.7 without enough history. "Current utilization" is
 * Σ requested MIPS of the host's VMs ÷ host MIPS. Semantics: refs/cloudsim-consolidation.md §B10.
 */
import { HISTORY_LENGTH, SCHEDULING_INTERVAL_SEC, migrationTimeSec } from './cloudsim-setup';
import type { Host, Vm } from './datacenter-state';
import { createLineFitter } from './ols';

export type DetectorKind = 'thr' | 'iqr' | 'mad' | 'lr' | 'lrr';

export const DEFAULT_DETECTOR_PARAMETER: Record<DetectorKind, number> = { thr: 0.8, iqr: 1.5, mad: 2.5, lr: 1.2, lrr: 1.2 };
export const FALLBACK_THRESHOLD = 0.7;

/** What a detector sees: the host's 30-slot history (trimmed length), requested MIPS and max VM RAM. */
export interface HostView {
  history: Float64Array;
  historyLength: number;
  requestedMips: number;
  hostMips: number;
  maxRamMb: number;
}

const fitLine10 = createLineFitter(10);

function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 1) return sorted[0]!;
  const pos = (50 * (n + 1)) / 100;
  const fpos = Math.floor(pos);
  const dif = pos - fpos;
  if (pos < 1) return sorted[0]!;
  if (pos >= n) return sorted[n - 1]!;
  const lower = sorted[fpos - 1]!;
  const upper = sorted[fpos]!;
  return lower + dif * (upper - lower);
}

export function iqrOf(data: Float64Array): number {
  const s = Float64Array.from(data).sort();
  const q1 = Math.round(0.25 * (s.length + 1)) - 1;
  const q3 = Math.round(0.75 * (s.length + 1)) - 1;
  return s[q3]! - s[q1]!;
}

export function madOf(data: Float64Array): number {
  const m = median(Float64Array.from(data).sort());
  const dev = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) dev[i] = Math.abs(m - data[i]!);
  return median(dev.sort());
}

/** Predicted utilization × safety, as LR computes it (without the ≥ 1 test). */
const lrY = new Float64Array(10);

/** Predicted utilization × safety from the ten newest history values (newest first). */
export function lrPredictionFromNewest(newest: ArrayLike<number>, maxRamMb: number, safety: number): number {
  const y = lrY;
  for (let i = 0; i < 10; i++) y[i] = newest[9 - i]!;
  const est = fitLine10(y);
  const intervals = Math.ceil(migrationTimeSec(maxRamMb) / SCHEDULING_INTERVAL_SEC);
  return (est[0]! + est[1]! * (10 + intervals)) * safety;
}

/** Predicted utilization × safety, as LR computes it (without the ≥ 1 test). */
export function lrPrediction(view: HostView, safety: number): number {
  return lrPredictionFromNewest(view.history, view.maxRamMb, safety);
}

export function isOverloaded(kind: DetectorKind, parameter: number, view: HostView): boolean {
  const utilization = view.requestedMips / view.hostMips;
  switch (kind) {
    case 'thr':
      return utilization > parameter;
    case 'iqr':
    case 'mad': {
      if (view.historyLength < 12) return utilization > FALLBACK_THRESHOLD;
      const data = view.history.subarray(0, view.historyLength);
      const spread = kind === 'iqr' ? iqrOf(data) : madOf(data);
      return utilization > 1 - parameter * spread;
    }
    case 'lr':
    case 'lrr':
      if (view.historyLength < 10) return utilization > FALLBACK_THRESHOLD;
      return lrPrediction(view, parameter) >= 1;
  }
}

/** PowerHostUtilizationHistory.getUtilizationHistory over the listed VMs (+ one extra), untrimmed. */
export function fillHostHistory(out: Float64Array, host: Host, vms: readonly Vm[], extra: Vm | null): void {
  out.fill(0);
  for (const id of host.vms) addVmHistory(out, vms[id]!, host.mips);
  if (extra) addVmHistory(out, extra, host.mips);
}

export function addVmHistory(out: Float64Array, vm: Vm, hostMips: number): void {
  for (let i = 0; i < vm.histLen; i++) out[i] = out[i]! + (vm.hist[i]! * vm.mips) / hostMips;
}

/** MathUtil.trimZeroTail length: last non-zero index + 1, or 1 for an all-zero history. */
export function trimmedLength(history: Float64Array): number {
  for (let i = HISTORY_LENGTH - 1; i >= 0; i--) if (history[i] !== 0) return i + 1;
  return 1;
}
