/**
 * The `migration` scenario kind: a VM's memory moved between hosts by cold, warm (suspend/resume),
 * pre-copy (QEMU or Xen stop rules, optional auto-converge), post-copy or hybrid migration, in page
 * mode (4 KiB / 2 MiB pages, typed-array dirty bitmaps) or fluid mode (the closed forms of Liu et
 * al. 2011). Time is discrete events on the core queue; see engine/migration/README.md.
 * Units: the queue runs in integer µs; the state keeps exact seconds.
 */
import { createEventQueue } from '../core/event-queue';
import type { Command, Model } from '../core/model';
import { createSeriesRecorder } from '../core/series';
import { secToUs, usToSec } from '../core/time';
import { fluidSentAt } from './fluid-engine';
import type { MigrationCtx, MigrationEvent } from './migration-context';
import { applyCommand, onFluidPostcopyDone, onFluidRoundEnd, onResumed, onTick, type RunnerState } from './migration-runner';
import { buildSnapshot, pendingBytes, remainingBytes } from './migration-snapshot';
import { createMigrationState, liveRoundCount } from './migration-state';
import { createPageMemory } from './page-memory';
import { readMigrationParams } from './params';
import { writeRateAt } from './dirty-model';

export const SERIES_COLUMNS = ['remainingBytes', 'pendingBytes', 'sentBytes', 'throttlePct', 'faultStallSec', 'round', 'dirtyRatePagesPerSec', 'phase'] as const;
const PHASE_CODE = { idle: 0, precopy: 1, stopped: 2, postcopy: 3, completed: 4, cancelled: 5 } as const;

export function createMigrationModel(params: unknown, ctxIn: { rng: { stream(name: string): MigrationCtx['rng'] }; path: string }): Model {
  const c = readMigrationParams(params, ctxIn.path);
  const queue = createEventQueue<MigrationEvent>();
  const ctx: MigrationCtx = {
    c, s: createMigrationState(c.strategy), m: c.mode === 'pages' ? createPageMemory(c) : null, fluid: null,
    rng: ctxIn.rng.stream('migration.workload'),
    schedule: (tSec, event) => queue.schedule(Math.max(queue.nowUs, Math.round(tSec * 1e6)), event, event.type === 'sample' ? 1 : 0),
  };
  const runner: RunnerState = { postcopyMissingBytes: null, carry: { debtSec: 0, linkDebtBytes: 0 } };
  const series = createSeriesRecorder(SERIES_COLUMNS);
  const sampleUs = secToUs(c.sampleSec);

  const record = (tSec: number): void => {
    series.record(tSec, {
      remainingBytes: remainingBytes(ctx, tSec),
      pendingBytes: ctx.m && ctx.s.phase === 'precopy' ? (ctx.m.toSend.count + ctx.m.log.count) * c.pageSizeBytes : pendingBytes(ctx, tSec),
      sentBytes: ctx.m ? ctx.s.sentBytes : fluidSentAt(ctx, tSec),
      throttlePct: ctx.s.throttlePct, faultStallSec: ctx.s.faultStallSec, round: liveRoundCount(ctx.s),
      dirtyRatePagesPerSec: writeRateAt(c.dirty, tSec) * (1 - ctx.s.throttlePct / 100), phase: PHASE_CODE[ctx.s.phase],
    });
  };

  const handle = (e: MigrationEvent, tUs: number): void => {
    const tSec = usToSec(tUs);
    switch (e.type) {
      case 'sample':
        record(tSec);
        queue.schedule(tUs + sampleUs, e, 1);
        return;
      case 'tick':
        return onTick(ctx, runner, tSec);
      case 'fluidRoundEnd':
        return onFluidRoundEnd(ctx, runner);
      case 'resumed':
        return onResumed(ctx, runner);
      case 'postcopyDone':
        return onFluidPostcopyDone(ctx, runner);
    }
  };
  queue.schedule(0, { type: 'sample' }, 1);

  return {
    advanceTo: (tUs) => queue.runUntil(tUs, handle),
    apply: (cmd: Command, path: string) => applyCommand(ctx, runner, cmd, path, usToSec(queue.nowUs)),
    snapshot: () => buildSnapshot(ctx, usToSec(queue.nowUs)),
    series: () => series.bundle(),
  };
}
