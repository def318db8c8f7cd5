/**
 * The two-dimensional walk (refs §A6; Bhargava et al. ASPLOS'08 fig. 2): gCR3 and every guest entry's
 * address are guest-physical, so before each guest entry is read its table's gPA goes through an
 * m-level host walk; the data gPA needs one more. n guest levels × m host levels read
 * n·(m+1) + m = (n+1)(m+1) − 1 entries with no caches: 24 for 4 × 4. A guest #PF is delivered in
 * the guest with no VM exit; an EPT violation (or misconfiguration, or #NPF) is a VM exit that names
 * the faulting gPA and the translation it served. The TLB entry's page size is the smaller of the
 * guest and host page sizes (SDM Vol. 3C §29.4.1).
 */
import { LEVEL_DIV, LEVEL_MASK } from './linear-address';
import { walkHost } from './host-walk';
import { countExit, type Mmu, type TranslateResult, type VmExit } from './mmu-types';
import { tlbFlagsOf } from './tlb';
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

export function walkNested(m: Mmu, vpn: number, offset: number, access: number, res: TranslateResult, tag: number): boolean {
  const g = m.guestEnv, h = m.hostEnv, out = m.walkOut;
  g.tag = tag; h.tag = tag; h.root = m.hostRoot;
  g.trace = m.trace; h.trace = m.trace;
  g.refs = 0; h.refs = 0; h.fault = null;
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
  res.ok = true;
  res.pa = hpa;
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
