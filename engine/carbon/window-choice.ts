/**
 * The two ways to place work inside a window of forecast values (Let's Wait Awhile, strategy.py;
 * the Carbon Aware SDK's best-window search is the same "min rolling mean" rule, refs §3.2):
 *  - `bestWindowStart`: a non-interruptible job of d slots starts where the mean of the next d
 *    forecast values is lowest; ties → the first such start (np.argmin).
 *  - `cheapestSlots`: an interruptible job runs in every slot whose forecast is ≤ the d-th smallest
 *    value in the window (ties can add slots — the study's rule, kept on purpose).
 *  - `thresholdStart`: the first start whose forecast is ≤ a threshold, else the latest start.
 * Values are indexed by slot; windows are given as [from, from + length).
 */

/** First start in [from, from + nStarts) minimising the sum of values[start … start+d−1]. */
export function bestWindowStart(values: Float64Array, from: number, nStarts: number, d: number): number {
  let sum = 0;
  for (let k = 0; k < d; k++) sum += values[from + k]!;
  let best = from;
  let bestSum = sum;
  for (let s = from + 1; s < from + nStarts; s++) {
    sum += values[s + d - 1]! - values[s - 1]!;
    if (sum < bestSum) { bestSum = sum; best = s; }
  }
  return best;
}

/** prefix[i] = values[0] + … + values[i−1] (length n+1): O(1) window sums for many jobs on one forecast. */
export function prefixSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) out[i + 1] = out[i]! + values[i]!;
  return out;
}

/** bestWindowStart on prefix sums: the same rule in O(nStarts). */
export function bestWindowStartPrefix(prefix: Float64Array, from: number, nStarts: number, d: number): number {
  let best = from;
  let bestSum = prefix[from + d]! - prefix[from]!;
  for (let s = from + 1; s < from + nStarts; s++) {
    const sum = prefix[s + d]! - prefix[s]!;
    if (sum < bestSum) { bestSum = sum; best = s; }
  }
  return best;
}

/** Adds `weight` to activity[k] for each chosen slot k; returns the last chosen slot. */
export function cheapestSlots(values: Float64Array, from: number, length: number, d: number, activity: Float64Array, weight = 1, scratch?: Float64Array): number {
  return markAtOrBelow(values, from, length, kthSmallestInWindow(values, from, length, d - 1, scratch), activity, weight);
}

/** Adds `weight` to activity[k] for every slot of the window whose value is ≤ threshold; returns the last such slot. */
export function markAtOrBelow(values: Float64Array, from: number, length: number, threshold: number, activity: Float64Array, weight = 1): number {
  let last = from;
  for (let k = from; k < from + length; k++) {
    if (values[k]! <= threshold) { activity[k]! += weight; last = k; }
  }
  return last;
}

/** First start whose forecast is ≤ thresholdGPerKWh, else the last allowed start. */
export function thresholdStart(values: Float64Array, from: number, nStarts: number, thresholdGPerKWh: number): number {
  for (let s = from; s < from + nStarts; s++) if (values[s]! <= thresholdGPerKWh) return s;
  return from + nStarts - 1;
}

/**
 * The k-th smallest of values[from … from+length−1]. When only a few values lie above it (a job
 * with little slack) it is found by keeping the largest few in one pass; otherwise by quickselect.
 */
export function kthSmallestInWindow(values: Float64Array, from: number, length: number, k: number, scratch?: Float64Array): number {
  const above = length - k; // the answer is the `above`-th largest
  if (above <= 8) return kthLargestSmall(values, from, length, above);
  // Copy by hand into a reused buffer: a subarray view per job costs more than the selection.
  const buf = scratch && scratch.length >= length ? scratch : new Float64Array(length);
  for (let i = 0; i < length; i++) buf[i] = values[from + i]!;
  return selectKth(buf, k, length);
}

const topBuffer = new Float64Array(8);

function kthLargestSmall(values: Float64Array, from: number, length: number, m: number): number {
  let n = 0; // topBuffer[0 … n−1] sorted descending
  for (let i = from; i < from + length; i++) {
    const v = values[i]!;
    if (n === m && v <= topBuffer[m - 1]!) continue;
    let j = n < m ? n++ : m - 1;
    while (j > 0 && topBuffer[j - 1]! < v) { topBuffer[j] = topBuffer[j - 1]!; j--; }
    topBuffer[j] = v;
  }
  return topBuffer[m - 1]!;
}

/** The k-th smallest (0-based) of a[0 … length−1]; reorders them (Hoare quickselect, median-of-three pivot). */
export function selectKth(a: Float64Array, k: number, length = a.length): number {
  let lo = 0;
  let hi = length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    const pivot = median3(a[lo]!, a[mid]!, a[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) { const t = a[i]!; a[i] = a[j]!; a[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function median3(x: number, y: number, z: number): number {
  return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}
