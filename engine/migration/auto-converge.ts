/**
 * QEMU auto-converge (migration/ram.c `migration_trigger_throttle`, `mig_throttle_guest_down`):
 * at a bitmap sync at least 1 s after the last period, if the bytes dirtied in the period exceed
 * triggerPct (50 %) of the bytes sent, twice, throttle the guest CPU: start at 20 %, then +10 %
 * per step, capped at 99 %. The throttle makes each vCPU sleep pct/(1−pct) × 10 ms per 10 ms slice.
 * // Simplification: the dirty rate falls in proportion to the CPU time taken away (dirtying is
 * // CPU-bound), and the tailslow option is not modelled.
 */
import type { AutoConvergeConfig } from './params';

export const DIRTY_PERIOD_SEC = 1;

export interface ThrottleState {
  throttlePct: number;
  dirtyHighCount: number;
}

/** Returns the new throttle state; `stepped` when the throttle changed. */
export function evaluateThrottle(ac: AutoConvergeConfig, s: ThrottleState, dirtyBytes: number, xferBytes: number): ThrottleState & { stepped: boolean } {
  if (!ac.enabled || !(dirtyBytes > (xferBytes * ac.triggerPct) / 100)) return { ...s, stepped: false };
  const count = s.dirtyHighCount + 1;
  if (count < 2) return { throttlePct: s.throttlePct, dirtyHighCount: count, stepped: false };
  const next = s.throttlePct === 0 ? ac.initialPct : Math.min(ac.maxPct, s.throttlePct + ac.incrementPct);
  return { throttlePct: next, dirtyHighCount: 0, stepped: next !== s.throttlePct };
}

/** Sleep per 10 ms run slice at a throttle (cpu-throttle.c): pct/(1−pct) × 10 ms. */
export function throttleSleepMs(pct: number): number {
  const f = pct / 100;
  return (f / (1 - f)) * 10;
}
