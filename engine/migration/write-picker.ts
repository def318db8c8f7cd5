/**
 * Turns a write stream into page indices: uniform over the stream's span, or Zipf-skewed.
 *
 * Zipf ranks use the continuous inverse-CDF approximation x = ((n+1)^(1−s) − 1)·u + 1)^(1/(1−s))
 * (x = (n+1)^u for s = 1), which needs no table, so it works for 16 Mi pages.
 * // Simplification: continuous approximation of the discrete Zipf law (close for n ≫ 1).
 * Ranks are scattered over the span by a multiplicative stride coprime with it, so the hottest
 * pages are not all adjacent (real hot pages are spread over the guest's physical memory).
 */
import type { Rng } from '../core/rng';
import type { WriteStream } from './dirty-model';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A stride near 0.618·span that is coprime with span (golden-ratio scattering). */
export function scatterStride(span: number): number {
  if (span <= 2) return 1;
  let stride = Math.max(1, Math.floor(span * 0.6180339887)) | 1;
  while (gcd(stride, span) !== 1) stride += 2;
  return stride % span;
}

export interface PagePicker {
  pick(rng: Rng): number;
}

export function createPagePicker(stream: WriteStream): PagePicker {
  const { offsetPage, spanPages, zipfExponent: s } = stream;
  if (s <= 0) return { pick: (rng) => offsetPage + Math.floor(rng.next() * spanPages) };
  const stride = scatterStride(spanPages);
  const top = spanPages + 1;
  const oneMinusS = 1 - s;
  const a = Math.pow(top, oneMinusS) - 1;
  return {
    pick(rng) {
      const u = rng.next();
      const x = Math.abs(oneMinusS) < 1e-12 ? Math.pow(top, u) : Math.pow(a * u + 1, 1 / oneMinusS);
      const rank = Math.min(spanPages - 1, Math.max(0, Math.floor(x) - 1));
      return offsetPage + ((rank * stride) % spanPages);
    },
  };
}
