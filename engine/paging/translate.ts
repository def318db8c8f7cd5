/**
 * One translation as the hardware does it: look the page up in the TLB (a hit costs no references
 * in any mode, refs §A5), otherwise walk — natively, two-dimensionally, or over the shadow tables —
 * then fill the TLB with the result. A TLB hit whose cached rights forbid the access, or a write to a
 * page cached clean (D = 0), re-walks so the fault (or the D update) comes from the tables.
 */
import { LEVEL_MASK } from './linear-address';
import { currentTag } from './mmu';
import type { Mmu, TranslateResult } from './mmu-types';
import { walkNested } from './nested-walk';
import { protectionFault } from './permissions';
import { translateShadow } from './shadow-vmm';
import { T_DIRTY, T_RW, T_US, T_XD, tlbFlagsOf } from './tlb';
import { ACC_WRITE, type Controls } from './walk-types';
import { walkX86 } from './x86-walk';

function tlbPermits(flags: number, access: number, ctl: Controls): boolean {
  if (access === 0) return !ctl.smap || (flags & T_US) === 0; // a supervisor read: only SMAP can forbid it
  if ((access & ACC_WRITE) !== 0 && (flags & T_DIRTY) === 0) return false;
  return protectionFault((flags & T_RW) !== 0, (flags & T_US) !== 0, (flags & T_XD) !== 0, access, ctl) === '';
}

function resetResult(res: TranslateResult): void {
  res.ok = false; res.refs = 0; res.fault = null; res.gpa = -1; res.tlbLevel = 0; res.hostLeafLevel = 1;
  if (res.exits.length > 0) res.exits.length = 0;
}

/** Translates (vpn, offset) for `access` (ACC_* bits); fills `res`; returns res.ok. */
export function translate(m: Mmu, vpn: number, offset: number, access: number, res: TranslateResult): boolean {
  resetResult(res);
  m.stats.translations++;
  const tag = currentTag(m);
  const tlb = m.tlb;
  if (tlb !== null) {
    const level = tlb.lookup(vpn, tag);
    if (level !== 0) {
      if (tlbPermits(tlb.hitFlags, access, m.config.ctl)) {
        if (level === 1) m.stats.l1Hits++; else m.stats.l2Hits++;
        res.ok = true;
        res.tlbLevel = level;
        res.leafLevel = tlb.hitLevel;
        res.pa = tlb.hitFrame + (vpn & LEVEL_MASK[tlb.hitLevel]!) * 4096 + offset;
        return true;
      }
      tlb.invalidatePage(vpn, tag);
    }
  }
  m.stats.walks++;
  const mode = m.config.mode;
  const ok = mode === 'native' ? walkNative(m, vpn, offset, access, res, tag) : mode === 'nested' ? walkNested(m, vpn, offset, access, res, tag) : translateShadow(m, vpn, offset, access, res, tag);
  m.stats.references += res.refs;
  if (!ok) m.stats.faults++;
  return ok;
}

function walkNative(m: Mmu, vpn: number, offset: number, access: number, res: TranslateResult, tag: number): boolean {
  const env = m.guestEnv, out = m.walkOut;
  env.tag = tag; env.trace = m.trace; env.refs = 0;
  const ok = walkX86(env, m.cr3Root, vpn, access, out);
  res.refs = env.refs;
  m.stats.guestReferences += env.refs;
  if (!ok) { res.fault = out.fault; return false; }
  res.ok = true;
  res.leafLevel = out.leafLevel;
  res.pa = out.frame + (vpn & LEVEL_MASK[out.leafLevel]!) * 4096 + offset;
  m.tlb?.insert(vpn, tag, out.leafLevel, out.frame, tlbFlagsOf(out));
  return true;
}
