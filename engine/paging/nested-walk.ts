/**
 * The two-dimensional walk (refs §A6; Bhargava et al. ASPLOS'08 fig. 2): gCR3 and every guest entry's
 * address are guest-physical, so before each guest entry is read its table's gPA goes through an
 * m-level host walk; the data gPA needs one more. n guest levels × m host levels read
 * n·(m+1) + m = (n+1)(m+1) − 1 entries with no caches: 24 for 4 × 4. A guest #PF is delivered in
 * the guest with no VM exit; an EPT violation (or misconfiguration, or #NPF) is a VM exit that names
 * the faulting gPA and the translation it served. The TLB entry's page size is the smaller of the
 * guest and host page sizes (SDM Vol. 3C §29.4.1). The simulator replays a repeated successful walk
 * from its memo (walk-memo.ts) instead of re-reading the same 24 entries; results are identical.
 */
import { LEVEL_DIV, LEVEL_MASK, PAGE_OFFSET_MASK } from './linear-address';
import { walkHost } from './host-walk';
import { countExit, type Mmu, type TranslateResult, type VmExit } from './mmu-types';
import { tlbFlagsOf } from './tlb';
import { protectionFault } from './permissions';
import { frameOf } from './physical-memory';
import { D } from './x86-entry';
import { F_FRAME, F_HOST_FRAME, F_HOST_GEN, F_HOST_INFO, F_HOST_ROOT, F_INFO, F_LEAF_ADDRESS, MEMO_GLOBAL, MEMO_RW, MEMO_US, MEMO_XD, controlsFingerprint, memoFind, memoRecord } from './walk-memo';
import { ACC_EXEC, ACC_WRITE } from './walk-types';
import { walkX86 } from './x86-walk';

function hostExit(m: Mmu, res: TranslateResult): false {
  const f = m.hostEnv.fault!;
  res.fault = f;
  const reason: VmExit['reason'] = f.kind === 'npf' ? 'npf' : f.kind === 'ept-misconfig' ? 'ept-misconfig' : 'ept-violation';
  countExit(m.stats, res, { reason, detail: `gPA ${f.gpa} during ${f.during}` });
  return false;
}

function countRefs(m: Mmu, res: TranslateResult): void {
  res.refs = m.guestEnv.refs + m.hostEnv.refs;
  m.stats.guestReferences += m.guestEnv.refs;
  m.stats.hostReferences += m.hostEnv.refs;
}

/** Whether the whole-walk memo may be used: no cache or trace observes the individual reads. */
const memoUsable = (m: Mmu): boolean => m.nestedMemo !== null && m.guestEnv.psc === null && m.hostEnv.psc === null && m.hostEnv.ntlb === null && m.trace === null;

export function walkNested(m: Mmu, vpn: number, offset: number, access: number, res: TranslateResult, tag: number): boolean {
  const g = m.guestEnv, h = m.hostEnv, out = m.walkOut;
  g.tag = tag; h.tag = tag; h.root = m.hostRoot;
  g.trace = m.trace; h.trace = m.trace;
  g.refs = 0; h.refs = 0; h.fault = null;
  const memo = memoUsable(m);
  if (memo && replayNested(m, vpn, offset, access, res)) return complete(m, vpn, res, tag);
  const guestOk = walkX86(g, m.cr3Root, vpn, access, out);
  if (!guestOk) {
    countRefs(m, res);
    if (out.fault) { res.fault = out.fault; return false; }
    return hostExit(m, res);
  }
  const gpa = out.frame + (vpn & LEVEL_MASK[out.leafLevel]!) * 4096 + offset;
  res.gpa = gpa;
  const hpa = walkHost(h, gpa, access & (ACC_WRITE | ACC_EXEC), 0);
  countRefs(m, res);
  if (hpa < 0) return hostExit(m, res);
  res.pa = hpa;
  if (memo) rememberNested(m, vpn, hpa);
  return complete(m, vpn, res, tag);
}

/** The walk succeeded (res.gpa, res.pa, walkOut and the host env are set): fill the TLB with the combined entry. */
function complete(m: Mmu, vpn: number, res: TranslateResult, tag: number): true {
  const out = m.walkOut, h = m.hostEnv, hpa = res.pa;
  res.ok = true;
  res.leafLevel = out.leafLevel;
  res.hostLeafLevel = h.leafLevel;
  const level = Math.min(out.leafLevel, h.leafLevel);
  const perms = h.lastPerms;
  if ((perms & 1) !== 0 && m.tlb) {
    // The combined entry may allow only what both dimensions allow.
    out.rw = out.rw && (perms & 2) !== 0;
    out.xd = out.xd || (perms & 4) === 0;
    const size = 4096 * LEVEL_DIV[level]!;
    m.tlb.insert(vpn, tag, level, hpa - (hpa & (size - 1)), tlbFlagsOf(out));
  }
  return true;
}

function rememberNested(m: Mmu, vpn: number, hpa: number): void {
  const out = m.walkOut, g = m.guestEnv, h = m.hostEnv, memo = m.nestedMemo!;
  const info = out.leafLevel | (out.usedCount << 3) | (out.rw ? MEMO_RW : 0) | (out.us ? MEMO_US : 0) | (out.xd ? MEMO_XD : 0) | (out.global ? MEMO_GLOBAL : 0);
  const s = memoRecord(memo, m.cr3Root, vpn, m.mem.generation, controlsFingerprint(g.ctl), out.frame, out.leafAddress, info | (g.refs << 11));
  const d = memo.data!;
  d[s + F_HOST_ROOT] = m.hostRoot; d[s + F_HOST_GEN] = m.hostMem.generation;
  d[s + F_HOST_FRAME] = hpa - (hpa & PAGE_OFFSET_MASK[h.leafLevel]!);
  d[s + F_HOST_INFO] = h.leafLevel | (h.refs << 3) | (h.lastPerms << 8);
}

/**
 * Replays a memoised two-dimensional walk (walk-memo.ts) when both memories, both roots and the
 * controls are unchanged, the guest rights allow the access, no guest D bit is due, the host perms
 * allow the data access, and EPT A/D flags are off or the access is a read.
 */
function replayNested(m: Mmu, vpn: number, offset: number, access: number, res: TranslateResult): boolean {
  const g = m.guestEnv, h = m.hostEnv, out = m.walkOut;
  const s = memoFind(m.nestedMemo!, m.cr3Root, vpn, m.mem.generation, controlsFingerprint(g.ctl));
  if (s < 0) return false;
  const d = m.nestedMemo!.data!;
  if (d[s + F_HOST_GEN] !== m.hostMem.generation || d[s + F_HOST_ROOT] !== m.hostRoot) return false;
  const info = d[s + F_INFO]!, hostInfo = d[s + F_HOST_INFO]!;
  const write = (access & ACC_WRITE) !== 0;
  const rw = (info & MEMO_RW) !== 0, us = (info & MEMO_US) !== 0, xd = (info & MEMO_XD) !== 0;
  const leafAddress = d[s + F_LEAF_ADDRESS]!;
  // D is the one bit a walk reports that may have changed since (other walks set D without a generation bump).
  const leafTable = frameOf(m.mem, Math.floor(leafAddress / 4096));
  const dirty = leafTable !== undefined && (leafTable[(leafAddress & 4095) >>> 2]! & D) !== 0;
  const perms = (hostInfo >>> 8) & 7, need = write ? 2 : (access & ACC_EXEC) !== 0 ? 4 : 1;
  if ((write && (!dirty || h.adFlags)) || (perms & need) !== need || protectionFault(rw, us, xd, access, g.ctl) !== '') return false;
  const leafLevel = info & 7, hostLevel = hostInfo & 7;
  out.ok = true; out.fault = null; out.frame = d[s + F_FRAME]!; out.leafLevel = leafLevel;
  out.rw = rw; out.us = us; out.xd = xd; out.dirty = dirty; out.global = (info & MEMO_GLOBAL) !== 0;
  out.leafAddress = leafAddress; out.usedCount = (info >>> 3) & 7;
  g.refs = (info >>> 11) & 31; h.refs = (hostInfo >>> 3) & 31;
  h.leafLevel = hostLevel; h.lastPerms = perms;
  const gpa = out.frame + (vpn & LEVEL_MASK[leafLevel]!) * 4096 + offset;
  res.gpa = gpa;
  res.pa = d[s + F_HOST_FRAME]! + (gpa & PAGE_OFFSET_MASK[hostLevel]!);
  countRefs(m, res);
  m.nestedMemo!.replays++;
  return true;
}
