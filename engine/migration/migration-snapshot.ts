/**
 * The `migration` snapshot: plain JSON that views draw and lab checks read (fields documented in
 * docs/scenarios/migration.md), plus the analytic prediction for the same parameters so views
 * can overlay the closed form on the simulated rounds.
 */
import type { JsonValue, Snapshot } from '../core/model';
import { closedFormPrecopy, iteratePrecopy, pageDedupDirtied, type PrecopyPrediction } from './analytic';
import { streamsAt, writeRateAt } from './dirty-model';
import { fluidDirtiedBytes, fluidPendingAt } from './fluid-engine';
import { buildMemoryMap, countPending } from './memory-map';
import type { MigrationCtx } from './migration-context';
import { liveRoundCount } from './migration-state';
import { liveRate } from './params';

/** The analytic pre-copy prediction for the workload at `tSec` (QEMU threshold rule, no auto-converge). */
export function analyticPrediction(ctx: MigrationCtx, tSec: number): PrecopyPrediction & { model: string; lambda: number } {
  const { c } = ctx;
  const R = liveRate(c);
  const M = c.memoryBytes * (c.zeroPageDetection ? 1 - c.zeroPageFraction : 1);
  const streams = streamsAt(c.dirty, tSec);
  const D = writeRateAt(c.dirty, tSec) * c.pageSizeBytes;
  const base = { memoryBytes: M, rateBytesPerSec: R, stopCopyRateBytesPerSec: c.lineRateBytesPerSec, thresholdBytes: R * c.downtimeLimitSec, maxRounds: c.maxRounds };
  if (ctx.m) return { model: 'page-dedup', lambda: D / R, ...iteratePrecopy({ ...base, dirtied: pageDedupDirtied(c.pageSizeBytes, streams) }) };
  const pure = streams.every((w) => w.spanPages >= c.pages) && c.lineRateBytesPerSec === R;
  if (pure) return { model: 'pure-rate', lambda: D / R, ...closedFormPrecopy(M, R, D, R * c.downtimeLimitSec, c.maxRounds) };
  return { model: 'hot-set', lambda: D / R, ...iteratePrecopy({ ...base, dirtied: (T) => fluidDirtiedBytes(c, { ...c.dirty, cycle: [], streams }, 0, T, 1) }) };
}

function remainingBytes(ctx: MigrationCtx, tSec: number): number {
  if (ctx.m) return (ctx.s.phase === 'postcopy' ? ctx.m.missing.count : ctx.m.toSend.count) * ctx.c.pageSizeBytes;
  const r = ctx.fluid;
  if (!r || ctx.s.phase !== 'precopy') return 0;
  const span = r.endSec - r.startSec;
  return span > 0 ? r.bytes * (1 - (Math.min(tSec, r.endSec) - r.startSec) / span) : 0;
}

export function pendingBytes(ctx: MigrationCtx, tSec: number): number {
  const { m, s, c } = ctx;
  if (!m) return s.phase === 'precopy' ? fluidPendingAt(ctx, tSec) : 0;
  if (s.phase === 'postcopy') return m.missing.count * c.pageSizeBytes;
  if (s.phase !== 'precopy') return 0;
  return countPending(m.toSend, m.log) * c.pageSizeBytes;
}

export { remainingBytes };

export function buildSnapshot(ctx: MigrationCtx, tSec: number): Snapshot {
  const { c, s, m } = ctx;
  const started = s.startSec !== null;
  const end = s.endSec ?? tSec;
  const elapsed = started ? Math.max(0, end - s.startSec!) : 0;
  const downtime = s.resumeSec !== null && tSec >= s.switchoverSec! ? s.downtimeSec : 0;
  const lost = s.throttleLostSec + s.faultStallSec + downtime;
  const rate = writeRateAt(c.dirty, tSec) * (1 - s.throttlePct / 100);
  const map = buildMemoryMap(c.pages, m ? (s.phase === 'postcopy' ? m.missing : m.toSend) : null, m && s.phase === 'precopy' ? m.log : null, c.dirty, tSec);
  const snap = {
    mode: c.mode, strategy: s.strategy, stopRule: c.stopRule, phase: s.phase, stopReason: s.stopReason, tSec,
    memoryBytes: c.memoryBytes, pageSizeBytes: c.pageSizeBytes, pages: c.pages,
    lineRateBytesPerSec: c.lineRateBytesPerSec, liveRateBytesPerSec: liveRate(c), downtimeLimitSec: c.downtimeLimitSec,
    dirtyRatePagesPerSec: rate, dirtyRateBytesPerSec: rate * c.pageSizeBytes, lambda: (rate * c.pageSizeBytes) / liveRate(c),
    startSec: s.startSec, switchoverSec: s.switchoverSec, resumeSec: s.resumeSec, endSec: s.endSec,
    totalTimeSec: s.phase === 'completed' ? elapsed : null, elapsedSec: elapsed, downtimeSec: downtime,
    rounds: s.rounds.map((r) => ({ ...r })), liveRounds: liveRoundCount(s),
    remainingBytes: remainingBytes(ctx, tSec), pendingBytes: pendingBytes(ctx, tSec),
    sentBytes: s.sentBytes, sentRatio: s.sentBytes / c.memoryBytes, sentPages: s.sentPages,
    thresholdBytes: s.thresholdBytes, measuredBandwidthBytesPerSec: s.measuredBwBytesPerSec,
    expectedDowntimeSec: s.measuredBwBytesPerSec > 0 ? remainingBytes(ctx, tSec) / s.measuredBwBytesPerSec : null,
    throttlePct: s.throttlePct, throttleLostSec: s.throttleLostSec, faults: s.faults, faultStallSec: s.faultStallSec,
    degradation: elapsed > 0 ? Math.min(1, lost / elapsed) : 0,
    completed: s.phase === 'completed', converged: s.stopReason === 'below-threshold',
    annotations: s.annotations.map((a) => ({ ...a })),
    analytic: analyticPrediction(ctx, s.startSec ?? tSec) as unknown as JsonValue,
    memoryMap: map as unknown as JsonValue,
  };
  return snap as unknown as Snapshot;
}
