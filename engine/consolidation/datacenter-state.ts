/**
 * The plain state of a consolidation run: hosts with their VM lists and CPU-scheduler allocation,
 * VMs with their traces, requests and utilization histories. Mirrors CloudSim's
 * HostDynamicWorkload + VmSchedulerTimeSharedOverSubscription + PowerVm (refs §B7, §B10).
 *
 * The scheduler rule (B7): each VM asks for its requested MIPS capped at the host's PE MIPS; a VM
 * migrating in counts and gets 0.1 × that, a VM migrating out gets 0.9 ×. Requests are granted in
 * list order while capacity lasts; once it runs out, every VM is scaled by capacity ÷ Σ required
 * and rounded down to whole MIPS.
 * Units: MIPS, MB, seconds, watts.
 */
import { HISTORY_LENGTH } from './cloudsim-setup';
import { createHostMetrics, createVmMetrics, type HostMetrics, type VmMetrics } from './sla-metrics';

export interface Vm {
  id: number;
  type: number;
  mips: number;
  ramMb: number;
  samples: Float64Array;
  /** Requested MIPS at the last processing event (u(t) × MIPS). */
  reqMips: number;
  /** Home host (CloudSim's VM table), −1 once deleted. */
  host: number;
  deleted: boolean;
  inMigration: boolean;
  /** Utilization fractions, newest first (PowerVm history). */
  hist: Float64Array;
  histLen: number;
  metrics: VmMetrics;
}

export interface Host {
  id: number;
  /** Index of the host type (hosts of one type share capacity and power table). */
  typeId: number;
  mips: number;
  peMips: number;
  powerTable: Float64Array;
  /** VM ids in list order; `incoming[i]` marks a VM migrating in. */
  vms: number[];
  incoming: boolean[];
  /** Scheduler allocation per list entry (mipsMap), and the scheduler's available MIPS. */
  allocs: number[];
  availMips: number;
  /** getUtilizationOfCpuMips: Σ allocations in list order, incoming VMs at full potential. */
  allocSumMips: number;
  /** Used MIPS recorded at the last update, and the value before it (for energy). */
  utilMips: number;
  prevUtilMips: number;
  /** Set by an update when a VM not migrating requests exactly 0 MIPS (CloudSim deletes it). */
  hasFinishedVm: boolean;
  metrics: HostMetrics;
}

export function createVm(id: number, type: number, mips: number, ramMb: number, samples: Float64Array): Vm {
  return {
    id, type, mips, ramMb, samples, reqMips: 0, host: -1, deleted: false, inMigration: false,
    hist: new Float64Array(HISTORY_LENGTH), histLen: 0, metrics: createVmMetrics(),
  };
}

export function createHost(id: number, typeId: number, pes: number, peMips: number, powerTable: readonly number[]): Host {
  return {
    id, typeId, mips: pes * peMips, peMips, powerTable: Float64Array.from(powerTable), vms: [], incoming: [], allocs: [],
    availMips: pes * peMips, allocSumMips: 0, utilMips: 0, prevUtilMips: 0, hasFinishedVm: false, metrics: createHostMetrics(),
  };
}

/** PowerVm.addUtilizationHistoryValue: newest first, at most 30. */
export function pushHistory(vm: Vm, u: number): void {
  vm.hist.copyWithin(1, 0, HISTORY_LENGTH - 1);
  vm.hist[0] = u;
  if (vm.histLen < HISTORY_LENGTH) vm.histLen++;
}

function weightOf(host: Host, vms: readonly Vm[], i: number): number {
  const r = vms[host.vms[i]!]!.reqMips;
  const capped = r > host.peMips ? host.peMips : r;
  return host.incoming[i] ? capped * 0.1 : capped;
}

function grantedOf(host: Host, vms: readonly Vm[], i: number): number {
  const vm = vms[host.vms[i]!]!;
  const capped = vm.reqMips > host.peMips ? host.peMips : vm.reqMips;
  if (host.incoming[i]) return capped * 0.1;
  return vm.inMigration ? capped * 0.9 : capped;
}

/** Oversubscribed: scale every capped request by capacity ÷ Σ required, round down (redistributeMips…). */
function redistribute(host: Host, vms: readonly Vm[]): void {
  let required = 0;
  for (let i = 0; i < host.vms.length; i++) required += weightOf(host, vms, i);
  const scale = host.mips / required;
  for (let i = 0; i < host.vms.length; i++) {
    const vm = vms[host.vms[i]!]!;
    let m = vm.reqMips > host.peMips ? host.peMips : vm.reqMips;
    if (host.incoming[i]) m = m * 0.1 * scale;
    else if (vm.inMigration) m = m * scale * 0.9;
    else m = m * scale;
    host.allocs[i] = Math.floor(m);
  }
  host.availMips = 0;
}

/** Deallocate everything, then allocate each VM in list order (what an update or a vmDestroy does). */
export function reallocate(host: Host, vms: readonly Vm[]): void {
  const n = host.vms.length;
  if (host.allocs.length !== n) host.allocs.length = n;
  const pe = host.peMips;
  let avail = host.mips;
  let sum = 0;
  let over = false;
  for (let i = 0; i < n; i++) {
    const vm = vms[host.vms[i]!]!;
    const r = vm.reqMips;
    const capped = r > pe ? pe : r;
    const incoming = host.incoming[i]!;
    const w = incoming ? capped * 0.1 : capped;
    if (!over && avail >= w) {
      const a = incoming ? capped * 0.1 : vm.inMigration ? capped * 0.9 : capped;
      host.allocs[i] = a;
      avail -= w;
      if (incoming) sum += (a * 0.9) / 0.1;
      sum += a;
    } else {
      // Once capacity runs out, CloudSim redistributes over every VM so far; the last
      // redistribution covers them all, so doing it once at the end gives the same allocation.
      over = true;
      host.allocs[i] = 0;
    }
  }
  host.availMips = avail;
  if (over) {
    redistribute(host, vms);
    sum = allocatedMips(host);
  }
  host.allocSumMips = sum;
}

/** vmCreate for a resident VM: append and allocate it (Host.vmCreate). */
export function appendVm(host: Host, vms: readonly Vm[], vmId: number, incoming = false): void {
  host.vms.push(vmId);
  host.incoming.push(incoming);
  const i = host.vms.length - 1;
  const w = weightOf(host, vms, i);
  if (host.availMips >= w) {
    const a = grantedOf(host, vms, i);
    host.allocs[i] = a;
    host.availMips -= w;
    // Appending keeps CloudSim's summation order, so the running sum stays exact.
    if (incoming) host.allocSumMips += (a * 0.9) / 0.1;
    host.allocSumMips += a;
  } else {
    host.allocs[i] = 0;
    redistribute(host, vms);
    host.allocSumMips = allocatedMips(host);
  }
}

/** vmDestroy: remove the first list entry of the VM (resident or incoming as asked) and reallocate. */
export function removeVm(host: Host, vms: readonly Vm[], vmId: number, incoming: boolean | null = null): void {
  for (let i = 0; i < host.vms.length; i++) {
    if (host.vms[i] === vmId && (incoming === null || host.incoming[i] === incoming)) {
      host.vms.splice(i, 1);
      host.incoming.splice(i, 1);
      host.allocs.splice(i, 1);
      break;
    }
  }
  reallocate(host, vms);
}

/** getUtilizationOfCpuMips: Σ allocations, an incoming VM counted at its full potential. */
export function allocatedMips(host: Host): number {
  let sum = 0;
  for (let i = 0; i < host.allocs.length; i++) {
    if (host.incoming[i]) sum += (host.allocs[i]! * 0.9) / 0.1;
    sum += host.allocs[i]!;
  }
  return sum;
}

/** Σ requested MIPS of every VM in the list (the THR/IQR/MAD "current utilization" numerator). */
export function requestedMips(host: Host, vms: readonly Vm[]): number {
  let sum = 0;
  for (const id of host.vms) sum += vms[id]!.reqMips;
  return sum;
}

/** HostDynamicWorkload.getUtilizationOfCpu: used ÷ capacity, (1, 1.01) clamped to 1. */
export function utilizationFraction(host: Host, usedMips: number): number {
  const u = usedMips / host.mips;
  return u > 1 && u < 1.01 ? 1 : u;
}
