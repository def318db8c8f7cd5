/**
 * Test helpers for the migration model: build a scenario and replay it. (Imported by tests only.)
 */
import type { Snapshot } from '../core/model';
import { replay } from '../replay';

export const MiB = 1024 * 1024;
/** Mbit/s that make a link of exactly `mibPerSec` MiB/s. */
export const mbpsFor = (mibPerSec: number): number => (mibPerSec * MiB * 8) / 1e6;

export interface RoundView {
  index: number;
  phase: string;
  startSec: number;
  endSec: number;
  seconds: number;
  pagesSent: number;
  bytes: number;
  pagesDirtied: number;
  pendingBytesAfter: number;
}

export type MigrationSnapshot = Snapshot & {
  rounds: RoundView[];
  sentBytes: number;
  downtimeSec: number;
  totalTimeSec: number | null;
  stopReason: string | null;
  phase: string;
  sentRatio: number;
  throttlePct: number;
  faults: number;
  degradation: number;
  annotations: Array<{ tSec: number; label: string }>;
};

export function migrate(params: Record<string, unknown>, opts: { strategy?: string; until?: number; seed?: number; at?: number } = {}): MigrationSnapshot {
  const scenario = {
    kind: 'migration', seed: opts.seed ?? 1, until: opts.until ?? 600, params,
    commands: [{ at: opts.at ?? 0, do: 'startMigration', ...(opts.strategy ? { strategy: opts.strategy } : {}) }],
  };
  return replay(scenario).snapshot() as MigrationSnapshot;
}

export const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
