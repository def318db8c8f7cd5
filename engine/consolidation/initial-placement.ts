/**
 * Placement at t = 0 (refs/cloudsim-consolidation.md §B9). VMs arrive in id order and, while being
 * created, request their full MIPS, RAM and BW (at most 10 VMs per host by BW).
 *  - migration policies: power-aware best fit with u_now = 0 for every host, which prefers empty
 *    hosts — the VMs are spread, not packed;
 *  - DVFS: first fit in host id order;
 *  - NPA (no power awareness): the host with the most free PEs, first on a tie.
 */
import { HOST_BW, HOST_RAM_MB, VM_BW } from './cloudsim-setup';
import { appendVm, type Host, type Vm } from './datacenter-state';
import { findHostForVm, type PlanningContext } from './placement';
import { beginRound, listHost } from './planning-context';

export type PlacementKind = 'best-fit' | 'first-fit' | 'most-free-pes';

interface Capacity {
  ramMb: Float64Array;
  bw: Float64Array;
  freePes: Int32Array;
}

function fits(host: Host, vm: Vm, cap: Capacity): boolean {
  return host.peMips >= vm.mips && host.availMips >= vm.mips && cap.ramMb[host.id]! >= vm.ramMb && cap.bw[host.id]! >= VM_BW;
}

function place(ctx: PlanningContext, host: Host, vm: Vm, cap: Capacity): void {
  const vms = ctx.vms;
  listHost(ctx, host);
  vm.reqMips = vm.mips;
  appendVm(host, vms, vm.id);
  vm.reqMips = 0; // created VMs have no cloudlet yet: they request nothing until the first tick
  vm.host = host.id;
  cap.ramMb[host.id] = cap.ramMb[host.id]! - vm.ramMb;
  cap.bw[host.id] = cap.bw[host.id]! - VM_BW;
  cap.freePes[host.id] = cap.freePes[host.id]! - 1;
}

function bestFit(ctx: PlanningContext, vm: Vm, excluded: Uint8Array): Host | null {
  vm.reqMips = vm.mips;
  const host = findHostForVm(ctx, vm, excluded);
  vm.reqMips = 0;
  return host;
}

/** Per VM type, hosts without the RAM or BW left for one more VM of that type (updated per placement). */
function refreshExclusions(excludedByType: Uint8Array[], types: readonly Vm[], host: Host, cap: Capacity): void {
  types.forEach((sample, t) => {
    excludedByType[t]![host.id] = cap.ramMb[host.id]! >= sample.ramMb && cap.bw[host.id]! >= VM_BW ? 0 : 1;
  });
}

function mostFreePes(hosts: readonly Host[], vm: Vm, cap: Capacity): Host | null {
  const tried = new Uint8Array(hosts.length);
  for (let tries = 0; tries < hosts.length; tries++) {
    let idx = -1;
    let most = -Infinity;
    for (let i = 0; i < hosts.length; i++) {
      const free = tried[i] ? -Infinity : cap.freePes[i]!;
      if (free > most) {
        most = free;
        idx = i;
      }
    }
    if (idx < 0) return null;
    const host = hosts[idx]!;
    // Simplification: the over-subscribing scheduler never refuses CPU, so only RAM and BW can.
    if (cap.ramMb[idx]! >= vm.ramMb && cap.bw[idx]! >= VM_BW) return host;
    tried[idx] = 1;
  }
  return null;
}

/** Places every VM; returns the ids of VMs that found no host (CloudSim would not create them). */
export function placeInitially(kind: PlacementKind, ctx: PlanningContext, pesPerHost: number): number[] {
  const n = ctx.hosts.length;
  const cap: Capacity = {
    ramMb: new Float64Array(n).fill(HOST_RAM_MB),
    bw: new Float64Array(n).fill(HOST_BW),
    freePes: new Int32Array(n).fill(pesPerHost),
  };
  ctx.powerNowW.forEach((_, i) => (ctx.powerNowW[i] = ctx.hosts[i]!.powerTable[0]!));
  beginRound(ctx);
  const failed: number[] = [];
  const typeSamples: Vm[] = [];
  for (const vm of ctx.vms) typeSamples[vm.type] ??= vm;
  const excludedByType = typeSamples.map(() => new Uint8Array(n));
  for (const vm of ctx.vms) {
    const host = kind === 'best-fit' ? bestFit(ctx, vm, excludedByType[vm.type]!)
      : kind === 'first-fit' ? ctx.hosts.find((h) => fits(h, vm, cap)) ?? null
        : mostFreePes(ctx.hosts, vm, cap);
    if (host) {
      place(ctx, host, vm, cap);
      refreshExclusions(excludedByType, typeSamples, host, cap);
    } else {
      vm.deleted = true;
      failed.push(vm.id);
    }
  }
  return failed;
}
