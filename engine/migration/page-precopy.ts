/**
 * Page-mode pre-copy, one slice at a time (QEMU's migration thread loop, §C3.2): the guest writes
 * into the dirty log at its (throttled) rate, the sender walks the migration bitmap at the live
 * rate limit, bandwidth is re-measured every 100 ms, and the bitmap is synced when the pages left
 * to send fall to the threshold (QEMU) or run out (Xen). Each sync ends a round.
 * // Simplification: the rate limit is a smooth budget per slice, not QEMU's 100 ms bursts.
 * // Simplification: dirty logging itself costs the guest nothing (no write-protect faults).
 * Units: pages, bytes, seconds.
 */
import { DIRTY_PERIOD_SEC, evaluateThrottle } from './auto-converge';
import type { MigrationCtx } from './migration-context';
import { closeRound, countSent, lastLiveRoundBytes, liveRoundCount, updateBandwidth, type StopReason } from './migration-state';
import { applyWrites, sendPages, syncBitmap, type PageMemory } from './page-memory';
import { liveRate } from './params';
import { decideAfterSync } from './stop-rules';

export const bytesPerResentPage = (ctx: MigrationCtx): number =>
  ctx.c.pageSizeBytes * (liveRoundCount(ctx.s) > 0 ? ctx.c.xbzrleRatio : 1);

/** Runs one slice [t, t+dt); returns a stop reason when this slice ended pre-copy. */
export function precopySlice(ctx: MigrationCtx, tSec: number, dtSec: number): StopReason | null {
  const { c, s } = ctx;
  const m = ctx.m!;
  const throttle = s.throttlePct / 100;
  s.round.dirtied += applyWrites(m, c.dirty, ctx.rng, tSec, dtSec, 1 - throttle, m.log);
  s.throttleLostSec += dtSec * throttle;
  const cost = bytesPerResentPage(ctx);
  const pages = sendPages(m, m.toSend, liveRate(c) * dtSec, cost);
  countSent(s, pages, pages * cost);
  const endSec = tSec + dtSec;
  updateBandwidth(s, c, endSec);
  const due = c.stopRule === 'qemu' ? m.toSend.count * c.pageSizeBytes <= s.thresholdBytes : m.toSend.count === 0;
  return due ? syncAndDecide(ctx, m, endSec) : null;
}

function syncAndDecide(ctx: MigrationCtx, m: PageMemory, nowSec: number): StopReason | null {
  const { c, s } = ctx;
  const added = syncBitmap(m);
  s.period.dirtyBytes += added * c.pageSizeBytes;
  if (nowSec - s.period.startSec >= DIRTY_PERIOD_SEC) {
    const next = evaluateThrottle(c.autoConverge, s, s.period.dirtyBytes, s.period.xferBytes);
    s.throttlePct = next.throttlePct;
    s.dirtyHighCount = next.dirtyHighCount;
    if (next.stepped) s.annotations.push({ tSec: nowSec, label: `throttle ${next.throttlePct}%` });
    s.period = { startSec: nowSec, dirtyBytes: 0, xferBytes: 0 };
  }
  const pendingBytes = m.toSend.count * c.pageSizeBytes;
  const record = closeRound(s, 'live', nowSec, pendingBytes);
  return decideAfterSync(c, {
    pendingBytes, thresholdBytes: s.thresholdBytes, liveRounds: liveRoundCount(s), roundPages: record.pagesSent,
    roundBytes: record.bytes, previousRoundBytes: lastLiveRoundBytes(s, 2), totalSentBytes: s.sentBytes, memoryBytes: c.memoryBytes,
    postcopyWanted: s.postcopyRequested || (s.strategy === 'hybrid' && liveRoundCount(s) >= c.hybridRounds),
  });
}
