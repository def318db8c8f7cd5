/**
 * One planning round at a tick (CloudSim PowerVmAllocationPolicyMigrationAbstract.optimizeAllocation;
 * refs/cloudsim-consolidation.md §B10–B13):
 *  1. detect overloaded hosts (id order);
 *  2. take VMs off each overloaded host by the selection policy until it is no longer overloaded;
 *  3. place them by power-aware best fit, largest demand first, excluding only overloaded hosts
 *     (switched-off hosts may be woken);
 *  4. underload consolidation: repeatedly take the least-utilized host (0 < u < 1) and try to move
 *     all its VMs elsewhere (all or nothing), excluding overloaded, switched-off and tried hosts;
 *  5. roll every tentative change back and return the migrations (step-3 ones first).
 * CloudSim's quirk is kept: hosts that just received VMs in step 3 are not excluded as underload
 * sources, so a VM can be planned twice in one round (both migrations start and count).
 */
import type { Rng } from '../core/rng';
import { specPowerAt } from '../energy/power-model';
import { reallocate, utilizationFraction, type Host, type Vm } from './datacenter-state';
import {
  findHostForVm, hostOverloaded, sortByDemand, tentativeCreate, tentativeDestroy,
  type PlannedMigration, type PlanningContext,
} from './placement';
import { beginRound } from './planning-context';
import { selectVmToMigrate, type SelectionKind } from './vm-selection';

function takeVmsFromOverloaded(ctx: PlanningContext, over: Host[], selection: SelectionKind, rng: Rng): Vm[] {
  const out: Vm[] = [];
  for (const host of over) {
    for (;;) {
      const vm = selectVmToMigrate(selection, host, ctx.vms, rng);
      if (!vm) break;
      out.push(vm);
      tentativeDestroy(ctx, host, vm);
      if (!hostOverloaded(ctx, host, null)) break;
    }
  }
  return out;
}

function placeAll(ctx: PlanningContext, list: Vm[], excluded: Uint8Array): PlannedMigration[] {
  const out: PlannedMigration[] = [];
  for (const vm of sortByDemand(list)) {
    const host = findHostForVm(ctx, vm, excluded);
    if (!host) continue;
    tentativeCreate(ctx, host, vm);
    out.push({ vmId: vm.id, targetHostId: host.id });
  }
  return out;
}

/**
 * getUnderUtilizedHost: least recorded utilization in (0, 1), with a VM not migrating first in its
 * list; lowest id on a tie. Only listed hosts can qualify (a host with load is never pristine).
 */
function leastUtilized(ctx: PlanningContext, recordedU: Float64Array, excluded: Uint8Array): Host | null {
  let min = 1;
  let found: Host | null = null;
  for (let k = 0; k < ctx.scanCount; k++) {
    const host = ctx.hosts[ctx.scanIds[k]!]!;
    if (excluded[host.id]) continue;
    const u = recordedU[host.id]!;
    if (u > 0 && (u < min || (u === min && found !== null && host.id < found.id)) && eligibleSource(ctx, host)) {
      min = u;
      found = host;
    }
  }
  return found;
}

/** !areAllVmsMigratingOutOrAnyVmMigratingIn, as coded: the first non-migrating VM decides. */
function eligibleSource(ctx: PlanningContext, host: Host): boolean {
  for (let i = 0; i < host.vms.length; i++) {
    if (!ctx.vms[host.vms[i]!]!.inMigration) return true;
    if (host.incoming[i]) return false;
  }
  return false;
}

function placeAllOrNothing(ctx: PlanningContext, source: Host, excluded: Uint8Array): PlannedMigration[] {
  const list = source.vms.filter((id) => !ctx.vms[id]!.inMigration).map((id) => ctx.vms[id]!);
  const placed: PlannedMigration[] = [];
  for (const vm of sortByDemand(list)) {
    // Every pristine host is switched off, and switched-off hosts are excluded here.
    const host = findHostForVm(ctx, vm, excluded, true);
    if (!host) {
      for (const p of placed) tentativeDestroy(ctx, ctx.hosts[p.targetHostId]!, ctx.vms[p.vmId]!);
      return [];
    }
    tentativeCreate(ctx, host, vm);
    placed.push({ vmId: vm.id, targetHostId: host.id });
  }
  return placed;
}

function consolidateUnderloaded(ctx: PlanningContext, overFlags: Uint8Array, recordedU: Float64Array): PlannedMigration[] {
  const n = ctx.hosts.length;
  const exclSource = Uint8Array.from(overFlags);
  const exclPlace = Uint8Array.from(overFlags);
  for (let i = 0; i < n; i++) if (recordedU[i] === 0) exclSource[i] = exclPlace[i] = 1;
  let excludedCount = exclSource.reduce((a, b) => a + b, 0);
  const out: PlannedMigration[] = [];
  while (excludedCount < n) {
    const source = leastUtilized(ctx, recordedU, exclSource);
    if (!source) break;
    if (!exclSource[source.id]) excludedCount++;
    exclSource[source.id] = 1;
    exclPlace[source.id] = 1;
    const placed = placeAllOrNothing(ctx, source, exclPlace);
    for (const p of placed) {
      if (!exclSource[p.targetHostId]) excludedCount++;
      exclSource[p.targetHostId] = 1;
    }
    out.push(...placed);
  }
  return out;
}

export function optimizeAllocation(ctx: PlanningContext, selection: SelectionKind, rng: Rng): PlannedMigration[] {
  const { hosts } = ctx;
  const recordedU = new Float64Array(hosts.length);
  for (const h of hosts) {
    recordedU[h.id] = utilizationFraction(h, h.utilMips);
    ctx.powerNowW[h.id] = specPowerAt(h.powerTable, recordedU[h.id]!);
  }
  beginRound(ctx);
  const over = hosts.filter((h) => hostOverloaded(ctx, h, null));
  const overFlags = new Uint8Array(hosts.length);
  for (const h of over) overFlags[h.id] = 1;
  const fromOverloaded = takeVmsFromOverloaded(ctx, over, selection, rng);
  const plan = placeAll(ctx, fromOverloaded, overFlags);
  plan.push(...consolidateUnderloaded(ctx, overFlags, recordedU));
  for (const id of ctx.savedIds) {
    const h = hosts[id]!;
    h.vms = ctx.saved[id]!.vms;
    h.incoming = ctx.saved[id]!.incoming;
    ctx.saved[id] = null;
    reallocate(h, ctx.vms);
  }
  return plan;
}
