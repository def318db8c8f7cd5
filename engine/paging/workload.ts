/**
 * Workloads for the translation cost explorer: a stream of byte offsets into a working set —
 * sequential (a stride through memory), strided (one access per stride, 4 KiB by default, the TLB's
 * worst case), uniform random, and Zipf (page popularity ∝ 1/rank^s, ranks scattered over the set).
 * Zipf draws use Vose's alias method (O(1) per draw; Vose, IEEE TSE 1991). Also several processes or
 * VMs sharing the CPU round-robin, and optional guest page-table writes (fork/exec-like churn).
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readBoolean, readEnum, readNumber, readObject, rejectUnknownKeys } from '../core/params';
import type { Rng } from '../core/rng';

export type WorkloadPattern = 'sequential' | 'strided' | 'uniform' | 'zipf';

export interface WorkloadSpec {
  pattern: WorkloadPattern;
  workingSetBytes: number;
  strideBytes: number;
  zipfExponent: number;
  accesses: number;
  writeFraction: number;
  processes: number;
  vms: number;
  /** Accesses between context switches (0 = never). */
  switchEvery: number;
  /** Accesses between guest page-table writes + INVLPG (0 = never). */
  ptWriteEvery: number;
  /** Touch every page of every process once before measuring (steady state: shadow tables filled). */
  warmup: boolean;
}

const KNOWN = ['pattern', 'workingSetBytes', 'strideBytes', 'zipfExponent', 'accesses', 'writeFraction', 'processes', 'vms', 'switchEvery', 'ptWriteEvery', 'warmup'];

export function readWorkloadSpec(raw: unknown, path: string): WorkloadSpec {
  const w = raw === undefined ? {} : readObject(raw, path);
  rejectUnknownKeys(w, path, KNOWN);
  const pattern = readEnum<WorkloadPattern>(w, 'pattern', path, ['sequential', 'strided', 'uniform', 'zipf'], 'zipf');
  const spec: WorkloadSpec = {
    pattern,
    workingSetBytes: readNumber(w, 'workingSetBytes', path, { integer: true, min: 4096, max: 2 ** 36, default: 64 * 2 ** 20 }),
    strideBytes: readNumber(w, 'strideBytes', path, { integer: true, min: 1, default: pattern === 'strided' ? 4096 : 64 }),
    zipfExponent: readNumber(w, 'zipfExponent', path, { min: 0, max: 4, default: 1 }),
    accesses: readNumber(w, 'accesses', path, { integer: true, min: 1, max: 1e8, default: 200_000 }),
    writeFraction: readNumber(w, 'writeFraction', path, { min: 0, max: 1, default: 0 }),
    processes: readNumber(w, 'processes', path, { integer: true, min: 1, max: 64, default: 1 }),
    vms: readNumber(w, 'vms', path, { integer: true, min: 1, max: 16, default: 1 }),
    switchEvery: readNumber(w, 'switchEvery', path, { integer: true, min: 0, default: 0 }),
    ptWriteEvery: readNumber(w, 'ptWriteEvery', path, { integer: true, min: 0, default: 0 }),
    warmup: readBoolean(w, 'warmup', path, false),
  };
  if (spec.workingSetBytes % 4096 !== 0) throw new ScenarioError(joinPath(path, 'workingSetBytes'), 'must be a multiple of 4096');
  return spec;
}

export interface AccessStream {
  /** The next byte offset into the working set. */
  next(): number;
}

/** Vose's alias tables for P(i) ∝ (i+1)^−s, i = 0 … n−1. */
export function buildZipfAlias(n: number, s: number): { prob: Float64Array; alias: Int32Array } {
  const w = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) { w[i] = (i + 1) ** -s; sum += w[i]!; }
  const prob = new Float64Array(n), alias = new Int32Array(n);
  const small: number[] = [], large: number[] = [];
  for (let i = 0; i < n; i++) { w[i] = (w[i]! * n) / sum; (w[i]! < 1 ? small : large).push(i); }
  while (small.length > 0 && large.length > 0) {
    const l = small.pop()!, g = large.pop()!;
    prob[l] = w[l]!; alias[l] = g;
    w[g] = w[g]! + w[l]! - 1;
    (w[g]! < 1 ? small : large).push(g);
  }
  for (const i of [...small, ...large]) { prob[i] = 1; alias[i] = i; }
  return { prob, alias };
}

/** A seeded permutation of 0 … n−1 (Fisher–Yates), so popular pages are scattered. */
function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) { const j = rng.int(i + 1); const t = p[i]!; p[i] = p[j]!; p[j] = t; }
  return p;
}

/**
 * A fast local generator for the per-access draws (mulberry32, Tommy Ettinger's public-domain 32-bit
 * PRNG), seeded from the scenario's Rng so the stream stays a pure function of the seed. The shared
 * Rng is kept for setup; millions of draws per run go through this inlined one.
 */
function createDraw(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createAccessStream(spec: WorkloadSpec, rng: Rng): AccessStream {
  const bytes = spec.workingSetBytes;
  const pages = bytes / 4096;
  if (spec.pattern === 'sequential' || spec.pattern === 'strided') {
    let pos = 0;
    return { next: () => { const v = pos; pos = (pos + spec.strideBytes) % bytes; return v; } };
  }
  const draw = createDraw(rng.nextUint32());
  if (spec.pattern === 'uniform') return { next: () => Math.floor(draw() * pages) * 4096 + (Math.floor(draw() * 64) << 6) };
  const { prob, alias } = buildZipfAlias(pages, spec.zipfExponent);
  const perm = permutation(pages, rng);
  return {
    next: () => {
      const u = draw() * pages;
      const i = Math.floor(u);
      const rank = draw() < prob[i]! ? i : alias[i]!;
      return perm[rank]! * 4096 + (Math.floor((u - i) * 64) << 6);
    },
  };
}
