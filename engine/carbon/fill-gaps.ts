/**
 * fillGaps: missing slots (NaN) filled by linear interpolation between the nearest known
 * neighbours (held flat at either end). Real exports have holes — the EIA-930-derived 2022 files
 * miss 2–22 hours each — and schedulers need a value in every slot.
 * Simplification: interpolation invents values; the count of filled slots is returned so a caller
 * can say how many there were.
 */
export function fillGaps(values: Float64Array): { values: Float64Array; filled: number } {
  const out = values.slice();
  let filled = 0;
  let prev = -1;
  for (let i = 0; i <= out.length; i++) {
    if (i < out.length && !Number.isFinite(out[i]!)) continue;
    const gap = i - prev - 1;
    if (gap > 0) {
      filled += gap;
      const left = prev >= 0 ? out[prev]! : out[i]!;
      const right = i < out.length ? out[i]! : left;
      for (let k = prev + 1; k < i; k++) out[k] = left + ((right - left) * (k - prev)) / (i - prev);
    }
    prev = i;
  }
  return { values: out, filled };
}
