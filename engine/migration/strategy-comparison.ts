/**
 * The same workload under several strategies, side by side: each strategy is a fresh model with
 * the same params and the same workload rng stream, started at t = 0 and run until it completes
 * or `horizonSec` passes (a pre-copy that never converges is reported as such, not hidden).
 * Used by the strategy-comparison view through `params.compare`.
 */
import type { Rng } from '../core/rng';
import { secToUs } from '../core/time';
import { createMigrationModel } from './migration-model';
import type { Strategy } from './params';

export interface StrategyOutcome {
  strategy: Strategy;
  phase: string;
  completed: boolean;
  stopReason: string | null;
  totalTimeSec: number | null;
  downtimeSec: number;
  sentBytes: number;
  sentRatio: number;
  degradation: number;
  faults: number;
  liveRounds: number;
  throttlePct: number;
}

const STEP_SEC = 5;

export function compareStrategies(params: Record<string, unknown>, rng: Rng, strategies: readonly Strategy[], horizonSec: number): StrategyOutcome[] {
  const { compare: _compare, ...base } = params;
  return strategies.map((strategy) => {
    // Simplification: coarser 50 ms slices and 1 s samples keep four runs cheap enough to redo on every replay.
    const sliceMs = Math.max(Number(base.sliceMs ?? 10), 50);
    const model = createMigrationModel({ ...base, strategy, sliceMs, sampleMs: 1000 }, { rng, path: 'params' });
    model.apply({ at: 0, do: 'startMigration', strategy }, 'params.compare');
    let snap = model.snapshot();
    for (let t = STEP_SEC; t <= horizonSec + 1e-9 && !snap.completed; t += STEP_SEC) {
      model.advanceTo(secToUs(t));
      snap = model.snapshot();
    }
    return {
      strategy, phase: String(snap.phase), completed: snap.completed === true, stopReason: (snap.stopReason as string | null) ?? null,
      totalTimeSec: (snap.totalTimeSec as number | null) ?? null, downtimeSec: Number(snap.downtimeSec), sentBytes: Number(snap.sentBytes),
      sentRatio: Number(snap.sentRatio), degradation: Number(snap.degradation), faults: Number(snap.faults),
      liveRounds: Number(snap.liveRounds), throttlePct: Number(snap.throttlePct),
    };
  });
}
