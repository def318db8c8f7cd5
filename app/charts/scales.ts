/**
 * Scale helpers on d3-scale: extents that skip NaN (series columns use NaN for "no value"),
 * decimation that keeps the shape of long series, and number/time formatting for axes and tables.
 */
import { scaleLinear, type ScaleLinear } from 'd3';

export type NumericArray = ArrayLike<number>;

/** [min, max] over finite values of all arrays; null when there are none. */
export function extentOf(arrays: readonly NumericArray[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** A linear scale over the domain (padded when it is a single value), niced for ticks. */
export function linearScale(domain: [number, number] | null, range: [number, number], nice = true): ScaleLinear<number, number> {
  let [lo, hi] = domain ?? [0, 1];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.05;
    lo -= pad;
    hi += pad;
  }
  const s = scaleLinear().domain([lo, hi]).range(range);
  return nice ? s.nice() : s;
}

/**
 * Indices to draw so that a long series keeps its shape: per bucket, the first, min, max and last
 * point (so spikes survive). Short series are returned whole.
 */
export function decimateIndices(values: NumericArray, maxPoints: number): number[] {
  const n = values.length;
  if (n <= maxPoints || maxPoints < 8) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.floor(maxPoints / 4);
  const size = n / buckets;
  const out: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    let iMin = start;
    let iMax = start;
    for (let i = start; i < end; i++) {
      if (values[i]! < values[iMin]!) iMin = i;
      if (values[i]! > values[iMax]!) iMax = i;
    }
    for (const i of [start, Math.min(iMin, iMax), Math.max(iMin, iMax), end - 1]) if (out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/** Up to 4 significant digits, thousands grouped; tiny and huge values in exponent form. */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '–' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e9 || abs < 1e-4) return v.toExponential(digits - 1).replace('-', '−');
  return new Intl.NumberFormat('en', { maximumSignificantDigits: digits }).format(v).replace('-', '−');
}

/** A duration in seconds as a short human string: 45 s, 12.5 min, 3.2 h, 4.1 d, 2.3 y. */
export function formatDurationSec(sec: number): string {
  if (!Number.isFinite(sec)) return '–';
  const abs = Math.abs(sec);
  const units: Array<[number, string]> = [
    [365.25 * 86400, 'y'],
    [86400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
    [1e-3, 'ms'],
    [1e-6, 'µs'],
  ];
  if (abs === 0) return '0 s';
  for (const [size, unit] of units) {
    if (abs >= size) return `${formatNumber(sec / size, 3)} ${unit}`;
  }
  return `${formatNumber(sec, 3)} s`;
}

/** A fraction as a percentage with enough digits to show its nines (0.99995 → "99.9950 %"). */
export function formatPercent(fraction: number, maxDecimals = 8): string {
  if (!Number.isFinite(fraction)) return '–';
  const nines = fraction < 1 && fraction > 0 ? Math.floor(-Math.log10(1 - fraction) + 1e-9) : 0;
  return `${(fraction * 100).toFixed(Math.min(maxDecimals, Math.max(2, nines)))} %`;
}
