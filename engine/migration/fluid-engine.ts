/**
 * Fluid (analytic) mode: memory as a byte count, each pre-copy round one event at its exact end
 * V_i/R, so the simulated rounds reproduce the closed forms of Liu et al. 2011 exactly (§C4).
 * A write stream over all memory is the pure-rate model (D = w·P, uncapped, as in the paper);
 * a stream over a hot set is capped at the set's size (the hot-set variant V_{i+1} = min(D·T_i, W)).
 * // Simplification: the fluid mode syncs at the end of each round (the analytic "round"), where
 * // page mode syncs as QEMU does, when the pages left fall below the threshold.
 * // Simplification: no page faults in fluid post-copy; the remaining bytes are pushed at rate.
 * Units: bytes, seconds.
 */
import { evaluateThrottle, DIRTY_PERIOD_SEC } from './auto-converge';
import { nextChangeSec, streamsAt, type DirtySpec } from './dirty-model';
import type { FluidRound, MigrationCtx } from './migration-context';
import { closeRound, countSent, lastLiveRoundBytes, liveRoundCount } from './migration-state';
import { liveRate, type MigrationConfig } from './params';
import { decideAfterSync } from './stop-rules';
import type { StopReason } from './migration-state';

/** Bytes dirtied in [t0, t1] at a speed factor (exact for piecewise-constant models). */
export function fluidDirtiedBytes(c: MigrationConfig, spec: DirtySpec, t0: number, t1: number, speed: number): number {
  let total = 0;
  for (let t = t0; t < t1; ) {
    const edge = Math.min(nextChangeSec(spec, t), t1);
    for (const w of streamsAt(spec, t)) {
      const bytes = w.ratePagesPerSec * (edge - t) * speed * c.pageSizeBytes;
      total += w.spanPages < c.pages ? Math.min(bytes, w.spanPages * c.pageSizeBytes) : bytes;
    }
    t = edge;
  }
  return total;
}

const wireCost = (ctx: MigrationCtx): number => (liveRoundCount(ctx.s) > 0 ? ctx.c.xbzrleRatio : 1);

export function startFluidRound(ctx: MigrationCtx, startSec: number, bytes: number): void {
  const wireBytes = bytes * wireCost(ctx);
  const seconds = wireBytes / liveRate(ctx.c);
  const round: FluidRound = { bytes, wireBytes, startSec, endSec: startSec + seconds, speed: 1 - ctx.s.throttlePct / 100 };
  ctx.fluid = round;
  ctx.s.round.startSec = startSec;
  ctx.schedule(round.endSec, { type: 'fluidRoundEnd' });
}

/** Ends a fluid round: count it, sync, evaluate auto-converge and the stop rule. */
export function endFluidRound(ctx: MigrationCtx): { reason: StopReason | null; pendingBytes: number } {
  const { c, s } = ctx;
  const r = ctx.fluid!;
  const dirtied = fluidDirtiedBytes(c, c.dirty, r.startSec, r.endSec, r.speed);
  countSent(s, r.bytes / c.pageSizeBytes, r.wireBytes);
  s.round.dirtied = dirtied / c.pageSizeBytes;
  s.throttleLostSec += (r.endSec - r.startSec) * (1 - r.speed);
  s.period.dirtyBytes += dirtied;
  s.measuredBwBytesPerSec = liveRate(c);
  s.thresholdBytes = s.measuredBwBytesPerSec * c.downtimeLimitSec;
  fluidThrottle(ctx, r.endSec);
  const record = closeRound(s, 'live', r.endSec, dirtied);
  const reason = decideAfterSync(c, {
    pendingBytes: dirtied, thresholdBytes: s.thresholdBytes, liveRounds: liveRoundCount(s), roundPages: record.pagesSent,
    roundBytes: record.bytes, previousRoundBytes: lastLiveRoundBytes(s, 2), totalSentBytes: s.sentBytes, memoryBytes: c.memoryBytes,
    postcopyWanted: s.postcopyRequested || (s.strategy === 'hybrid' && liveRoundCount(s) >= c.hybridRounds),
  });
  return { reason, pendingBytes: dirtied };
}

function fluidThrottle(ctx: MigrationCtx, nowSec: number): void {
  const { s } = ctx;
  if (nowSec - s.period.startSec < DIRTY_PERIOD_SEC) return;
  const next = evaluateThrottle(ctx.c.autoConverge, s, s.period.dirtyBytes, s.period.xferBytes);
  s.throttlePct = next.throttlePct;
  s.dirtyHighCount = next.dirtyHighCount;
  if (next.stepped) s.annotations.push({ tSec: nowSec, label: `throttle ${next.throttlePct}%` });
  s.period = { startSec: nowSec, dirtyBytes: 0, xferBytes: 0 };
}

/** Pending dirty bytes at time t inside the current fluid round (for the fine series). */
export function fluidPendingAt(ctx: MigrationCtx, tSec: number): number {
  const r = ctx.fluid;
  if (!r) return 0;
  const t = Math.min(Math.max(tSec, r.startSec), r.endSec);
  const span = r.endSec - r.startSec;
  const left = span > 0 ? r.bytes * (1 - (t - r.startSec) / span) : 0;
  return left + fluidDirtiedBytes(ctx.c, ctx.c.dirty, r.startSec, t, r.speed);
}

export function fluidSentAt(ctx: MigrationCtx, tSec: number): number {
  const r = ctx.fluid;
  if (!r || ctx.s.phase !== 'precopy') return ctx.s.sentBytes;
  const span = r.endSec - r.startSec;
  const t = Math.min(Math.max(tSec, r.startSec), r.endSec);
  return ctx.s.sentBytes + (span > 0 ? (r.wireBytes * (t - r.startSec)) / span : 0);
}
