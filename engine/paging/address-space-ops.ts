/**
 * The operations that change what the TLB may cache (refs §A3, §A5, §A7): MOV to CR3 (with PCID and
 * the no-flush bit 63), INVLPG, a write to a paging-structure entry, INVEPT and a switch of VM.
 *  - Native/nested: a MOV to CR3 flushes the non-global entries of the new PCID (of every PCID when
 *    PCIDE = 0 or the TLB is untagged) unless PCIDE = 1 and bit 63 = 1. It never exits in nested mode.
 *  - Shadow: MOV CR3, INVLPG and writes to write-protected guest page-table pages are VM exits.
 *  - A write to an entry does not flush anything: a stale TLB entry survives until INVLPG, as on hardware.
 */
import { hexAddr } from './hex';
import { levelIndex } from './linear-address';
import { currentTag } from './mmu';
import type { Mmu, VmExit } from './mmu-types';
import { flushPsc } from './paging-structure-cache';
import { readHi, readLo, writeEntry } from './physical-memory';
import { shadowRoot } from './shadow-vmm';
import { P, PS, entryAddress } from './x86-entry';

function exit(m: Mmu, exits: VmExit[], e: VmExit): void {
  m.stats.vmExits++;
  m.stats.exitsByReason[e.reason] = (m.stats.exitsByReason[e.reason] ?? 0) + 1;
  exits.push(e);
}

function flushTag(m: Mmu, tag: number): number {
  const n = m.tlb ? m.tlb.flushNonGlobal(tag) : 0;
  if (m.psc) flushPsc(m.psc, (c, s) => tag < 0 || c.tags[s] === tag);
  return n;
}

/** MOV to CR3: `root` table address, `pcid` (CR3[11:0] when PCIDE), `noFlush` (bit 63). */
export function movToCr3(m: Mmu, root: number, pcid: number, noFlush: boolean): { exits: VmExit[]; flushed: number } {
  const exits: VmExit[] = [];
  if (m.config.mode === 'shadow') exit(m, exits, { reason: 'mov-cr3', detail: `guest CR3 → ${hexAddr(root)}: the VMM switches to the shadow root for it` });
  m.cr3Root = root;
  m.pcid = m.config.ctl.pcide ? pcid : 0;
  let flushed = 0;
  const tagged = m.config.tlb.tagged;
  if (tagged && m.config.ctl.pcide) {
    if (!noFlush) flushed = flushTag(m, currentTag(m));
  } else {
    flushed = flushTag(m, tagged ? currentTag(m) : -1);
  }
  if (m.config.mode === 'shadow') shadowRoot(m);
  return { exits, flushed };
}

/** INVLPG: drops the page's TLB entries (current PCID, plus global ones) and the PCID's PSC entries. */
export function invlpg(m: Mmu, vpn: number): { exits: VmExit[]; flushed: number } {
  const exits: VmExit[] = [];
  const tag = currentTag(m);
  const flushed = m.tlb ? m.tlb.invalidatePage(vpn, tag) : 0;
  if (m.psc) flushPsc(m.psc, (c, s) => c.tags[s] === tag);
  if (m.config.mode === 'shadow') {
    exit(m, exits, { reason: 'invlpg', detail: 'the VMM drops the shadow leaf for this page' });
    zapShadowLeaf(m, vpn);
  }
  return { exits, flushed };
}

function zapShadowLeaf(m: Mmu, vpn: number): void {
  const s = m.shadow!;
  let table = shadowRoot(m);
  for (let level: number = m.config.levels; level >= 1; level--) {
    const addr = table + levelIndex(vpn, level) * 8;
    const lo = readLo(s.mem, addr);
    if ((lo & P) === 0) return;
    if (level === 1 || (lo & PS) !== 0) { writeEntry(s.mem, addr, 0, 0); return; }
    table = entryAddress(lo, readHi(s.mem, addr));
  }
}

/** The guest (or the OS natively) writes a paging-structure entry at `addr` (guest-physical in a VM). */
export function writeTableEntry(m: Mmu, addr: number, lo: number, hi: number): { exits: VmExit[] } {
  const exits: VmExit[] = [];
  writeEntry(m.mem, addr, lo, hi);
  const s = m.shadow;
  if (s && s.ptFrames.has(Math.floor(addr / 4096))) {
    exit(m, exits, { reason: 'pt-write', detail: `guest wrote its page-table entry at gPA ${hexAddr(addr)}: trapped (write-protected), emulated, shadow entries derived from it zapped` });
    for (const shadowEntry of s.derived.get(addr) ?? []) writeEntry(s.mem, shadowEntry, 0, 0);
    s.derived.delete(addr);
    m.tlb?.flushNonGlobal(-1);
  }
  return { exits };
}

/** The hypervisor writes an EPT/NPT entry (no flush: INVEPT is a separate step). */
export function writeHostEntry(m: Mmu, addr: number, lo: number, hi: number): void {
  writeEntry(m.hostMem, addr, lo, hi);
}

/** INVEPT (all contexts): drops combined TLB entries, the nested TLB and the host PSC. */
export function invept(m: Mmu): number {
  let n = m.tlb ? m.tlb.flushAll() : 0;
  if (m.ntlb) n += m.ntlb.invalidate(() => true);
  if (m.hostEnv.psc) flushPsc(m.hostEnv.psc);
  if (m.psc) flushPsc(m.psc);
  return n;
}

/** Runs another VM (VPID): untagged TLBs lose everything, tagged ones keep every VM's entries. */
export function switchVm(m: Mmu, vpid: number, hostRoot: number, cr3Root: number, pcid: number): number {
  m.vpid = vpid; m.hostRoot = hostRoot; m.cr3Root = cr3Root; m.pcid = m.config.ctl.pcide ? pcid : 0;
  if (m.config.tlb.tagged) return 0;
  let n = m.tlb ? m.tlb.flushAll() : 0;
  if (m.ntlb) n += m.ntlb.invalidate(() => true);
  if (m.psc) flushPsc(m.psc);
  if (m.hostEnv.psc) flushPsc(m.hostEnv.psc);
  return n;
}
