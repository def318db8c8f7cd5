/**
 * Seeded pseudo-random numbers: the engine's only source of randomness.
 *
 * Algorithm: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 2021; reference C at https://prng.di.unimi.it/xoshiro128starstar.c),
 * a 128-bit state with period 2^128 − 1 that passes BigCrush. Its state is seeded with
 * SplitMix32 (the 32-bit variant of Steele, Lea & Flood's SplitMix, OOPSLA 2014) so that
 * nearby seeds give unrelated streams.
 *
 * Independent streams: `rng.stream('failures')` derives a new generator from the scenario seed
 * and the stream's name (FNV-1a hash), so adding random draws in one domain never shifts the
 * numbers another domain sees — a scenario stays reproducible as models grow.
 */
export interface Rng {
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform float in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Exponential variate with the given mean (inverse-CDF method). */
  exponential(mean: number): number;
  /** Standard normal variate (Box–Muller, one of the pair discarded for statelessness). */
  normal(): number;
  /** A generator independent of this one, named for what it draws. */
  stream(name: string): Rng;
  /** The state, as plain numbers, so a model's state stays cloneable. */
  state(): [number, number, number, number];
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a, 32-bit: a stable hash of a stream name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

export function createRng(seed: number, stateIn?: readonly number[]): Rng {
  let a: number, b: number, c: number, d: number;
  if (stateIn) {
    [a, b, c, d] = stateIn.map((x) => x >>> 0) as [number, number, number, number];
  } else {
    const sm = splitmix32(Math.floor(seed) >>> 0 ^ Math.floor(seed / 2 ** 32));
    a = sm(); b = sm(); c = sm(); d = sm();
    if ((a | b | c | d) === 0) a = 1; // the all-zero state is the one fixed point
  }
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a; d ^= b; b ^= c; a ^= d;
    c = (c ^ t) >>> 0;
    d = rotl(d, 11);
    a >>>= 0; b >>>= 0;
    return result;
  };
  const next = (): number => nextUint32() / 4294967296;
  const rng: Rng = {
    nextUint32,
    next,
    int: (n) => Math.floor(next() * n),
    exponential: (mean) => -mean * Math.log(1 - next()),
    normal: () => {
      const u1 = 1 - next();
      const u2 = next();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    stream: (name) => createRng((seed ^ hashString(name)) >>> 0 ^ Math.imul(hashString(name), 0x27d4eb2d)),
    state: () => [a, b, c, d],
  };
  return rng;
}
