/**
 * The migration's plain state and the small transitions every strategy shares: opening and
 * closing a round record, counting bytes on the wire, and QEMU's 100 ms bandwidth window
 * (`migration_update_counters`: bandwidth = bytes / elapsed; threshold = bandwidth × downtime
 * limit). Phases are an explicit enum; events are facts recorded in `annotations`.
 * Units: seconds and bytes.
 */
import type { MigrationConfig, Strategy } from './params';

export type Phase = 'idle' | 'precopy' | 'stopped' | 'postcopy' | 'completed' | 'cancelled';
export type StopReason = 'below-threshold' | 'max-rounds' | 'max-total' | 'not-shrinking' | 'switched-to-post-copy' | 'cancelled' | 'not-live';
export type RoundPhase = 'live' | 'stop-and-copy' | 'postcopy' | 'suspend-resume';

export interface RoundRecord {
  index: number;
  phase: RoundPhase;
  startSec: number;
  endSec: number;
  seconds: number;
  pagesSent: number;
  bytes: number;
  /** Pages newly dirtied while this round ran (distinct pages, as the bitmap sees them). */
  pagesDirtied: number;
  pendingBytesAfter: number;
}

export interface Annotation {
  tSec: number;
  label: string;
}

export interface MigrationState {
  phase: Phase;
  strategy: Strategy;
  stopReason: StopReason | null;
  startSec: number | null;
  switchoverSec: number | null;
  resumeSec: number | null;
  endSec: number | null;
  downtimeSec: number;
  rounds: RoundRecord[];
  /** Live (pre-copy) rounds completed, kept as a counter: it is read on every slice. */
  liveRoundsDone: number;
  round: { startSec: number; bytes: number; pages: number; dirtied: number };
  sentBytes: number;
  sentPages: number;
  throttlePct: number;
  dirtyHighCount: number;
  period: { startSec: number; dirtyBytes: number; xferBytes: number };
  bwWindow: { startSec: number; bytes: number };
  measuredBwBytesPerSec: number;
  thresholdBytes: number;
  throttleLostSec: number;
  faultStallSec: number;
  faults: number;
  postcopyRequested: boolean;
  annotations: Annotation[];
}

export function createMigrationState(strategy: Strategy): MigrationState {
  return {
    phase: 'idle', strategy, stopReason: null, startSec: null, switchoverSec: null, resumeSec: null, endSec: null, downtimeSec: 0,
    rounds: [], liveRoundsDone: 0, round: { startSec: 0, bytes: 0, pages: 0, dirtied: 0 }, sentBytes: 0, sentPages: 0,
    throttlePct: 0, dirtyHighCount: 0, period: { startSec: 0, dirtyBytes: 0, xferBytes: 0 }, bwWindow: { startSec: 0, bytes: 0 },
    measuredBwBytesPerSec: 0, thresholdBytes: 0, throttleLostSec: 0, faultStallSec: 0, faults: 0, postcopyRequested: false, annotations: [],
  };
}

/** Counts bytes on the wire in the current round, the totals and QEMU's measurement windows. */
export function countSent(s: MigrationState, pages: number, bytes: number): void {
  s.round.pages += pages;
  s.round.bytes += bytes;
  s.sentPages += pages;
  s.sentBytes += bytes;
  s.bwWindow.bytes += bytes;
  s.period.xferBytes += bytes;
}

/** QEMU's BUFFER_DELAY = 100 ms window: re-measure bandwidth and the switchover threshold. */
export const BUFFER_DELAY_SEC = 0.1;
export function updateBandwidth(s: MigrationState, c: MigrationConfig, nowSec: number): void {
  const elapsed = nowSec - s.bwWindow.startSec;
  if (elapsed < BUFFER_DELAY_SEC - 1e-9) return;
  if (s.bwWindow.bytes > 0) {
    s.measuredBwBytesPerSec = s.bwWindow.bytes / elapsed;
    s.thresholdBytes = s.measuredBwBytesPerSec * c.downtimeLimitSec;
  }
  s.bwWindow = { startSec: nowSec, bytes: 0 };
}

export function closeRound(s: MigrationState, phase: RoundPhase, endSec: number, pendingBytesAfter: number): RoundRecord {
  const r = s.round;
  const record: RoundRecord = {
    index: s.rounds.length, phase, startSec: r.startSec, endSec, seconds: endSec - r.startSec,
    pagesSent: r.pages, bytes: r.bytes, pagesDirtied: r.dirtied, pendingBytesAfter,
  };
  s.rounds.push(record);
  if (phase === 'live') s.liveRoundsDone++;
  s.round = { startSec: endSec, bytes: 0, pages: 0, dirtied: 0 };
  return record;
}

export const liveRoundCount = (s: MigrationState): number => s.liveRoundsDone;

export function lastLiveRoundBytes(s: MigrationState, back: number): number {
  const live = s.rounds.filter((r) => r.phase === 'live');
  return live[live.length - back]?.bytes ?? Infinity;
}
