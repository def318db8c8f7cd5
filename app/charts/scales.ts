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

/**
 * Indices to draw a line over `columns` pixel columns: per column, the first, lowest, highest and
 * last point (and one gap, so a break in the line survives), so a series of any length costs at
 * most ~4 points per pixel and every spike still shows. Points are placed in columns by their x
 * on [x0, x1]; points left or right of it share one column each side. `x` must be non-decreasing
 * (time); otherwise, and when the series is short, this falls back to `decimateIndices`.
 */
export function decimateToColumns(x: NumericArray, values: NumericArray, x0: number, x1: number, columns: number): number[] {
  const n = Math.min(x.length, values.length);
  const cols = Math.max(1, Math.floor(columns));
  if (n <= 2 * cols || !(x1 > x0)) return decimateIndices(values, Math.max(8, 4 * cols)).filter((i) => i < n);
  const perX = cols / (x1 - x0);
  const out: number[] = [];
  let col = Number.NaN;
  let first = 0, last = 0, iMin = -1, iMax = -1, iGap = -1;
  const flush = () => {
    const picks = [first, iMin, iMax, iGap, last].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const i of picks) if (out[out.length - 1] !== i) out.push(i);
  };
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    if (i > 0 && xi < x[i - 1]!) return decimateIndices(values, Math.max(8, 4 * cols)).filter((j) => j < n);
    const c = Math.min(cols, Math.max(-1, Math.floor((xi - x0) * perX)));
    if (c !== col) {
      if (i > 0) flush();
      col = c;
      first = i;
      iMin = iMax = iGap = -1;
    }
    last = i;
    const v = values[i]!;
    if (!Number.isFinite(v) || !Number.isFinite(xi)) {
      if (iGap < 0) iGap = i;
    } else {
      if (iMin < 0 || v < values[iMin]!) iMin = i;
      if (iMax < 0 || v > values[iMax]!) iMax = i;
    }
  }
  if (n > 0) flush();
  return out;
}

// Building an Intl.NumberFormat costs far more than formatting with one: charts and tables format
// hundreds of numbers per frame while a simulation plays, so keep one per digit count.
const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(digits: number): Intl.NumberFormat {
  let f = numberFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en', { maximumSignificantDigits: digits });
    numberFormats.set(digits, f);
  }
  return f;
}

// The first Intl.NumberFormat of a page loads ICU's locale data (tens of ms): do it while the
// page is idle rather than in the first frame that draws a chart.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => [3, 4, 6].forEach(numberFormat));

/** Up to 4 significant digits, thousands grouped; tiny and huge values in exponent form. */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '–' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e9 || abs < 1e-4) return v.toExponential(digits - 1).replace('-', '−');
  return numberFormat(digits).format(v).replace('-', '−');
}

const DURATION_UNITS: ReadonlyArray<[number, string]> = [
  [365.25 * 86400, 'y'],
  [86400, 'd'],
  [3600, 'h'],
  [60, 'min'],
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
];

/** A duration in seconds as a short human string: 45 s, 12.5 min, 3.2 h, 4.1 d, 2.3 y. */
export function formatDurationSec(sec: number): string {
  if (!Number.isFinite(sec)) return '–';
  const abs = Math.abs(sec);
  if (abs === 0) return '0 s';
  for (const [size, unit] of DURATION_UNITS) {
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
