/**
 * Power-aware best fit (CloudSim PowerVmAllocationPolicyMigrationAbstract.findHostForVm;
 * refs/cloudsim-consolidation.md §B9, §B12): scan hosts in id order, skip excluded and
 * infeasible ones (PE MIPS ≥ demand, free MIPS ≥ demand) and non-empty ones the detector would
 * call overloaded with the VM added; choose the smallest power increase P(u_after) − P(u_now),
 * first on a tie. u_now is the utilization recorded at this tick — 0 (idle power) for an off host.
 *
 * Optimisation that changes no result: hosts are ranked by power increase first and the (costly)
 * overload test runs only on the best until one passes — CloudSim tests every feasible host, but
 * skipping an overloaded host and taking the minimum of the rest is the same choice.
 */
import { specPowerAt } from '../energy/power-model';
import { appendVm, removeVm, type Host, type Vm } from './datacenter-state';
import { hostOverloaded, invalidateHost, noteVmAdded, type PlanningContext } from './planning-context';

export { createPlanningContext, hostOverloaded, type PlanningContext } from './planning-context';

export function findHostForVm(ctx: PlanningContext, vm: Vm, excluded: Uint8Array): Host | null {
  const ids = ctx.candidateIds;
  const diffs = ctx.powerDiffW;
  const demand = vm.reqMips;
  let n = 0;
  let pristineSeen = 0;
  for (const host of ctx.hosts) {
    if (excluded[host.id] || !(host.peMips >= demand && host.availMips >= demand)) continue;
    if (host.vms.length === 0 && host.utilMips === 0 && host.allocSumMips === 0) {
      // Empty, switched-off hosts of one type all score the same and are never rejected, so
      // only the first of each type can win (ties go to the lowest id).
      const bit = 1 << host.typeId;
      if (pristineSeen & bit) continue;
      pristineSeen |= bit;
    }
    const uAfter = (host.allocSumMips + demand) / host.mips;
    // Simplification: free MIPS and Σ allocations are summed in different orders, so a host filled
    // to the last MIPS can pass the free-MIPS test yet land one ulp above 100 %. CloudSim would
    // exit (getPowerAfterAllocation calls System.exit on u > 1); we treat the host as full.
    if (uAfter > 1) continue;
    ids[n] = host.id;
    diffs[n] = specPowerAt(host.powerTable, uAfter) - ctx.powerNowW[host.id]!;
    n++;
  }
  // The best host by power increase wins unless the detector rejects it; then the next best.
  for (;;) {
    const k = argminFirst(diffs, n);
    if (k < 0) return null;
    const host = ctx.hosts[ids[k]!]!;
    if (host.allocSumMips === 0 || !hostOverloaded(ctx, host, vm)) return host;
    diffs[k] = Infinity;
  }
}

function argminFirst(values: Float64Array, n: number): number {
  let min = Infinity;
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (values[i]! < min) {
      min = values[i]!;
      at = i;
    }
  }
  return at;
}

/** Tentative vmCreate / vmDestroy during planning, keeping the history cache exact. */
export function tentativeCreate(ctx: PlanningContext, host: Host, vm: Vm): void {
  appendVm(host, ctx.vms, vm.id);
  noteVmAdded(ctx, host, vm);
}

export function tentativeDestroy(ctx: PlanningContext, host: Host, vm: Vm): void {
  removeVm(host, ctx.vms, vm.id, false);
  invalidateHost(ctx, host);
}

export interface PlannedMigration {
  vmId: number;
  targetHostId: number;
}

/** PowerVmList.sortByCpuUtilization: requested MIPS, largest first, stable. */
export function sortByDemand(list: Vm[]): Vm[] {
  return list.sort((a, b) => b.reqMips - a.reqMips);
}
