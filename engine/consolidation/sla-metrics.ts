/**
 * CloudSim's printed metrics (ex/Helper.java printResults, getSlaMetrics, getSlaTimePerActiveHost,
 * getTimesBeforeHostShutdown; refs/cloudsim-consolidation.md §B16), accumulated online instead of
 * over stored state histories. A history entry's values hold until the next entry; a new entry
 * with the same timestamp replaces the previous one; the last entry adds nothing — so an entry is
 * only counted once the next entry with a later time arrives.
 *
 * - SLATAH: Σ time active with used < requested ÷ Σ time active (over all hosts).
 * - PDM: Σ over VMs of (requested − allocated)·Δt while migrating ÷ Σ requested·Δt (one ratio of totals).
 * - SLAV = SLATAH × PDM; ESV = energy × SLAV.
 * Units: seconds, MIPS.
 */
export interface VmMetrics {
  has: boolean;
  t: number;
  alloc: number;
  req: number;
  mig: boolean;
  allocTime: number;
  reqTime: number;
  underMigTime: number;
  violationSum: number;
  violationCount: number;
}

export interface HostMetrics {
  pending: boolean;
  t: number;
  used: number;
  req: number;
  active: boolean;
  /** The last finalized entry. */
  hasFinal: boolean;
  finalT: number;
  finalViolating: boolean;
  finalActive: boolean;
  activeTime: number;
  violationTime: number;
  prevActive: boolean;
  lastOnT: number;
  shutdowns: number;
  activeSpanSum: number;
}

export const createVmMetrics = (): VmMetrics => ({
  has: false, t: 0, alloc: 0, req: 0, mig: false, allocTime: 0, reqTime: 0, underMigTime: 0, violationSum: 0, violationCount: 0,
});

export const createHostMetrics = (): HostMetrics => ({
  pending: false, t: 0, used: 0, req: 0, active: false, hasFinal: false, finalT: 0, finalViolating: false, finalActive: false,
  activeTime: 0, violationTime: 0, prevActive: true, lastOnT: 0, shutdowns: 0, activeSpanSum: 0,
});

export function addVmEntry(m: VmMetrics, t: number, alloc: number, req: number, mig: boolean): void {
  if (m.has && m.t !== t) {
    const dt = t - m.t;
    m.allocTime += m.alloc * dt;
    m.reqTime += m.req * dt;
    if (m.alloc < m.req) {
      m.violationSum += (m.req - m.alloc) / m.req;
      m.violationCount++;
      if (m.mig) m.underMigTime += (m.req - m.alloc) * dt;
    }
  }
  m.has = true;
  m.t = t;
  m.alloc = alloc;
  m.req = req;
  m.mig = mig;
}

function finalizeHostEntry(m: HostMetrics): void {
  if (m.hasFinal && m.finalActive) {
    const dt = m.t - m.finalT;
    m.activeTime += dt;
    if (m.finalViolating) m.violationTime += dt;
  }
  if (m.prevActive && !m.active) {
    m.shutdowns++;
    m.activeSpanSum += m.t - m.lastOnT;
  }
  if (!m.prevActive && m.active) m.lastOnT = m.t;
  m.prevActive = m.active;
  m.hasFinal = true;
  m.finalT = m.t;
  m.finalViolating = m.used < m.req;
  m.finalActive = m.active;
}

export function addHostEntry(m: HostMetrics, t: number, used: number, req: number, active: boolean): void {
  if (m.pending && m.t !== t) finalizeHostEntry(m);
  m.pending = true;
  m.t = t;
  m.used = used;
  m.req = req;
  m.active = active;
}

/** Counts the last pending entry for shutdown transitions (it adds no time). */
export function closeHostMetrics(m: HostMetrics): HostMetrics {
  const copy = { ...m };
  if (copy.pending) finalizeHostEntry(copy);
  copy.pending = false;
  return copy;
}

export interface SlaSummary {
  slatahPct: number;
  pdmPct: number;
  slavPct: number;
  overallViolationPct: number;
  averageViolationPct: number;
  hostShutdowns: number;
  meanTimeBeforeShutdownSec: number;
}

export function summarizeSla(hosts: readonly HostMetrics[], vms: readonly VmMetrics[]): SlaSummary {
  let active = 0, violating = 0, shutdowns = 0, spanSum = 0;
  for (const h of hosts) {
    const c = closeHostMetrics(h);
    active += c.activeTime;
    violating += c.violationTime;
    shutdowns += c.shutdowns;
    spanSum += c.activeSpanSum;
  }
  let alloc = 0, req = 0, underMig = 0, vSum = 0, vCount = 0;
  for (const v of vms) {
    alloc += v.allocTime;
    req += v.reqTime;
    underMig += v.underMigTime;
    vSum += v.violationSum;
    vCount += v.violationCount;
  }
  const slatah = active > 0 ? violating / active : 0;
  const pdm = req > 0 ? underMig / req : 0;
  return {
    slatahPct: slatah * 100,
    pdmPct: pdm * 100,
    slavPct: slatah * pdm * 100,
    overallViolationPct: req > 0 ? ((req - alloc) / req) * 100 : 0,
    averageViolationPct: vCount > 0 ? (vSum / vCount) * 100 : 0,
    hostShutdowns: shutdowns,
    meanTimeBeforeShutdownSec: shutdowns > 0 ? spanSum / shutdowns : 0,
  };
}
