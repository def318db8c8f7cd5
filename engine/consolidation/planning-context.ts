/**
 * Per-round planning caches and the overload test on a host's tentative VM list (refs §B10, §B12).
 *
 * CloudSim recomputes a host's 30-slot utilization history, requested MIPS and largest VM RAM
 * from its VM list on every test. Here they are cached per host and updated when a VM is appended
 * (appending keeps CloudSim's summation order, so the cached sums are the same doubles) and
 * recomputed after a removal. For LR/LRR only the ten newest slots are formed, since that is all
 * the regression reads; the ≥ 10-values rule is checked on the last non-zero slot.
 */
import { HISTORY_LENGTH } from './cloudsim-setup';
import type { Host, Vm } from './datacenter-state';
import {
  FALLBACK_THRESHOLD, addVmHistory, fillHostHistory, isOverloaded, lrPredictionFromNewest, trimmedLength,
  type DetectorKind, type HostView,
} from './overload-detectors';

export interface PlanningContext {
  hosts: Host[];
  vms: Vm[];
  detector: DetectorKind;
  parameter: number;
  /** P(recorded utilization) per host at this tick. */
  powerNowW: Float64Array;
  /** Scratch: candidate hosts and their power increase for the VM being placed. */
  candidateIds: Int32Array;
  powerDiffW: Float64Array;
  historyCache: Float64Array[];
  requestedCache: Float64Array;
  maxRamCache: Float64Array;
  lastNonZeroCache: Int32Array;
  cacheValid: Uint8Array;
  scratch: Float64Array;
  newest: Float64Array;
  /** Hosts the placement scan visits (non-pristine at round start, plus every host given a VM). */
  scanIds: Int32Array;
  scanCount: number;
  listed: Uint8Array;
  /** Per host type: ids of the hosts pristine at round start, ascending, and a read position. */
  pristineQueues: Int32Array[];
  queuePos: Int32Array;
  pristineRep: Int32Array;
  /** Host lists saved before the first tentative change of a round (CloudSim's saveAllocation). */
  saved: Array<{ vms: number[]; incoming: boolean[] } | null>;
  savedIds: number[];
}

export function createPlanningContext(hosts: Host[], vms: Vm[], detector: DetectorKind, parameter: number): PlanningContext {
  const n = hosts.length;
  return {
    hosts, vms, detector, parameter,
    powerNowW: new Float64Array(n),
    candidateIds: new Int32Array(n),
    powerDiffW: new Float64Array(n),
    historyCache: hosts.map(() => new Float64Array(HISTORY_LENGTH)),
    requestedCache: new Float64Array(n),
    maxRamCache: new Float64Array(n),
    lastNonZeroCache: new Int32Array(n),
    cacheValid: new Uint8Array(n),
    scratch: new Float64Array(HISTORY_LENGTH),
    newest: new Float64Array(10),
    scanIds: new Int32Array(n),
    scanCount: 0,
    listed: new Uint8Array(n),
    pristineQueues: [],
    queuePos: new Int32Array(0),
    pristineRep: new Int32Array(0),
    saved: new Array(n).fill(null),
    savedIds: [],
  };
}

/** Empty and switched off: scores depend on the host type only. */
export const isPristine = (h: Host): boolean => h.vms.length === 0 && h.utilMips === 0 && h.allocSumMips === 0;

/** Starts a planning round: fresh caches, the scan list and the pristine queues. */
export function beginRound(ctx: PlanningContext): void {
  ctx.cacheValid.fill(0);
  ctx.listed.fill(0);
  ctx.scanCount = 0;
  const types = 1 + ctx.hosts.reduce((m, h) => Math.max(m, h.typeId), 0);
  const queues: number[][] = Array.from({ length: types }, () => []);
  for (const h of ctx.hosts) {
    if (isPristine(h)) queues[h.typeId]!.push(h.id);
    else listHost(ctx, h);
  }
  ctx.pristineQueues = queues.map((q) => Int32Array.from(q));
  ctx.queuePos = new Int32Array(types);
  ctx.pristineRep = new Int32Array(types);
  ctx.savedIds = [];
}

export function listHost(ctx: PlanningContext, h: Host): void {
  if (ctx.listed[h.id]) return;
  ctx.listed[h.id] = 1;
  ctx.scanIds[ctx.scanCount++] = h.id;
}

/**
 * The lowest-id pristine host of a type that may take the VM: the smaller of the best listed one
 * (`listedRep`, −1 if none) and the first never-listed one in the queue.
 */
export function firstUnlistedPristine(ctx: PlanningContext, type: number, excluded: Uint8Array, demand: number, listedRep: number): number {
  const q = ctx.pristineQueues[type]!;
  let pos = ctx.queuePos[type]!;
  while (pos < q.length && ctx.listed[q[pos]!]) pos++;
  ctx.queuePos[type] = pos;
  for (let i = pos; i < q.length; i++) {
    const id = q[i]!;
    if (listedRep >= 0 && id > listedRep) break;
    const h = ctx.hosts[id]!;
    if (!ctx.listed[id] && !excluded[id] && h.peMips >= demand && h.availMips >= demand) return id;
  }
  return listedRep;
}

export function saveOnce(ctx: PlanningContext, h: Host): void {
  if (ctx.saved[h.id]) return;
  ctx.saved[h.id] = { vms: h.vms.slice(), incoming: h.incoming.slice() };
  ctx.savedIds.push(h.id);
}

const lastNonZero = (values: Float64Array, upTo: number): number => {
  for (let i = upTo - 1; i >= 0; i--) if (values[i] !== 0) return i;
  return -1;
};

function ensureCache(ctx: PlanningContext, host: Host): void {
  const id = host.id;
  if (ctx.cacheValid[id]) return;
  const history = ctx.historyCache[id]!;
  fillHostHistory(history, host, ctx.vms, null);
  let req = 0;
  let maxRam = -2147483648;
  for (let i = 0; i < host.vms.length; i++) {
    const vm = ctx.vms[host.vms[i]!]!;
    req += vm.reqMips;
    if (vm.ramMb > maxRam) maxRam = vm.ramMb;
  }
  ctx.requestedCache[id] = req;
  ctx.maxRamCache[id] = maxRam;
  ctx.lastNonZeroCache[id] = lastNonZero(history, HISTORY_LENGTH);
  ctx.cacheValid[id] = 1;
}

export function invalidateHost(ctx: PlanningContext, host: Host): void {
  ctx.cacheValid[host.id] = 0;
}

export function invalidateAll(ctx: PlanningContext): void {
  ctx.cacheValid.fill(0);
}

export function noteVmAdded(ctx: PlanningContext, host: Host, vm: Vm): void {
  const id = host.id;
  if (!ctx.cacheValid[id]) return;
  addVmHistory(ctx.historyCache[id]!, vm, host.mips);
  ctx.requestedCache[id] = ctx.requestedCache[id]! + vm.reqMips;
  ctx.maxRamCache[id] = Math.max(ctx.maxRamCache[id]!, vm.ramMb);
  ctx.lastNonZeroCache[id] = Math.max(ctx.lastNonZeroCache[id]!, lastNonZero(vm.hist, vm.histLen));
}

const view: HostView = { history: new Float64Array(0), historyLength: 0, requestedMips: 0, hostMips: 0, maxRamMb: 0 };

/** The detector on the host's tentative VM list, optionally with `extra` appended. */
export function hostOverloaded(ctx: PlanningContext, host: Host, extra: Vm | null): boolean {
  // An empty host requests nothing and has an all-zero history: no detector calls it overloaded.
  if (host.vms.length === 0 && !extra) return false;
  ensureCache(ctx, host);
  const id = host.id;
  let req = ctx.requestedCache[id]!;
  let maxRam = ctx.maxRamCache[id]!;
  if (extra) {
    req += extra.reqMips;
    if (extra.ramMb > maxRam) maxRam = extra.ramMb;
  }
  if (ctx.detector === 'thr') return req / host.mips > ctx.parameter;
  const cached = ctx.historyCache[id]!;
  if (ctx.detector === 'lr' || ctx.detector === 'lrr') {
    let last = ctx.lastNonZeroCache[id]!;
    if (extra) last = Math.max(last, lastNonZero(extra.hist, extra.histLen));
    if (last < 9) return req / host.mips > FALLBACK_THRESHOLD;
    const y = ctx.newest;
    for (let j = 0; j < 10; j++) {
      let v = cached[j]!;
      if (extra && j < extra.histLen) v = v + (extra.hist[j]! * extra.mips) / host.mips;
      y[j] = v;
    }
    return lrPredictionFromNewest(y, maxRam, ctx.parameter) >= 1;
  }
  const history = ctx.scratch;
  history.set(cached);
  if (extra) addVmHistory(history, extra, host.mips);
  view.history = history;
  view.historyLength = trimmedLength(history);
  view.requestedMips = req;
  view.hostMips = host.mips;
  view.maxRamMb = maxRam;
  return isOverloaded(ctx.detector, ctx.parameter, view);
}
