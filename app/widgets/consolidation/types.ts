/** The consolidation snapshot as this widget reads it (engine/consolidation/consolidation-snapshot.ts). */
import type { ComparisonRow } from '../../../engine/consolidation/consolidation-snapshot';

export type { ComparisonRow };

export interface ConsolidationSnapshot {
  tSec: number;
  policy: string;
  hostCount: number;
  vmCount: number;
  vmsAlive: number;
  energyKWh: number;
  migrations: number;
  migrationsInFlight: number;
  activeHosts: number;
  powerW: number;
  meanActiveUtilization: number;
  sla: { slatahPct: number; pdmPct: number; slavPct: number; overallViolationPct: number; averageViolationPct: number; hostShutdowns: number };
  esv: number;
  done: boolean;
  comparison: ComparisonRow[];
  hostUtilization?: number[];
}
