/**
 * Creates an MMU from its configuration and memories: the walk environments (guest/native walker,
 * host walker), the TLB, the paging-structure caches and the nested TLB. Also the address-space
 * tag: (VPID << 12) | PCID when the TLB is tagged, else 0 (refs §A3, §A5).
 */
import { createAssocCache } from './assoc-cache';
import type { HostWalkEnv } from './host-walk';
import { walkHost } from './host-walk';
import { createPagingStructureCache, type PagingStructureCache } from './paging-structure-cache';
import { createPhysicalMemory, type PhysicalMemory } from './physical-memory';
import { createTlb } from './tlb';
import { createWalkMemo } from './walk-memo';
import { ACC_WRITE, createWalkOut } from './walk-types';
import type { X86WalkEnv } from './x86-walk';
import { createStats, type Mmu, type MmuConfig, type ShadowState } from './mmu-types';
import { createFrameAllocator } from './table-builder';

export const currentTag = (m: Mmu): number => (m.config.tlb.tagged ? ((m.vpid << 12) | m.pcid) : 0);

export interface MmuInit {
  mem: PhysicalMemory;
  hostMem?: PhysicalMemory;
  cr3Root: number;
  pcid?: number;
  vpid?: number;
  hostRoot?: number;
  /** Shadow mode: where the VMM allocates shadow tables (host-physical). */
  shadowBase?: number;
}

export function createMmu(config: MmuConfig, init: MmuInit): Mmu {
  const hostMem = init.hostMem ?? createPhysicalMemory();
  const nested = config.mode === 'nested';
  const shadowMode = config.mode === 'shadow';
  const psc = config.pscEntries > 0 ? createPagingStructureCache(config.pscEntries) : null;
  const guestEnv: X86WalkEnv = {
    mem: init.mem, levels: config.levels, ctl: config.ctl, dim: config.mode === 'native' ? 'native' : 'guest',
    psc: shadowMode ? null : psc, tag: 0, resolve: null, trace: null, refs: 0, setAccessedDirty: true,
  };
  const hostEnv: HostWalkEnv = {
    mem: hostMem, levels: config.host.levels, root: init.hostRoot ?? 0, format: config.host.format, adFlags: config.host.adFlags, ctl: config.ctl,
    psc: nested && config.host.pscEntries > 0 ? createPagingStructureCache(config.host.pscEntries) : null,
    ntlb: nested && config.host.nestedTlbEntries > 0 ? createAssocCache(config.host.nestedTlbEntries, config.host.nestedTlbEntries) : null,
    tag: 0, trace: null, refs: 0, fault: null, leafLevel: 1, lastPerms: 0,
  };
  if (nested) {
    // Guest paging-structure accesses are writes for EPT purposes when EPT A/D is on (SDM §29.3.5).
    const tableAccess = config.host.adFlags ? ACC_WRITE : 0;
    guestEnv.resolve = (gpa, level) => walkHost(hostEnv, gpa, tableAccess, level);
  }
  const shadow = shadowMode ? createShadowState(config, psc, init.shadowBase ?? 0x7f000000) : null;
  return {
    config, mem: init.mem, hostMem, shadow,
    cr3Root: init.cr3Root, pcid: init.pcid ?? 0, vpid: init.vpid ?? (config.mode === 'native' ? 0 : 1), hostRoot: init.hostRoot ?? 0,
    tlb: config.tlb.enabled ? createTlb(config.tlb) : null,
    psc, guestEnv, hostEnv, walkOut: createWalkOut(), stats: createStats(), trace: null, ntlb: hostEnv.ntlb, nestedMemo: nested ? createWalkMemo() : null,
  };
}

function createShadowState(config: MmuConfig, psc: PagingStructureCache | null, base: number): ShadowState {
  const mem = createPhysicalMemory();
  // Simplification: the shadow tables are walked with CR0.WP = 1, as KVM forces it; the VMM applies the guest's WP in software.
  const env: X86WalkEnv = { mem, levels: config.levels, ctl: { ...config.ctl, cr0WP: true }, dim: 'shadow', psc, tag: 0, resolve: null, trace: null, refs: 0, setAccessedDirty: true };
  return { mem, env, walkOut: createWalkOut(), alloc: createFrameAllocator(base), roots: new Map(), derived: new Map(), ptFrames: new Set(), leavesByGfn: new Map(), lastLeaf: null };
}
