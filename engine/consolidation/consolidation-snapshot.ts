/**
 * What views draw and lab checks read for the `consolidation` kind: running totals (energy,
 * migrations, SLA metrics so far), the fleet right now (active hosts, power, per-host utilization)
 * and the comparison table. Series: one row per tick.
 * Units: kWh, W, percent, fractions for host utilization.
 */
import type { JsonValue, Snapshot } from '../core/model';
import type { SimState } from './consolidation-sim';
import { specPowerAt } from '../energy/power-model';
import { utilizationFraction } from './datacenter-state';
import { summarizeSla } from './sla-metrics';

export interface ComparisonRow {
  policy: string;
  energyKWh: number;
  migrations: number;
  slatahPct: number;
  pdmPct: number;
  slavPct: number;
  esv: number;
  hostShutdowns: number;
}

export const SERIES_COLUMNS = ['powerW', 'energyKWh', 'activeHosts', 'migrations', 'vmsAlive', 'meanActiveUtilization'] as const;

export function fleetNow(s: SimState): { activeHosts: number; powerW: number; meanActiveUtilization: number; vmsAlive: number } {
  let active = 0;
  let powerW = 0;
  let uSum = 0;
  for (const h of s.ctx.hosts) {
    if (h.utilMips <= 0) continue;
    const u = utilizationFraction(h, h.utilMips);
    active++;
    uSum += u;
    powerW += s.nonPowerAware ? h.powerTable[10]! : specPowerAt(h.powerTable, Math.min(1, u));
  }
  if (s.nonPowerAware) powerW = s.ctx.hosts.reduce((a, h) => a + h.powerTable[10]!, 0);
  const vmsAlive = s.ctx.vms.reduce((n, v) => n + (v.deleted ? 0 : 1), 0);
  return { activeHosts: active, powerW, meanActiveUtilization: active > 0 ? uSum / active : 0, vmsAlive };
}

export function seriesRow(s: SimState): Record<string, number> {
  const f = fleetNow(s);
  return { ...f, energyKWh: s.energyWs / 3_600_000, migrations: s.migrations };
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function buildSnapshot(s: SimState, tSec: number, policy: string, comparison: ComparisonRow[], hostDetail: boolean): Snapshot {
  const f = fleetNow(s);
  const sla = summarizeSla(s.ctx.hosts.map((h) => h.metrics), s.ctx.vms.map((v) => v.metrics));
  const energyKWh = s.energyWs / 3_600_000;
  const snap: Snapshot = {
    tSec,
    policy,
    hostCount: s.ctx.hosts.length,
    vmCount: s.ctx.vms.length,
    vmsAlive: f.vmsAlive,
    energyKWh: round(energyKWh, 6),
    migrations: s.migrations,
    migrationsInFlight: s.pending.length,
    activeHosts: f.activeHosts,
    powerW: round(f.powerW, 3),
    meanActiveUtilization: round(f.meanActiveUtilization, 4),
    sla: {
      slatahPct: round(sla.slatahPct, 6), pdmPct: round(sla.pdmPct, 6), slavPct: round(sla.slavPct, 8),
      overallViolationPct: round(sla.overallViolationPct, 6), averageViolationPct: round(sla.averageViolationPct, 4),
      hostShutdowns: sla.hostShutdowns,
    },
    esv: round(energyKWh * (sla.slavPct / 100), 9),
    done: s.lastProcessSec > 0 && !Number.isFinite(nextEventOrInf(s)),
    comparison: comparison.map((c) => ({ ...c })) as unknown as JsonValue,
  };
  if (hostDetail) snap.hostUtilization = s.ctx.hosts.map((h) => round(utilizationFraction(h, h.utilMips), 3));
  return snap;
}

function nextEventOrInf(s: SimState): number {
  const c = s.pending.length > 0 ? s.pending[0]!.timeSec : Infinity;
  const t = Math.min(c, s.nextTickSec);
  return t <= s.limitSec ? t : Infinity;
}
