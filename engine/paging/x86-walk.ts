/**
 * The IA-32e page walk (Intel SDM Vol. 3A §4.5): from the root table, read one entry per level,
 * stop at a leaf (PTE, or a PDE/PDPTE with PS = 1), check reserved bits as each entry is read and
 * the access rights after the walk completes, then set A in every entry used and D in the leaf
 * on a write. Counting convention (issue 3): every entry read is one reference; A/D write-backs
 * and the data access are not counted; a fault counts the reads up to and including its entry.
 *
 * The same walker serves a native walk, a shadow walk (over the VMM's shadow tables) and the guest
 * dimension of a nested walk: there `resolve` translates each guest table's guest-physical address
 * through the host tables first (recording the host reads) and may stop the walk with an EPT violation.
 * Simplification: A/D bits are written only when the walk succeeds (the SDM leaves faulting walks open).
 */
import { hexAddr, hex64 } from './hex';
import { LEVEL_NAMES, PAGE_OFFSET_MASK, levelIndex } from './linear-address';
import { frameOf, type PhysicalMemory } from './physical-memory';
import { packRights, pscKey, type PagingStructureCache } from './paging-structure-cache';
import { explainFault, pageFaultErrorCode, protectionFault } from './permissions';
import { A, D, G, P, PS, RW, US, XD_HI, entryAddress, x86ReservedReason } from './x86-entry';
import { ACC_WRITE, errorBitsOf, type Controls, type Dim, type EntryRead, type FaultKind, type WalkOut } from './walk-types';

export interface X86WalkEnv {
  mem: PhysicalMemory;
  levels: number;
  ctl: Controls;
  dim: Dim;
  psc: PagingStructureCache | null;
  tag: number;
  /** Nested: gPA of a guest table → its hPA (host reads recorded by the resolver); −1 stops the walk. */
  resolve: ((gpa: number, level: number) => number) | null;
  trace: EntryRead[] | null;
  /** Reference counter, shared with the host walker. */
  refs: number;
  /** Whether to write A/D bits (false for a side-effect-free peek). */
  setAccessedDirty: boolean;
}

/** Addresses of the entries the last walk read, root level first (valid up to WalkOut.usedCount). */
export const USED_ENTRIES = new Float64Array(5);
const used = USED_ENTRIES;
const usedFrames: Array<Uint32Array | undefined> = [undefined, undefined, undefined, undefined, undefined];

function fail(out: WalkOut, env: X86WalkEnv, kind: FaultKind, level: number, access: number, extra = ''): boolean {
  const errorCode = pageFaultErrorCode(kind, access, env.ctl);
  out.ok = false;
  out.fault = {
    kind, vector: '#PF', level, dim: env.dim, errorCode, errorBits: errorBitsOf(errorCode), exit: false,
    explanation: explainFault(kind, level, LEVEL_NAMES[level]!, extra),
  };
  return false;
}

function record(env: X86WalkEnv, level: number, gpa: number, hpa: number, lo: number, hi: number): void {
  const read: EntryRead = { dim: env.dim, level, address: hexAddr(hpa), entry: hex64(lo, hi) };
  if (env.dim === 'guest') read.gpa = hexAddr(gpa);
  env.trace!.push(read);
}

/** Walks for `vpn` from `root` (its hPA is `rootHpa`, or −1 to resolve). Returns out.ok. */
export function walkX86(env: X86WalkEnv, root: number, vpn: number, access: number, out: WalkOut): boolean {
  out.fault = null;
  let table = root;
  let tableH = env.resolve ? -1 : root;
  let rw = true, us = true, xd = false;
  let level = env.levels;
  const psc = env.psc;
  if (psc) {
    psc.lookups++;
    for (let l = 2; l <= env.levels; l++) {
      const cache = psc.byLevel[l]!;
      const slot = cache.lookup(pscKey(vpn, l), env.tag);
      if (slot >= 0) {
        psc.hits++;
        table = cache.a[slot]!; tableH = cache.b[slot]!;
        const f = cache.flags[slot]!;
        rw = (f & 1) !== 0; us = (f & 2) !== 0; xd = (f & 4) !== 0;
        level = l - 1;
        break;
      }
    }
  }
  let nUsed = 0;
  out.usedCount = 0;
  const mem = env.mem;
  const rsvdHi = reservedHighMask(env.ctl);
  for (; level >= 1; level--) {
    if (tableH < 0) {
      tableH = env.resolve!(table, level);
      if (tableH < 0) { out.ok = false; return false; }
      if (psc && level < env.levels) psc.byLevel[level + 1]!.insert(pscKey(vpn, level + 1), env.tag, table, tableH, packRights(rw, us, xd));
    }
    const idx = levelIndex(vpn, level);
    const addr = table + idx * 8;
    const f = frameOf(mem, table / 4096);
    const lo = f === undefined ? 0 : f[idx * 2]!, hi = f === undefined ? 0 : f[idx * 2 + 1]!;
    env.refs++;
    if (env.trace) record(env, level, addr, tableH + idx * 8, lo, hi);
    used[nUsed] = addr;
    usedFrames[nUsed++] = f;
    out.usedCount = nUsed;
    if ((lo & P) === 0) return fail(out, env, 'not-present', level, access);
    if ((hi & rsvdHi) !== 0 || ((lo & PS) !== 0 && (level >= 4 || (lo & LARGE_RSVD[level]!) !== 0))) {
      const reserved = x86ReservedReason(lo, hi, level, env.ctl.eferNXE, env.ctl.maxPhyAddr);
      if (reserved) return fail(out, env, 'reserved-bit', level, access, reserved);
    }
    rw = rw && (lo & RW) !== 0;
    us = us && (lo & US) !== 0;
    xd = xd || (env.ctl.eferNXE && (hi & XD_HI) !== 0);
    const next = entryAddress(lo, hi);
    if (level === 1 || (lo & PS) !== 0) {
      return finish(env, access, out, level, lo, next, rw, us, xd, addr, nUsed);
    }
    if (psc && !env.resolve) psc.byLevel[level]!.insert(pscKey(vpn, level), env.tag, next, next, packRights(rw, us, xd));
    table = next;
    tableH = env.resolve ? -1 : next;
  }
  return false;
}

/** Alignment bits that must be 0 in a large leaf: index 2 → bits 20:13, index 3 → bits 29:13. */
const LARGE_RSVD = [0, 0, 0x1fe000, 0x3fffe000];

/** High-word bits that are reserved in every present entry: XD without NXE, address bits ≥ MAXPHYADDR. */
function reservedHighMask(ctl: Controls): number {
  let mask = ctl.eferNXE ? 0 : XD_HI;
  if (ctl.maxPhyAddr < 52) mask |= ((0xfffff >>> (ctl.maxPhyAddr - 32)) << (ctl.maxPhyAddr - 32)) & 0xfffff;
  return mask | 0;
}

/** The leaf: check rights, write A/D, fill `out`. Primitive arguments: no allocation per walk. */
function finish(env: X86WalkEnv, access: number, out: WalkOut, level: number, lo: number, next: number, rw: boolean, us: boolean, xd: boolean, addr: number, nUsed: number): boolean {
  const kind = protectionFault(rw, us, xd, access, env.ctl);
  if (kind) return fail(out, env, kind, level, access);
  const write = (access & ACC_WRITE) !== 0;
  if (env.setAccessedDirty) {
    for (let i = 0; i < nUsed; i++) {
      const f = usedFrames[i]!, w = (used[i]! & 4095) >>> 2;
      if ((f[w]! & A) === 0) f[w] = f[w]! | A;
    }
    if (write) {
      const f = usedFrames[nUsed - 1]!, w = (addr & 4095) >>> 2;
      if ((f[w]! & D) === 0) f[w] = f[w]! | D;
    }
  }
  out.ok = true;
  out.frame = next - (next & PAGE_OFFSET_MASK[level]!);
  out.leafLevel = level;
  out.rw = rw; out.us = us; out.xd = xd;
  out.dirty = write || (lo & D) !== 0;
  out.global = env.ctl.pge && (lo & G) !== 0;
  out.leafAddress = addr;
  return true;
}

