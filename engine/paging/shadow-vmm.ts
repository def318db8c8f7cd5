/**
 * Shadow paging as a VMM does it (KVM's shadow MMU, VMware before EPT; refs §A7). The hardware walks
 * only the shadow tables (guest-virtual → host-physical), so a TLB miss costs a native walk. When the
 * shadow walk faults, the #PF intercept exits to the VMM, which walks the guest tables in software:
 *  - the guest walk fails → a *true* fault: the VMM injects #PF with the guest's error code;
 *  - it succeeds → a *hidden* fault: the VMM fills the shadow path and resumes; the guest sees nothing.
 * The shadow leaf takes U/S and XD from the guest walk and is writable only once the guest allows
 * the write *and* the guest leaf is dirty (the dirty-bit trick: a clean page is mapped read-only, the
 * first write exits and the VMM sets guest D) *and* the frame is not a guest page-table page (those
 * are write-protected so the VMM sees every guest PTE write).
 * Simplification: shadow pages have the guest's page size; guest RAM is backed contiguously.
 */
import { hexAddr } from './hex';
import { walkHost } from './host-walk';
import { LEVEL_DIV, LEVEL_MASK, levelIndex } from './linear-address';
import { countExit, type Mmu, type ShadowState, type TranslateResult } from './mmu-types';
import { allocFrame } from './table-builder';
import { readHi, readLo, writeEntry } from './physical-memory';
import { tlbFlagsOf } from './tlb';
import { ACC_WRITE, type WalkOut } from './walk-types';
import { P, RW, encodeX86Entry, entryAddress } from './x86-entry';
import { USED_ENTRIES, walkX86 } from './x86-walk';

/** The shadow root for the current guest CR3 (built empty on first use). */
export function shadowRoot(m: Mmu): number {
  const s = m.shadow!;
  let root = s.roots.get(m.cr3Root);
  if (root === undefined) {
    root = allocFrame(s.alloc);
    s.roots.set(m.cr3Root, root);
  }
  return root;
}

/** The VMM's software gPA → hPA lookup (KVM's memslots); never counted as a hardware reference. */
export function vmmGpaToHpa(m: Mmu, gpa: number): number {
  const h = m.hostEnv;
  const saved = { refs: h.refs, trace: h.trace, fault: h.fault };
  h.trace = null;
  h.root = m.hostRoot;
  const hpa = walkHost(h, gpa, 0, 0);
  h.refs = saved.refs; h.trace = saved.trace; h.fault = saved.fault;
  return hpa;
}

function link(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) { if (!list.includes(value)) list.push(value); } else map.set(key, [value]);
}

/** Marks the guest's table frames write-protected, revoking W from shadow leaves that map them. */
function protectTables(m: Mmu, count: number): void {
  const s = m.shadow!;
  for (let i = 0; i < count; i++) {
    const gfn = Math.floor(USED_ENTRIES[i]! / 4096);
    if (s.ptFrames.has(gfn)) continue;
    s.ptFrames.add(gfn);
    for (const leaf of s.leavesByGfn.get(gfn) ?? []) {
      writeEntry(s.mem, leaf, readLo(s.mem, leaf) & ~RW, readHi(s.mem, leaf));
      m.tlb?.flushNonGlobal(-1);
    }
  }
}

function coversTable(s: ShadowState, gfn: number, pages: number): boolean {
  if (pages === 1) return s.ptFrames.has(gfn);
  for (const f of s.ptFrames) if (f >= gfn && f < gfn + pages) return true;
  return false;
}

/** Builds the shadow path for vpn from a successful guest walk (guest entry addresses in USED_ENTRIES). */
function fillShadow(m: Mmu, vpn: number, g: WalkOut, hpaFrame: number): void {
  const s = m.shadow!;
  let table = shadowRoot(m);
  for (let level = m.config.levels, i = 0; level > g.leafLevel; level--, i++) {
    const addr = table + levelIndex(vpn, level) * 8;
    let lo = readLo(s.mem, addr);
    if ((lo & P) === 0) {
      const next = allocFrame(s.alloc);
      const e = encodeX86Entry(next, { writable: true, user: true }, false);
      writeEntry(s.mem, addr, e.lo, e.hi);
      lo = e.lo;
    }
    link(s.derived, USED_ENTRIES[i]!, addr);
    table = entryAddress(lo, readHi(s.mem, addr));
  }
  const leafAddr = table + levelIndex(vpn, g.leafLevel) * 8;
  const gfn = Math.floor(g.frame / 4096);
  const writable = g.rw && g.dirty && !coversTable(s, gfn, LEVEL_DIV[g.leafLevel]!);
  const e = encodeX86Entry(hpaFrame, { writable, user: g.us, nx: g.xd, global: g.global, accessed: true, dirty: writable }, g.leafLevel > 1);
  writeEntry(s.mem, leafAddr, e.lo, e.hi);
  link(s.derived, USED_ENTRIES[m.config.levels - g.leafLevel]!, leafAddr);
  link(s.leavesByGfn, gfn, leafAddr);
  s.lastLeaf = { address: leafAddr, lo: e.lo, hi: e.hi };
}

function vmmGuestWalk(m: Mmu, vpn: number, access: number, g: WalkOut): boolean {
  const env = m.guestEnv;
  env.trace = m.trace; env.refs = 0;
  const from = m.trace ? m.trace.length : 0;
  const ok = walkX86(env, m.cr3Root, vpn, access, g);
  if (m.trace) for (let i = from; i < m.trace.length; i++) m.trace[i]!.software = true;
  return ok;
}

export function translateShadow(m: Mmu, vpn: number, offset: number, access: number, res: TranslateResult, tag: number): boolean {
  const s = m.shadow!, env = s.env, out = s.walkOut, g = m.walkOut;
  for (let attempt = 0; attempt < 3; attempt++) {
    env.tag = tag; env.trace = m.trace; env.refs = 0;
    const ok = walkX86(env, shadowRoot(m), vpn, access, out);
    res.refs += env.refs;
    m.stats.guestReferences += env.refs;
    if (ok) {
      res.ok = true; res.leafLevel = out.leafLevel;
      res.pa = out.frame + (vpn & LEVEL_MASK[out.leafLevel]!) * 4096 + offset;
      m.tlb?.insert(vpn, tag, out.leafLevel, out.frame, tlbFlagsOf(out));
      return true;
    }
    if (!vmmGuestWalk(m, vpn, access, g)) {
      res.fault = { ...g.fault!, injected: true, exit: true, explanation: `${g.fault!.explanation} The shadow walk faulted, the VMM found the guest's own tables forbid it and injected #PF.` };
      countExit(m.stats, res, { reason: 'inject-page-fault', detail: `guest ${g.fault!.kind} at level ${g.fault!.level}` });
      return false;
    }
    protectTables(m, g.usedCount);
    res.gpa = g.frame + (vpn & LEVEL_MASK[g.leafLevel]!) * 4096 + offset;
    const hpaFrame = vmmGpaToHpa(m, g.frame);
    if (hpaFrame < 0) {
      countExit(m.stats, res, { reason: 'shadow-page-fault', detail: `no host memory behind gPA ${hexAddr(g.frame)}` });
      res.fault = { ...m.hostEnv.fault!, explanation: `The VMM has no host memory behind gPA ${hexAddr(g.frame)}.` };
      return false;
    }
    const pages = LEVEL_DIV[g.leafLevel]!;
    if ((access & ACC_WRITE) !== 0 && coversTable(s, Math.floor(g.frame / 4096), pages)) {
      countExit(m.stats, res, { reason: 'pt-write', detail: `write to guest page-table page gPA ${hexAddr(g.frame)} emulated by the VMM` });
      res.ok = true; res.leafLevel = g.leafLevel; res.pa = hpaFrame + (res.gpa - g.frame);
      return true;
    }
    countExit(m.stats, res, { reason: 'shadow-page-fault', detail: `hidden fault: shadow ${out.fault!.kind} at level ${out.fault!.level}, filled from the guest tables` });
    fillShadow(m, vpn, g, hpaFrame);
  }
  return false;
}
