/**
 * The moments the VM stops: pre-copy's stop-and-copy, the switch to post-copy, and the two
 * non-live baselines.
 *
 * - Stop-and-copy (QEMU `migration_completion`): stop the VM, lift the rate limit, sync once
 *   more and send what is left plus device state at line rate; downtime = bytes / line rate +
 *   one-way latency + resume overhead (§C3.4).
 * - Post-copy switch: only device state crosses while the VM is stopped; the pages still dirty
 *   (hybrid) or all pages (pure post-copy) become `missing` at the destination.
 * - Cold: stop, copy all RAM at line rate, start. Warm (suspend/resume): save RAM to disk, copy
 *   the image, restore it. // Simplification: disk write and read both run at `diskMiBps`.
 * Units: bytes, seconds.
 */
import type { MigrationCtx } from './migration-context';
import { ZERO_PAGE_WIRE_BYTES } from './migration-context';
import { closeRound, countSent, liveRoundCount, type StopReason } from './migration-state';
import { markAllForSend, syncBitmap } from './page-memory';
import { bytesPerResentPage } from './page-precopy';

function stopVm(ctx: MigrationCtx, nowSec: number, reason: StopReason): void {
  ctx.s.phase = 'stopped';
  ctx.s.stopReason = reason;
  ctx.s.switchoverSec = nowSec;
  ctx.s.round.startSec = nowSec;
  ctx.s.round.dirtied = 0;
  ctx.s.annotations.push({ tSec: nowSec, label: `switchover (${reason})` });
}

function resumeAfter(ctx: MigrationCtx, nowSec: number, wireBytes: number, extraSec = 0): void {
  const { c, s } = ctx;
  s.downtimeSec = wireBytes / c.lineRateBytesPerSec + c.latencySec + c.resumeOverheadSec + extraSec;
  s.resumeSec = nowSec + s.downtimeSec;
  ctx.schedule(s.resumeSec, { type: 'resumed' });
}

/** Pre-copy's last step. `pendingBytes` is the fluid mode's dirty remainder (page mode: bitmap). */
export function stopAndCopy(ctx: MigrationCtx, nowSec: number, reason: StopReason, fluidPendingBytes = 0): void {
  const { c, s } = ctx;
  stopVm(ctx, nowSec, reason);
  let pages: number;
  let wire: number;
  if (ctx.m) {
    syncBitmap(ctx.m);
    pages = ctx.m.toSend.count;
    wire = pages * bytesPerResentPage(ctx);
    ctx.m.toSend.clearAll();
  } else {
    pages = fluidPendingBytes / c.pageSizeBytes;
    wire = fluidPendingBytes * (liveRoundCount(s) > 0 ? c.xbzrleRatio : 1);
  }
  countSent(s, pages, wire + c.deviceStateBytes);
  resumeAfter(ctx, nowSec, wire + c.deviceStateBytes);
  closeRound(s, 'stop-and-copy', s.resumeSec!, 0);
}

/** Switch to post-copy; returns the bytes the destination still misses. */
export function switchToPostcopy(ctx: MigrationCtx, nowSec: number, pure: boolean, fluidPendingBytes: number): number {
  const { c, s } = ctx;
  stopVm(ctx, nowSec, 'switched-to-post-copy');
  let missingBytes = fluidPendingBytes;
  let zeroWire = 0;
  if (ctx.m) {
    const m = ctx.m;
    m.missing.clearAll();
    if (pure) zeroWire = markAllForSend(m, c) * ZERO_PAGE_WIRE_BYTES;
    m.missing.orFrom(m.toSend);
    m.missing.orFrom(m.log);
    m.toSend.clearAll();
    m.log.clearAll();
    m.cursor = 0;
    missingBytes = m.missing.count * c.pageSizeBytes;
  }
  countSent(s, 0, c.deviceStateBytes + zeroWire);
  resumeAfter(ctx, nowSec, c.deviceStateBytes + zeroWire);
  closeRound(s, 'stop-and-copy', s.resumeSec!, missingBytes);
  return missingBytes;
}

/** Cold and warm migration: the whole RAM moves while the VM is stopped. */
export function migrateNotLive(ctx: MigrationCtx, nowSec: number, warm: boolean): void {
  const { c, s } = ctx;
  stopVm(ctx, nowSec, 'not-live');
  const zeroPages = ctx.m && c.zeroPageDetection ? markAllForSend(ctx.m, c) : 0;
  ctx.m?.toSend.clearAll();
  const dataPages = c.pages - zeroPages;
  const wire = dataPages * c.pageSizeBytes + zeroPages * ZERO_PAGE_WIRE_BYTES + c.deviceStateBytes;
  countSent(s, c.pages, wire);
  resumeAfter(ctx, nowSec, wire, warm ? (2 * c.memoryBytes) / c.diskRateBytesPerSec : 0);
  closeRound(s, warm ? 'suspend-resume' : 'stop-and-copy', s.resumeSec!, 0);
}
