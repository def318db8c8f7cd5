/**
 * The migration's control flow: one handler per event and per command, each a small named
 * transition over the plain state (idle → precopy → stopped → [postcopy] → completed, or
 * cancelled). Page mode advances in slices (`tick` events at the end of each slice); fluid mode
 * in whole rounds (`fluidRoundEnd` at the exact V_i/R).
 */
import { ScenarioError } from '../core/errors';
import type { Command } from '../core/model';
import { endFluidRound, startFluidRound } from './fluid-engine';
import { ZERO_PAGE_WIRE_BYTES, type MigrationCtx, type MigrationEvent } from './migration-context';
import { closeRound, countSent, type StopReason } from './migration-state';
import { markAllForSend } from './page-memory';
import { postcopySlice, type PostcopyCarry } from './page-postcopy';
import { precopySlice } from './page-precopy';
import { readMigrationCommand } from './migration-commands';
import { MIB, postcopyRate, type Strategy } from './params';
import { migrateNotLive, switchToPostcopy, stopAndCopy } from './switchover';

/** Events are plain immutable data, so one tick value serves every slice. */
const TICK: MigrationEvent = { type: 'tick' };

export interface RunnerState {
  postcopyMissingBytes: number | null;
  carry: PostcopyCarry;
}

const complete = (ctx: MigrationCtx, tSec: number): void => {
  ctx.s.phase = 'completed';
  ctx.s.endSec = tSec;
  ctx.s.annotations.push({ tSec, label: 'completed' });
};

function finishPrecopy(ctx: MigrationCtx, r: RunnerState, tSec: number, reason: StopReason, pendingBytes: number): void {
  if (reason === 'switched-to-post-copy') r.postcopyMissingBytes = switchToPostcopy(ctx, tSec, false, pendingBytes);
  else stopAndCopy(ctx, tSec, reason, pendingBytes);
}

export function onTick(ctx: MigrationCtx, r: RunnerState, tSec: number): void {
  const dt = ctx.c.sliceSec;
  if (ctx.s.phase === 'precopy') {
    const reason = precopySlice(ctx, tSec - dt, dt);
    if (reason) finishPrecopy(ctx, r, tSec, reason, 0);
    else ctx.schedule(tSec + dt, TICK);
  } else if (ctx.s.phase === 'postcopy') {
    if (postcopySlice(ctx, r.carry, tSec - dt, dt)) {
      closeRound(ctx.s, 'postcopy', tSec, 0);
      complete(ctx, tSec);
    } else ctx.schedule(tSec + dt, TICK);
  }
}

export function onFluidRoundEnd(ctx: MigrationCtx, r: RunnerState): void {
  if (ctx.s.phase !== 'precopy' || !ctx.fluid) return;
  const end = ctx.fluid.endSec;
  const { reason, pendingBytes } = endFluidRound(ctx);
  if (reason) {
    ctx.fluid = null;
    finishPrecopy(ctx, r, end, reason, pendingBytes);
  } else startFluidRound(ctx, end, pendingBytes);
}

export function onResumed(ctx: MigrationCtx, r: RunnerState): void {
  const { s } = ctx;
  if (s.phase !== 'stopped') return;
  const t = s.resumeSec!;
  if (r.postcopyMissingBytes === null) return complete(ctx, t);
  s.phase = 'postcopy';
  s.round.startSec = t;
  s.annotations.push({ tSec: t, label: 'resumed at destination (post-copy)' });
  if (ctx.m) ctx.schedule(t + ctx.c.sliceSec, TICK);
  else ctx.schedule(t + r.postcopyMissingBytes / postcopyRate(ctx.c), { type: 'postcopyDone' });
}

export function onFluidPostcopyDone(ctx: MigrationCtx, r: RunnerState): void {
  if (ctx.s.phase !== 'postcopy') return;
  const bytes = r.postcopyMissingBytes ?? 0;
  const end = ctx.s.round.startSec + bytes / postcopyRate(ctx.c);
  countSent(ctx.s, bytes / ctx.c.pageSizeBytes, bytes);
  closeRound(ctx.s, 'postcopy', end, 0);
  complete(ctx, end);
}

function startMigration(ctx: MigrationCtx, r: RunnerState, nowSec: number, strategy: Strategy): void {
  const { c, s } = ctx;
  s.strategy = strategy;
  if (strategy === 'autoconverge') c.autoConverge.enabled = true;
  s.startSec = nowSec;
  s.annotations.push({ tSec: nowSec, label: `start ${strategy}` });
  s.round = { startSec: nowSec, bytes: 0, pages: 0, dirtied: 0 };
  if (strategy === 'cold' || strategy === 'warm') return migrateNotLive(ctx, nowSec, strategy === 'warm');
  const dataBytes = c.memoryBytes * (c.zeroPageDetection ? 1 - c.zeroPageFraction : 1);
  if (strategy === 'postcopy') {
    r.postcopyMissingBytes = switchToPostcopy(ctx, nowSec, true, dataBytes);
    return;
  }
  s.phase = 'precopy';
  s.period = { startSec: nowSec, dirtyBytes: 0, xferBytes: 0 };
  s.bwWindow = { startSec: nowSec, bytes: 0 };
  if (ctx.m) {
    const zero = markAllForSend(ctx.m, c);
    countSent(s, zero, zero * ZERO_PAGE_WIRE_BYTES);
    ctx.schedule(nowSec + c.sliceSec, TICK);
  } else startFluidRound(ctx, nowSec, dataBytes);
}

function cancel(ctx: MigrationCtx, nowSec: number, path: string): void {
  const { s } = ctx;
  if (s.phase === 'postcopy' || s.phase === 'stopped') throw new ScenarioError(path, `cannot cancel during ${s.phase}: the source no longer holds a runnable VM`);
  if (s.phase !== 'precopy') throw new ScenarioError(path, `no migration in progress (phase is ${s.phase})`);
  s.phase = 'cancelled';
  s.stopReason = 'cancelled';
  s.endSec = nowSec;
  s.throttlePct = 0;
  ctx.fluid = null;
  s.annotations.push({ tSec: nowSec, label: 'cancelled' });
}

export function applyCommand(ctx: MigrationCtx, r: RunnerState, command: Command, path: string, nowSec: number): void {
  const { c, s } = ctx;
  const cmd = readMigrationCommand(command, path, c.pages);
  switch (cmd.do) {
    case 'startMigration':
      if (s.phase !== 'idle') throw new ScenarioError(`${path}.do`, `a migration was already started (phase is ${s.phase})`);
      return startMigration(ctx, r, nowSec, cmd.strategy ?? c.strategy);
    case 'cancelMigration':
      return cancel(ctx, nowSec, path);
    case 'startPostcopy':
      if (s.phase !== 'precopy') throw new ScenarioError(path, `post-copy can only be requested during pre-copy (phase is ${s.phase})`);
      s.postcopyRequested = true;
      return;
    case 'setWorkload':
      c.dirty = cmd.dirty;
      if (ctx.m) ctx.m.writeCarry = [];
      s.annotations.push({ tSec: nowSec, label: `workload ${c.dirty.model}` });
      return;
    case 'setDowntimeLimit':
      c.downtimeLimitSec = cmd.downtimeLimitSec;
      return;
    case 'setRateLimit':
      c.rateLimitBytesPerSec = cmd.rateLimitMiBps * MIB;
      return;
  }
}
