/**
 * The translation cost model: estimated cycles = L2-TLB hits × l2TlbHitCycles + walk references ×
 * walkRefCycles + VM exits × (vmExitCycles + vmmHandlerCycles). L1 TLB hits are free (overlapped
 * with the cache access). Sources (refs §A7 and cited notes):
 *  - vmExitCycles 1,350: VMRUN → #VMEXIT round trip of a trivial exit, AMD/KVM (lkml 2020, refs §A7).
 *  - vmmHandlerCycles 1,000: KVM work per exit (shadow fill, emulation) — an assumption inside the
 *    "trivial exit handled in KVM ≈ 1,000–2,000 cycles" guidance of refs §A7 [unverified].
 *  - walkRefCycles 10: page-table entries mostly hit the data caches; a cached 4-level walk costs about
 *    20–50 cycles (practitioner rule of thumb; 200+ when entries miss to DRAM) [unverified].
 *  - l2TlbHitCycles 9: STLB hit latency on recent Intel cores [Intel Optimization Manual, unverified].
 * Simplification: every reference costs the same; Bhargava et al. found nested references have worse
 * locality than guest ones, so nested costs here are a lower bound. All four numbers are parameters.
 */
import type { MmuStats } from './mmu-types';

export interface CostModel {
  l2TlbHitCycles: number;
  walkRefCycles: number;
  vmExitCycles: number;
  vmmHandlerCycles: number;
}

export const DEFAULT_COSTS: CostModel = { l2TlbHitCycles: 9, walkRefCycles: 10, vmExitCycles: 1350, vmmHandlerCycles: 1000 };

export function estimateCycles(stats: MmuStats, costs: CostModel): number {
  return stats.l2Hits * costs.l2TlbHitCycles + stats.references * costs.walkRefCycles + stats.vmExits * (costs.vmExitCycles + costs.vmmHandlerCycles);
}
