/**
 * The consolidation simulator: CloudSim's PowerDatacenter timeline (refs/cloudsim-consolidation.md
 * §B5–B8, §B14) as an explicit stepper over plain state.
 *
 * Ticks at 300.1, 600.1, … (every 300 s from the 0.1 s offset) up to the 86 400 s limit; at each
 * tick: update every host (CPU shares, histories), integrate energy over the interval, delete VMs
 * whose request is exactly 0, plan and start migrations. Migrations finish RAM ÷ 62.5 s later as
 * extra events: update + energy, move the VM, then update again once per instant.
 * Energy per host per interval is the trapezoid of P(u_prev) and P(u_now), 0 if u_prev = 0
 * (the host was off); the non-power-aware baseline charges every host its full power.
 * Units: seconds (simulated, doubles as in CloudSim), MIPS, watt-seconds internally, kWh out.
 */
import type { Rng } from '../core/rng';
import { specPowerAt } from '../energy/power-model';
import {
  SCHEDULING_INTERVAL_SEC, SIMULATION_LIMIT_SEC, TICK_OFFSET_SEC, migrationTimeSec,
} from './cloudsim-setup';
import { appendVm, pushHistory, removeVm, type Host, type Vm } from './datacenter-state';
import { updateHost } from './host-update';
import { optimizeAllocation } from './optimize-allocation';
import type { PlanningContext } from './placement';
import type { SelectionKind } from './vm-selection';

export interface Completion {
  timeSec: number;
  vmId: number;
  targetHostId: number;
}

export interface SimState {
  ctx: PlanningContext;
  selection: SelectionKind | null;
  nonPowerAware: boolean;
  limitSec: number;
  nextTickSec: number;
  lastProcessSec: number;
  energyWs: number;
  migrations: number;
  deletedVms: number;
  pending: Completion[];
  rng: Rng;
}

export const firstTickSec = (): number => TICK_OFFSET_SEC + SCHEDULING_INTERVAL_SEC;

/** Time of the next event, or Infinity when the run is over. */
export function nextEventSec(s: SimState): number {
  const c = s.pending.length > 0 ? s.pending[0]!.timeSec : Infinity;
  const t = Math.min(c, s.nextTickSec);
  return t <= s.limitSec ? t : Infinity;
}

/**
 * Every VM's request at tSec: utilizationAt's interpolation with the per-time terms hoisted out of
 * the loop (same operations, same doubles), plus a history sample at ticks.
 */
function refreshRequests(vms: readonly Vm[], tSec: number, tick: boolean): void {
  const interval = SCHEDULING_INTERVAL_SEC;
  const exact = tSec % interval === 0;
  const t1 = exact ? Math.trunc(Math.trunc(tSec) / interval) : Math.floor(tSec / interval);
  const t2 = exact ? t1 : Math.ceil(tSec / interval);
  const span = (t2 - t1) * interval;
  const offset = tSec - t1 * interval;
  for (let i = 0; i < vms.length; i++) {
    const vm = vms[i]!;
    if (vm.deleted) continue;
    const u1 = vm.samples[t1]!;
    const u = exact ? u1 : u1 + ((vm.samples[t2]! - u1) / span) * offset;
    vm.reqMips = u * vm.mips;
    if (tick) pushHistory(vm, u);
  }
}

function hostPowerW(h: Host, usedMips: number): number {
  const u = usedMips / h.mips;
  return specPowerAt(h.powerTable, u > 1 && u < 1.01 ? 1 : u);
}

function integrateEnergy(s: SimState, dtSec: number): void {
  let frame = 0;
  for (const h of s.ctx.hosts) {
    if (s.nonPowerAware) {
      frame += h.powerTable[10]! * dtSec;
      continue;
    }
    if (h.prevUtilMips / h.mips === 0) continue;
    const from = hostPowerW(h, h.prevUtilMips);
    const to = hostPowerW(h, h.utilMips);
    frame += (from + (to - from) / 2) * dtSec;
  }
  s.energyWs += frame;
}

/** Removes VMs whose request is exactly 0 (HostDynamicWorkload.getCompletedVms), for good. */
function deleteFinishedVms(s: SimState, hosts: readonly Host[]): void {
  const { vms } = s.ctx;
  for (const h of hosts) {
    if (!h.hasFinishedVm) continue;
    h.hasFinishedVm = false;
    let done: number[] | null = null;
    for (const id of h.vms) {
      if (!vms[id]!.inMigration && vms[id]!.reqMips === 0) (done ??= []).push(id);
    }
    if (!done) continue;
    for (const id of done) {
      const vm = vms[id]!;
      removeVm(s.ctx.hosts[vm.host]!, vms, id, false);
      vm.host = -1;
      vm.deleted = true;
      s.deletedVms++;
    }
  }
}

/** updateCloudetProcessingWithoutSchedulingFutureEventsForce. */
function processAll(s: SimState, tSec: number, tick: boolean): void {
  refreshRequests(s.ctx.vms, tSec, tick);
  for (const h of s.ctx.hosts) updateHost(h, s.ctx.vms, tSec);
  const dt = tSec - s.lastProcessSec;
  if (dt > 0) integrateEnergy(s, dt);
  deleteFinishedVms(s, s.ctx.hosts);
  s.lastProcessSec = tSec;
}

function startMigrations(s: SimState, tSec: number, plan: ReturnType<typeof optimizeAllocation>): void {
  const { hosts, vms } = s.ctx;
  const touched = new Set<number>();
  for (const m of plan) {
    const vm = vms[m.vmId]!;
    const target = hosts[m.targetHostId]!;
    vm.inMigration = true;
    appendVm(target, vms, vm.id, true);
    touched.add(target.id).add(vm.host);
    s.pending.push({ timeSec: tSec + migrationTimeSec(vm.ramMb), vmId: vm.id, targetHostId: target.id });
    s.migrations++;
  }
  // Stable by time: completions at the same instant keep their start order.
  s.pending.sort((a, b) => a.timeSec - b.timeSec);
  for (const id of [...touched].sort((a, b) => a - b)) updateHost(hosts[id]!, vms, tSec);
}

function tick(s: SimState, tSec: number): void {
  processAll(s, tSec, true);
  if (s.selection) startMigrations(s, tSec, optimizeAllocation(s.ctx, s.selection, s.rng));
  s.nextTickSec = tSec + SCHEDULING_INTERVAL_SEC;
}

function completeMigrations(s: SimState, tSec: number): void {
  const { hosts, vms } = s.ctx;
  if (tSec > s.lastProcessSec) processAll(s, tSec, false);
  const touched = new Set<number>();
  while (s.pending.length > 0 && s.pending[0]!.timeSec === tSec) {
    const c = s.pending.shift()!;
    const vm = vms[c.vmId]!;
    const target = hosts[c.targetHostId]!;
    touched.add(vm.host).add(target.id);
    removeVm(hosts[vm.host]!, vms, vm.id, false);
    removeVm(target, vms, vm.id, true);
    appendVm(target, vms, vm.id, false);
    vm.host = target.id;
    vm.inMigration = false;
  }
  // CloudSim updates every host once more (Δt = 0). For a host no migration touched that update
  // reproduces the same shares and entries, so only the touched hosts are recomputed.
  const changed = [...touched].sort((a, b) => a - b).map((id) => hosts[id]!);
  for (const h of changed) updateHost(h, vms, tSec);
  deleteFinishedVms(s, changed);
}

/** Processes the next event; returns its time, or Infinity if there was none. */
export function stepSim(s: SimState): number {
  const t = nextEventSec(s);
  if (t === Infinity) return t;
  if (s.pending.length > 0 && s.pending[0]!.timeSec === t) completeMigrations(s, t);
  else tick(s, t);
  return t;
}

export const DEFAULT_LIMIT_SEC = SIMULATION_LIMIT_SEC;
