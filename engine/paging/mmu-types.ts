/**
 * Plain state of one MMU (a CPU's translation hardware plus, in shadow mode, the VMM's shadow MMU):
 * configuration, memories, control registers, caches and counters. Kept as data so a model can be
 * snapshotted; the behaviour lives in translate.ts, nested-walk.ts and shadow-vmm.ts.
 */
import type { AssocCache } from './assoc-cache';
import type { HostWalkEnv } from './host-walk';
import type { PagingStructureCache } from './paging-structure-cache';
import type { PhysicalMemory } from './physical-memory';
import type { FrameAllocator } from './table-builder';
import type { Tlb, TlbConfig } from './tlb';
import type { Controls, EntryRead, Fault, WalkOut } from './walk-types';
import type { WalkMemo } from './walk-memo';
import type { X86WalkEnv } from './x86-walk';

export type PagingMode = 'native' | 'nested' | 'shadow';

export interface HostConfig {
  levels: 4 | 5;
  format: 'ept' | 'npt';
  /** EPTP bit 6: EPT accessed/dirty flags. */
  adFlags: boolean;
  /** Host paging-structure-cache entries per level (0 = none). */
  pscEntries: number;
  /** Nested TLB entries, gPA→hPA (0 = none); fully associative. */
  nestedTlbEntries: number;
}

export interface MmuConfig {
  mode: PagingMode;
  levels: 4 | 5;
  ctl: Controls;
  tlb: TlbConfig;
  /** Paging-structure-cache entries per level for the native/guest/shadow walk (0 = none). */
  pscEntries: number;
  host: HostConfig;
}

export interface VmExit {
  reason: 'ept-violation' | 'ept-misconfig' | 'npf' | 'shadow-page-fault' | 'inject-page-fault' | 'pt-write' | 'mov-cr3' | 'invlpg';
  detail: string;
}

export interface ShadowState {
  mem: PhysicalMemory;
  /** The hardware walker over the shadow tables (the guest walker is the VMM's, in software). */
  env: X86WalkEnv;
  walkOut: WalkOut;
  alloc: FrameAllocator;
  /** Shadow root per guest CR3 (KVM keeps a cache of roots). */
  roots: Map<number, number>;
  /** Guest entry address (gPA) → shadow entries derived from it (KVM's rmap / parent pointers). */
  derived: Map<number, number[]>;
  /** Guest frames (gPA / 4096) that hold guest page tables and are therefore write-protected. */
  ptFrames: Set<number>;
  /** Shadow leaf entry addresses per guest data frame, to revoke writability when it becomes a table. */
  leavesByGfn: Map<number, number[]>;
  lastLeaf: { address: number; lo: number; hi: number } | null;
}

export interface MmuStats {
  translations: number;
  l1Hits: number;
  l2Hits: number;
  walks: number;
  references: number;
  guestReferences: number;
  hostReferences: number;
  faults: number;
  vmExits: number;
  exitsByReason: Record<string, number>;
}

export interface TranslateResult {
  ok: boolean;
  /** Host-physical (or physical) address of the access. */
  pa: number;
  /** Guest-physical address (nested and shadow), −1 otherwise. */
  gpa: number;
  leafLevel: number;
  hostLeafLevel: number;
  /** 1 = L1 TLB hit, 2 = L2 hit, 0 = walked. */
  tlbLevel: number;
  refs: number;
  fault: Fault | null;
  exits: VmExit[];
}

export interface Mmu {
  readonly config: MmuConfig;
  /** Native: physical memory. Nested and shadow: guest-physical memory (guest tables). */
  readonly mem: PhysicalMemory;
  /** Nested: EPT/NPT tables in host-physical memory. Shadow: the VMM's gPA→hPA map, in the same format. */
  readonly hostMem: PhysicalMemory;
  readonly shadow: ShadowState | null;
  /** Root table address from CR3 (guest-physical for a guest). */
  cr3Root: number;
  pcid: number;
  vpid: number;
  hostRoot: number;
  readonly tlb: Tlb | null;
  readonly psc: PagingStructureCache | null;
  readonly guestEnv: X86WalkEnv;
  readonly hostEnv: HostWalkEnv;
  readonly walkOut: WalkOut;
  readonly stats: MmuStats;
  trace: EntryRead[] | null;
  readonly ntlb: AssocCache | null;
  /** Nested mode: simulator-side memo of whole two-dimensional walks (walk-memo.ts). */
  readonly nestedMemo: WalkMemo | null;
}

export function createStats(): MmuStats {
  return { translations: 0, l1Hits: 0, l2Hits: 0, walks: 0, references: 0, guestReferences: 0, hostReferences: 0, faults: 0, vmExits: 0, exitsByReason: {} };
}

export function createTranslateResult(): TranslateResult {
  return { ok: false, pa: 0, gpa: -1, leafLevel: 1, hostLeafLevel: 1, tlbLevel: 0, refs: 0, fault: null, exits: [] };
}

export function countExit(stats: MmuStats, res: TranslateResult, exit: VmExit): void {
  stats.vmExits++;
  stats.exitsByReason[exit.reason] = (stats.exitsByReason[exit.reason] ?? 0) + 1;
  res.exits.push(exit);
}
