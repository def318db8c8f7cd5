/**
 * Power-aware best fit (CloudSim PowerVmAllocationPolicyMigrationAbstract.findHostForVm;
 * refs/cloudsim-consolidation.md §B9, §B12): scan hosts in id order, skip excluded and
 * infeasible ones (PE MIPS ≥ demand, free MIPS ≥ demand) and non-empty ones the detector would
 * call overloaded with the VM added; choose the smallest power increase P(u_after) − P(u_now),
 * first on a tie. u_now is the utilization recorded at this tick — 0 (idle power) for an off host.
 *
 * Optimisations that change no result:
 *  - hosts are ranked by power increase first and the (costly) overload test runs only on the best
 *    until one passes — CloudSim tests every feasible host, but skipping an overloaded host and
 *    taking the minimum of the rest is the same choice;
 *  - empty switched-off ("pristine") hosts of one type all score the same and are never rejected,
 *    so only the lowest-id one per type is scored; the scan visits the other hosts from a list.
 */
import { specPowerAt } from '../energy/power-model';
import { appendVm, removeVm, type Host, type Vm } from './datacenter-state';
import {
  firstUnlistedPristine, hostOverloaded, invalidateHost, isPristine, listHost, noteVmAdded, saveOnce, type PlanningContext,
} from './planning-context';

export { createPlanningContext, hostOverloaded, type PlanningContext } from './planning-context';

export function findHostForVm(ctx: PlanningContext, vm: Vm, excluded: Uint8Array, skipPristine = false): Host | null {
  const ids = ctx.candidateIds;
  const diffs = ctx.powerDiffW;
  const demand = vm.reqMips;
  const pristineRep = ctx.pristineRep.fill(-1);
  let n = 0;
  const consider = (host: Host): void => {
    const uAfter = (host.allocSumMips + demand) / host.mips;
    // Simplification: free MIPS and Σ allocations are summed in different orders, so a host filled
    // to the last MIPS can pass the free-MIPS test yet land one ulp above 100 %. CloudSim would
    // exit (getPowerAfterAllocation calls System.exit on u > 1); we treat the host as full.
    if (uAfter > 1) return;
    ids[n] = host.id;
    diffs[n] = specPowerAt(host.powerTable, uAfter) - ctx.powerNowW[host.id]!;
    n++;
  };
  for (let k = 0; k < ctx.scanCount; k++) {
    const host = ctx.hosts[ctx.scanIds[k]!]!;
    if (excluded[host.id] || !(host.peMips >= demand && host.availMips >= demand)) continue;
    if (isPristine(host)) {
      const rep = pristineRep[host.typeId]!;
      if (rep < 0 || host.id < rep) pristineRep[host.typeId] = host.id;
    } else {
      consider(host);
    }
  }
  if (!skipPristine) {
    for (let type = 0; type < pristineRep.length; type++) {
      const rep = firstUnlistedPristine(ctx, type, excluded, demand, pristineRep[type]!);
      if (rep >= 0) consider(ctx.hosts[rep]!);
    }
  }
  // The best host by power increase wins unless the detector rejects it; then the next best.
  for (;;) {
    const k = argminById(diffs, ids, n);
    if (k < 0) return null;
    const host = ctx.hosts[ids[k]!]!;
    if (host.allocSumMips === 0 || !hostOverloaded(ctx, host, vm)) return host;
    diffs[k] = Infinity;
  }
}

/** Minimum power increase, lowest host id on a tie (CloudSim scans in id order, strict <). */
function argminById(values: Float64Array, ids: Int32Array, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === Infinity) continue;
    if (at < 0 || v < values[at]! || (v === values[at]! && ids[i]! < ids[at]!)) at = i;
  }
  return at;
}

/** Tentative vmCreate / vmDestroy during planning, keeping the caches exact. */
export function tentativeCreate(ctx: PlanningContext, host: Host, vm: Vm): void {
  saveOnce(ctx, host);
  listHost(ctx, host);
  appendVm(host, ctx.vms, vm.id);
  noteVmAdded(ctx, host, vm);
}

export function tentativeDestroy(ctx: PlanningContext, host: Host, vm: Vm): void {
  saveOnce(ctx, host);
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
