/**
 * The friendly builder: "map this virtual (or guest-physical) range to these frames with these
 * flags". It allocates table frames from a bump allocator and writes real 64-bit entries into a
 * PhysicalMemory, so the walkers never know whether tables came from the builder or a raw image.
 * Intermediate entries are permissive (x86: P|R/W|U/S; EPT: R|W|X), as Linux and KVM build them,
 * so the leaf's flags decide — edit an upper entry to see the AND/OR rule at work.
 */
import { ScenarioError } from '../core/errors';
import { encodeEptEntry, type EptFlags } from './ept-entry';
import { LEVEL_DIV, levelIndex } from './linear-address';
import { readHi, readLo, writeEntry, type PhysicalMemory } from './physical-memory';
import { P, PS, encodeX86Entry, entryAddress, type X86Flags } from './x86-entry';

export interface FrameAllocator {
  next: number;
  /** Frames handed out, in order (the builder's table pages). */
  frames: number[];
}

export const createFrameAllocator = (base: number): FrameAllocator => ({ next: base, frames: [] });

export function allocFrame(alloc: FrameAllocator): number {
  const frame = alloc.next;
  alloc.next += 4096;
  alloc.frames.push(frame);
  return frame;
}

export interface TableTarget {
  mem: PhysicalMemory;
  root: number;
  levels: number;
  format: 'x86' | 'ept';
  alloc: FrameAllocator;
}

/** The table at `level` for `pageNo` (creating the path above it), or throws on a leaf in the way. */
function tableFor(t: TableTarget, pageNo: number, leafLevel: number, path: string): number {
  let table = t.root;
  for (let level = t.levels; level > leafLevel; level--) {
    const addr = table + levelIndex(pageNo, level) * 8;
    const lo = readLo(t.mem, addr), hi = readHi(t.mem, addr);
    const present = t.format === 'x86' ? (lo & P) !== 0 : (lo & 7) !== 0;
    if (!present) {
      const next = allocFrame(t.alloc);
      const e = t.format === 'x86' ? encodeX86Entry(next, { writable: true, user: true }, false) : encodeEptEntry(next, { read: true, write: true, exec: true }, false, false);
      writeEntry(t.mem, addr, e.lo, e.hi);
      table = next;
      continue;
    }
    if (level <= 3 && (lo & PS) !== 0) throw new ScenarioError(path, `overlaps an existing ${level === 3 ? '1 GiB' : '2 MiB'} mapping`);
    table = entryAddress(lo, hi);
  }
  return table;
}

/** Maps one page: `pageNo` is the 4 KiB page number of its first byte; `target` the frame address. */
export function mapPage(t: TableTarget, pageNo: number, target: number, leafLevel: number, flags: X86Flags & EptFlags, path: string): void {
  const table = tableFor(t, pageNo, leafLevel, path);
  const addr = table + levelIndex(pageNo, leafLevel) * 8;
  const large = leafLevel > 1;
  const e = t.format === 'x86' ? encodeX86Entry(target, flags, large) : encodeEptEntry(target, flags, true, large);
  writeEntry(t.mem, addr, e.lo, e.hi);
}

/** Maps `count` consecutive pages of size 4K·512^(leafLevel−1) starting at page `firstPage` → `firstFrame`. */
export function mapRange(t: TableTarget, firstPage: number, firstFrame: number, count: number, leafLevel: number, flags: X86Flags & EptFlags, path: string): void {
  const pages = LEVEL_DIV[leafLevel]!;
  const bytes = pages * 4096;
  if (firstPage % pages !== 0 || firstFrame % bytes !== 0) {
    throw new ScenarioError(path, `a ${leafLevel === 2 ? '2 MiB' : leafLevel === 3 ? '1 GiB' : '4 KiB'} mapping must be aligned to its size`);
  }
  for (let i = 0; i < count; i++) mapPage(t, firstPage + i * pages, firstFrame + i * bytes, leafLevel, flags, path);
}
