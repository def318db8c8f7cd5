/**
 * Closed forms of pre-copy (refs/virtualization.md §C4).
 *
 * Pure-rate model (Liu, Jin, Xu & Liao, HPDC 2011): round 0 sends M; round i+1 sends what was
 * dirtied during round i, V_{i+1} = D·T_i with T_i = V_i/R, so V_i = M·λ^i, λ = D/R. With n live
 * rounds (0..n−1) and a stop-and-copy of V_n:
 *   V_total = M(1−λ^{n+1})/(1−λ),  T_total = V_total/R,  T_down = M·λ^n / R,
 *   n = min(⌈log_λ(V_th/M)⌉, n_max), V_th = R·T_dl; converges only when λ < 1.
 * Hot-set variant: V_{i+1} = min(D·T_i, W). Page-dedup variant (writes uniform over S pages of
 * size P at w/s): V_{i+1} = P·S·(1 − e^{−w·T_i/S}), saturating at the writable working set.
 * // Simplification: at least one live round, as in QEMU (its first pass always runs).
 * Units: bytes, bytes/s, seconds.
 */
export interface PrecopyInputs {
  memoryBytes: number;
  rateBytesPerSec: number;
  /** Rate of the stop-and-copy (QEMU: line rate); defaults to rateBytesPerSec. */
  stopCopyRateBytesPerSec?: number;
  thresholdBytes: number;
  /** 0 = no cap. */
  maxRounds: number;
  /** Bytes dirtied by a round of `seconds` (the dirty model). */
  dirtied: (seconds: number) => number;
}

export interface PrecopyPrediction {
  /** Live rounds before the stop-and-copy (null: never stops). */
  liveRounds: number | null;
  roundBytes: number[];
  roundSeconds: number[];
  totalBytes: number | null;
  totalSec: number | null;
  downtimeSec: number | null;
  converges: boolean;
}

/** Liu et al.'s closed form for the pure-rate model. */
export function closedFormPrecopy(M: number, R: number, D: number, thresholdBytes: number, maxRounds: number): PrecopyPrediction {
  const lambda = D / R;
  let n: number;
  let converges = true;
  if (M * lambda < thresholdBytes) n = 1;
  else if (lambda < 1) n = Math.max(1, Math.ceil(Math.log(thresholdBytes / M) / Math.log(lambda)));
  else {
    n = Infinity;
    converges = false;
  }
  if (maxRounds > 0 && n > maxRounds) {
    n = maxRounds;
    converges = false;
  }
  if (!Number.isFinite(n)) return { liveRounds: null, roundBytes: [], roundSeconds: [], totalBytes: null, totalSec: null, downtimeSec: null, converges: false };
  const totalBytes = lambda === 1 ? (n + 1) * M : (M * (1 - Math.pow(lambda, n + 1))) / (1 - lambda);
  const roundBytes = Array.from({ length: n + 1 }, (_, i) => M * Math.pow(lambda, i));
  return {
    liveRounds: n, roundBytes, roundSeconds: roundBytes.map((v) => v / R), totalBytes,
    totalSec: totalBytes / R, downtimeSec: (M * Math.pow(lambda, n)) / R, converges,
  };
}

const ROUND_LIMIT = 200;

/** The recurrence V_{i+1} = dirtied(V_i/R), for the hot-set and page-dedup variants. */
export function iteratePrecopy(p: PrecopyInputs): PrecopyPrediction {
  const R = p.rateBytesPerSec;
  const stopRate = p.stopCopyRateBytesPerSec ?? R;
  const roundBytes = [p.memoryBytes];
  const cap = p.maxRounds > 0 ? p.maxRounds : ROUND_LIMIT;
  let converges = false;
  for (let i = 0; i < cap; i++) {
    const next = p.dirtied(roundBytes[i]! / R);
    roundBytes.push(next);
    if (next < p.thresholdBytes) {
      converges = true;
      break;
    }
  }
  if (!converges && p.maxRounds === 0) return { liveRounds: null, roundBytes, roundSeconds: roundBytes.map((v) => v / R), totalBytes: null, totalSec: null, downtimeSec: null, converges };
  const live = roundBytes.slice(0, -1).reduce((s, v) => s + v, 0);
  const last = roundBytes[roundBytes.length - 1]!;
  return {
    liveRounds: roundBytes.length - 1, roundBytes, roundSeconds: roundBytes.map((v) => v / R),
    totalBytes: live + last, totalSec: live / R + last / stopRate, downtimeSec: last / stopRate, converges,
  };
}

/** Hot-set variant's dirtying: min(D·T, W) (+ an uncapped cold part). */
export const hotSetDirtied = (hotRateBytesPerSec: number, wwsBytes: number, coldRateBytesPerSec = 0) =>
  (seconds: number): number => Math.min(hotRateBytesPerSec * seconds, wwsBytes) + coldRateBytesPerSec * seconds;

/** Expected distinct pages after w uniform writes over N pages: N(1−(1−1/N)^w). */
export function expectedDistinctPages(pages: number, writes: number): number {
  return pages * -Math.expm1(writes * Math.log1p(-1 / pages));
}

/** Page-dedup dirtying over streams of (rate w, span S): P·Σ S(1−e^{−wT/S}). */
export const pageDedupDirtied = (pageBytes: number, streams: ReadonlyArray<{ ratePagesPerSec: number; spanPages: number }>) =>
  (seconds: number): number => pageBytes * streams.reduce((s, w) => s + w.spanPages * -Math.expm1((-w.ratePagesPerSec * seconds) / w.spanPages), 0);
