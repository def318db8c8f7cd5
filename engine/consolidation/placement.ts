/**
 * Power-aware best fit (CloudSim PowerVmAllocationPolicyMigrationAbstract.findHostForVm;
 * refs/cloudsim-consolidation.md §B9, §B12): scan hosts in id order, skip excluded and
 * infeasible ones (PE MIPS ≥ demand, free MIPS ≥ demand) and non-empty ones the detector would
 * call overloaded with the VM added; choose the smallest power increase P(u_after) − P(u_now),
 * first on a tie. u_now is the utilization recorded at this tick — 0 (idle power) for an off host.
 *
 * Optimisation that changes no result: the (costly) overload test runs only for a host whose
 * power increase would beat the best so far, because an overloaded host is skipped anyway.
 */
import { specPowerAt } from '../energy/power-model';
import { HISTORY_LENGTH } from './cloudsim-setup';
import {
  allocatedMips, appendVm, removeVm, requestedMips, type Host, type Vm,
} from './datacenter-state';
import { addVmHistory, fillHostHistory, isOverloaded, trimmedLength, type DetectorKind } from './overload-detectors';

export interface PlanningContext {
  hosts: Host[];
  vms: Vm[];
  detector: DetectorKind;
  parameter: number;
  /** P(recorded utilization) per host at this tick. */
  powerNowW: Float64Array;
  historyCache: Float64Array[];
  historyValid: Uint8Array;
  scratch: Float64Array;
}

export function createPlanningContext(hosts: Host[], vms: Vm[], detector: DetectorKind, parameter: number): PlanningContext {
  return {
    hosts, vms, detector, parameter,
    powerNowW: new Float64Array(hosts.length),
    historyCache: hosts.map(() => new Float64Array(HISTORY_LENGTH)),
    historyValid: new Uint8Array(hosts.length),
    scratch: new Float64Array(HISTORY_LENGTH),
  };
}

function hostHistory(ctx: PlanningContext, host: Host): Float64Array {
  const cache = ctx.historyCache[host.id]!;
  if (!ctx.historyValid[host.id]) {
    fillHostHistory(cache, host, ctx.vms, null);
    ctx.historyValid[host.id] = 1;
  }
  return cache;
}

/** The detector on the host's tentative VM list, optionally with `extra` appended. */
export function hostOverloaded(ctx: PlanningContext, host: Host, extra: Vm | null): boolean {
  let req = requestedMips(host, ctx.vms);
  let maxRam = -2147483648;
  for (const id of host.vms) maxRam = Math.max(maxRam, ctx.vms[id]!.ramMb);
  if (extra) {
    req += extra.reqMips;
    maxRam = Math.max(maxRam, extra.ramMb);
  }
  let history = ctx.scratch;
  if (ctx.detector !== 'thr') {
    history.set(hostHistory(ctx, host));
    if (extra) addVmHistory(history, extra, host.mips);
  } else {
    history = ctx.scratch.fill(0);
  }
  return isOverloaded(ctx.detector, ctx.parameter, {
    history, historyLength: trimmedLength(history), requestedMips: req, hostMips: host.mips, maxRamMb: maxRam,
  });
}

export function findHostForVm(ctx: PlanningContext, vm: Vm, excluded: Uint8Array): Host | null {
  let best: Host | null = null;
  let minPower = Number.MAX_VALUE;
  const demand = vm.reqMips;
  for (const host of ctx.hosts) {
    if (excluded[host.id] || !(host.peMips >= demand && host.availMips >= demand)) continue;
    const used = allocatedMips(host);
    const powerAfter = specPowerAt(host.powerTable, (used + demand) / host.mips);
    const diff = powerAfter - ctx.powerNowW[host.id]!;
    if (diff < minPower) {
      if (used !== 0 && hostOverloaded(ctx, host, vm)) continue;
      minPower = diff;
      best = host;
    }
  }
  return best;
}

/** Tentative vmCreate / vmDestroy during planning, keeping the history cache exact. */
export function tentativeCreate(ctx: PlanningContext, host: Host, vm: Vm): void {
  appendVm(host, ctx.vms, vm.id);
  if (ctx.historyValid[host.id]) addVmHistory(ctx.historyCache[host.id]!, vm, host.mips);
}

export function tentativeDestroy(ctx: PlanningContext, host: Host, vm: Vm): void {
  removeVm(host, ctx.vms, vm.id, false);
  ctx.historyValid[host.id] = 0;
}

export interface PlannedMigration {
  vmId: number;
  targetHostId: number;
}

/** PowerVmList.sortByCpuUtilization: requested MIPS, largest first, stable. */
export function sortByDemand(list: Vm[]): Vm[] {
  return list.sort((a, b) => b.reqMips - a.reqMips);
}
