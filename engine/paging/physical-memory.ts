/**
 * A sparse physical memory of 64-bit entries: 4 KiB frames, each a Uint32Array of 512 (lo, hi)
 * word pairs, allocated on first write. Reading an address in a frame nobody wrote returns 0 —
 * a not-present entry, as in zeroed memory. Raw images load from and dump to
 * `{ "<hex address>": "<hex 64-bit entry>" }`, so a textbook exercise or a real dump replays exactly.
 * Units: byte addresses; entries are 8-byte aligned.
 */
import { ScenarioError, joinPath } from '../core/errors';
import { hex64, hexAddr, parsePhysAddr, parseWord64 } from './hex';

export interface PhysicalMemory {
  readonly frames: Map<number, Uint32Array>;
  /** A direct-mapped cache in front of the Map (frame number → frame), for the walkers' hot path. */
  readonly cacheKeys: Float64Array;
  readonly cacheFrames: Array<Uint32Array | undefined>;
  /**
   * Bumped by every entry write (writeEntry). The walkers' A/D updates do not bump it: no walk
   * outcome depends on A, and D only at the leaf, which the walk memo re-reads. See walk-memo.ts.
   */
  generation: number;
}

export const FRAME_BYTES = 4096;
const CACHE_SLOTS = 4096;

export function createPhysicalMemory(): PhysicalMemory {
  return { frames: new Map(), cacheKeys: new Float64Array(CACHE_SLOTS).fill(-1), cacheFrames: new Array<Uint32Array | undefined>(CACHE_SLOTS).fill(undefined), generation: 0 };
}

/** The frame holding frame number `frameNo`, or undefined (memory never written there). */
export function frameOf(mem: PhysicalMemory, frameNo: number): Uint32Array | undefined {
  const slot = frameNo & (CACHE_SLOTS - 1);
  if (mem.cacheKeys[slot] === frameNo) return mem.cacheFrames[slot];
  const f = mem.frames.get(frameNo);
  mem.cacheKeys[slot] = frameNo;
  mem.cacheFrames[slot] = f;
  return f;
}

export function readLo(mem: PhysicalMemory, addr: number): number {
  const f = mem.frames.get(Math.floor(addr / FRAME_BYTES));
  return f === undefined ? 0 : f[(addr % FRAME_BYTES) >>> 2]!;
}

export function readHi(mem: PhysicalMemory, addr: number): number {
  const f = mem.frames.get(Math.floor(addr / FRAME_BYTES));
  return f === undefined ? 0 : f[((addr % FRAME_BYTES) >>> 2) + 1]!;
}

export function writeEntry(mem: PhysicalMemory, addr: number, lo: number, hi: number): void {
  const frameNo = Math.floor(addr / FRAME_BYTES);
  let f = mem.frames.get(frameNo);
  mem.generation++;
  if (f === undefined) {
    if (lo === 0 && hi === 0) return;
    f = new Uint32Array(1024);
    mem.frames.set(frameNo, f);
    const slot = frameNo & (CACHE_SLOTS - 1);
    if (mem.cacheKeys[slot] === frameNo) mem.cacheFrames[slot] = f;
  }
  const i = (addr % FRAME_BYTES) >>> 2;
  f[i] = lo >>> 0;
  f[i + 1] = hi >>> 0;
}

/** Sets bits in the low word (A = bit 5, D = bit 6): the walker's locked A/D write-back. */
export function orLo(mem: PhysicalMemory, addr: number, bits: number): void {
  const f = mem.frames.get(Math.floor(addr / FRAME_BYTES));
  if (f !== undefined) f[(addr % FRAME_BYTES) >>> 2]! |= bits;
}

export function loadImage(mem: PhysicalMemory, image: unknown, path: string, maxPhyAddr: number): void {
  if (typeof image !== 'object' || image === null || Array.isArray(image)) {
    throw new ScenarioError(path, 'must be an object { "<hex address>": "<hex 64-bit entry>" }');
  }
  for (const [key, value] of Object.entries(image as Record<string, unknown>)) {
    const at = joinPath(path, key);
    const addr = parsePhysAddr(key, at, maxPhyAddr);
    if (addr % 8 !== 0) throw new ScenarioError(at, `entry address must be 8-byte aligned, got ${key}`);
    const w = parseWord64(value, at);
    writeEntry(mem, addr, w.lo, w.hi);
  }
}

/** Every non-zero entry, sorted by address, as a raw image. */
export function dumpImage(mem: PhysicalMemory): Record<string, string> {
  const out: Record<string, string> = {};
  for (const frameNo of [...mem.frames.keys()].sort((a, b) => a - b)) {
    const f = mem.frames.get(frameNo)!;
    for (let i = 0; i < 1024; i += 2) {
      if (f[i] !== 0 || f[i + 1] !== 0) out[hexAddr(frameNo * FRAME_BYTES + i * 4)] = hex64(f[i]!, f[i + 1]!);
    }
  }
  return out;
}

/** The non-zero entries of one 4 KiB table, for the per-level table view. */
export function tableEntries(mem: PhysicalMemory, base: number): Array<{ index: number; entry: string }> {
  const f = mem.frames.get(Math.floor(base / FRAME_BYTES));
  const out: Array<{ index: number; entry: string }> = [];
  if (!f) return out;
  for (let i = 0; i < 512; i++) {
    if (f[2 * i] !== 0 || f[2 * i + 1] !== 0) out.push({ index: i, entry: hex64(f[2 * i]!, f[2 * i + 1]!) });
  }
  return out;
}
