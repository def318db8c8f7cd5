/**
 * The host dimension of a nested walk: translating one guest-physical address through the EPT
 * (Intel) or the nested page table (AMD NPT, ordinary long-mode entries). Reads one entry per host
 * level; an EPT entry with R = W = X = 0, or one that forbids the access, ends the walk with an EPT
 * violation (a VM exit); a malformed one with an EPT misconfiguration. NPT faults exit as #NPF with a
 * #PF-style error code; nested accesses count as user accesses (AMD APM Vol. 2 §15.25.5).
 * With EPT A/D flags on (EPTP bit 6), the CPU sets A in each EPT entry used and D in the leaf for
 * writes, and treats guest paging-structure accesses as writes (SDM Vol. 3C §29.3.5; refs §A4).
 * Optional nested TLB (Bhargava et al. ASPLOS'08: gPA→hPA of guest table pages and data) and host
 * paging-structure caches skip all or part of the walk.
 */
import type { AssocCache } from './assoc-cache';
import { EPT_A, EPT_D, EPT_PS, eptMisconfigReason } from './ept-entry';
import { hexAddr, hex64 } from './hex';
import { EPT_LEVEL_NAMES, LEVEL_NAMES, PAGE_OFFSET_MASK, levelIndex } from './linear-address';
import { frameOf, orLo, readLo, type PhysicalMemory } from './physical-memory';
import { pscKey, type PagingStructureCache } from './paging-structure-cache';
import { ACC_EXEC, ACC_USER, ACC_WRITE, errorBitsOf, type Controls, type EntryRead, type Fault } from './walk-types';
import { A, D, P, PS, RW, US, XD_HI, entryAddress, x86ReservedReason } from './x86-entry';

export interface HostWalkEnv {
  mem: PhysicalMemory;
  levels: number;
  root: number;
  format: 'ept' | 'npt';
  adFlags: boolean;
  ctl: Controls;
  psc: PagingStructureCache | null;
  ntlb: AssocCache | null;
  tag: number;
  trace: EntryRead[] | null;
  refs: number;
  fault: Fault | null;
  /** Page size (leaf level) of the last successful host walk. */
  leafLevel: number;
  /** Effective R/W/X (bits 0/1/2) of the last successful host walk. */
  lastPerms: number;
}

/** "guest PML4 table" for a guest table at `level`, "data page" for 0. */
export const duringLabel = (level: number): string => (level === 0 ? 'data page' : `guest ${LEVEL_NAMES[level]} table`);

const used = new Float64Array(5);

/** Permission bits an access needs: EPT R/W/X as bits 0/1/2. */
const needOf = (access: number): number => ((access & ACC_WRITE) !== 0 ? 2 : (access & ACC_EXEC) !== 0 ? 4 : 1);

function violation(env: HostWalkEnv, gpa: number, level: number, access: number, perms: number, during: number, misconfig = '', present = true): number {
  const npt = env.format === 'npt';
  const kind = misconfig ? 'ept-misconfig' : npt ? 'npf' : 'ept-violation';
  const code = (present ? 1 : 0) | (access & ACC_WRITE) | ACC_USER | (misconfig ? 8 : 0) | (access & ACC_EXEC);
  const what = misconfig ? `misconfigured entry (${misconfig})` : !present ? `entry not present${npt ? ' (P = 0)' : ' (R = W = X = 0)'}` : 'entry forbids this access';
  env.fault = {
    kind, vector: npt ? '#NPF' : misconfig ? 'EPT misconfiguration' : 'EPT violation', level, dim: 'host',
    errorCode: npt ? code : 0, errorBits: errorBitsOf(npt ? code : 0), gpa: hexAddr(gpa), during: duringLabel(during), exit: true,
    qualification: { read: needOf(access) === 1, write: (access & ACC_WRITE) !== 0, exec: (access & ACC_EXEC) !== 0, readable: (perms & 1) !== 0, writable: (perms & 2) !== 0, executable: (perms & 4) !== 0 },
    explanation: `VM exit: ${npt ? '#NPF' : misconfig ? 'EPT misconfiguration' : 'EPT violation'} at the ${EPT_LEVEL_NAMES[level]} while translating gPA ${hexAddr(gpa)} (${duringLabel(during)}): ${what}.`,
  };
  return -1;
}

/** Decodes one host entry into permissions (EPT R/W/X bits), −1 = not present, −2 = reserved. */
function hostPerms(env: HostWalkEnv, lo: number, hi: number, level: number): number {
  if (env.format === 'ept') {
    if ((lo & 7) === 0) return -1;
    // Fast path for well-formed entries: W implies R, no bits above 51, and either no type/PS bits
    // or a 4 KiB leaf with a valid memory type (0, 1, 4, 5, 6 → mask 0b1110011 = 115).
    if ((lo & 3) !== 2 && (hi & 0xfff00000) === 0 && env.ctl.maxPhyAddr === 52) {
      if ((lo & 0xf8) === 0 || (level === 1 && ((115 >> ((lo >>> 3) & 7)) & 1) === 1)) return lo & 7;
    }
    return eptMisconfigReason(lo, hi, level, env.ctl.maxPhyAddr) ? -2 : lo & 7;
  }
  if ((lo & P) === 0) return -1;
  if (x86ReservedReason(lo, hi, level, env.ctl.eferNXE, env.ctl.maxPhyAddr)) return -2;
  const user = (lo & US) !== 0;
  return (user ? 1 : 0) | (user && (lo & RW) !== 0 ? 2 : 0) | (user && !(env.ctl.eferNXE && (hi & XD_HI) !== 0) ? 4 : 0);
}

/** Translates gpa → hpa for `access` (a guest table access when during > 0). −1 on an exit. */
export function walkHost(env: HostWalkEnv, gpa: number, access: number, during: number): number {
  const gfn = Math.floor(gpa / 4096);
  const need = needOf(access);
  if (env.ntlb) {
    const slot = env.ntlb.lookup(gfn, env.tag);
    if (slot >= 0 && (env.ntlb.flags[slot]! & need) === need) {
      env.leafLevel = 1;
      env.lastPerms = env.ntlb.flags[slot]!;
      return env.ntlb.a[slot]! + (gpa & 4095);
    }
  }
  let table = env.root, level = env.levels, perms = 7, nUsed = 0;
  if (env.psc) {
    env.psc.lookups++;
    for (let l = 2; l <= env.levels; l++) {
      const slot = env.psc.byLevel[l]!.lookup(pscKey(gfn, l), env.tag);
      if (slot >= 0) { env.psc.hits++; table = env.psc.byLevel[l]!.a[slot]!; perms = env.psc.byLevel[l]!.flags[slot]!; level = l - 1; break; }
    }
  }
  const mem = env.mem;
  for (; level >= 1; level--) {
    const idx = levelIndex(gfn, level);
    const addr = table + idx * 8;
    const f = frameOf(mem, table / 4096);
    const lo = f === undefined ? 0 : f[idx * 2]!, hi = f === undefined ? 0 : f[idx * 2 + 1]!;
    env.refs++;
    if (env.trace) env.trace.push({ dim: 'host', level, address: hexAddr(addr), entry: hex64(lo, hi), gpa: hexAddr(gpa), during: duringLabel(during) });
    used[nUsed++] = addr;
    const p = hostPerms(env, lo, hi, level);
    if (p === -1) return violation(env, gpa, level, access, 0, during, '', false);
    if (p === -2) return violation(env, gpa, level, access, lo & 7, during, env.format === 'ept' ? eptMisconfigReason(lo, hi, level, env.ctl.maxPhyAddr) : 'reserved bit');
    perms &= p;
    const next = entryAddress(lo, hi);
    const large = env.format === 'ept' ? (lo & EPT_PS) !== 0 : (lo & PS) !== 0;
    if (level === 1 || large) return finishHost(env, gpa, access, during, level, perms, next, addr, nUsed);
    if (env.psc) env.psc.byLevel[level]!.insert(pscKey(gfn, level), env.tag, next, next, perms);
    table = next;
  }
  return -1;
}

function finishHost(env: HostWalkEnv, gpa: number, access: number, during: number, level: number, perms: number, next: number, addr: number, nUsed: number): number {
  const need = needOf(access);
  if ((perms & need) !== need) return violation(env, gpa, level, access, perms, during);
  if (env.adFlags) {
    const aBit = env.format === 'ept' ? EPT_A : A, dBit = env.format === 'ept' ? EPT_D : D;
    for (let i = 0; i < nUsed; i++) if ((readLo(env.mem, used[i]!) & aBit) === 0) orLo(env.mem, used[i]!, aBit);
    if ((access & ACC_WRITE) !== 0 && (readLo(env.mem, addr) & dBit) === 0) orLo(env.mem, addr, dBit);
  }
  const mask = PAGE_OFFSET_MASK[level]!;
  const hpa = next - (next & mask) + (gpa & mask);
  env.leafLevel = level;
  env.lastPerms = perms;
  if (env.ntlb) env.ntlb.insert(Math.floor(gpa / 4096), env.tag, hpa - (hpa & 4095), 0, perms);
  return hpa;
}
