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
import type { PageBitmap } from './bitmap';
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
  /**
   * Sets `n` picked pages in `target`, drawing positions from a mulberry32 sequence seeded by
   * one draw of the scenario rng: one core draw per slice instead of one per write keeps a
   * 64 GiB run fast and stays a pure function of the seed. Returns the newly set pages.
   */
  pickInto(n: number, rng: Rng, target: PageBitmap): number;
}

/** mulberry32 (Tommy Ettinger, public domain): a 32-bit-state generator, next state and output. */
export function mulberry32Next(state: number): number {
  return (state + 0x6d2b79f5) | 0;
}
export function mulberry32Out(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function createPagePicker(stream: WriteStream): PagePicker {
  const { offsetPage, spanPages, zipfExponent: s } = stream;
  if (s <= 0) {
    return {
      pick: (rng) => offsetPage + Math.floor(rng.next() * spanPages),
      pickInto: (n, rng, target) => target.setUniform(n, offsetPage, spanPages, rng.nextUint32()),
    };
  }
  const stride = scatterStride(spanPages);
  const top = spanPages + 1;
  const oneMinusS = 1 - s;
  const a = Math.pow(top, oneMinusS) - 1;
  const fromUniform = (u: number): number => {
    const x = Math.abs(oneMinusS) < 1e-12 ? Math.pow(top, u) : Math.pow(a * u + 1, 1 / oneMinusS);
      const rank = Math.min(spanPages - 1, Math.max(0, Math.floor(x) - 1));
    return offsetPage + ((rank * stride) % spanPages);
  };
  return {
    pick: (rng) => fromUniform(rng.next()),
    pickInto(n, rng, target) {
      let state = rng.nextUint32() | 0;
      let fresh = 0;
      for (let k = 0; k < n; k++) {
        state = mulberry32Next(state);
        if (target.set(fromUniform(mulberry32Out(state)))) fresh++;
      }
      return fresh;
    },
  };
}
