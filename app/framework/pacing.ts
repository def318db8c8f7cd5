/**
 * Time pacing, pure (after d3-force: the tick is separate from the timer that drives it). The
 * app paces simulated time: on each animation frame `pace()` says whether to ask the engine for
 * one `advanceTo`, and to which time. Never two requests in flight: while one is pending, wall
 * time keeps accumulating and the next request covers it (clamped, so a tab returning from the
 * background does not leap). With reduced motion the state jumps once a second instead of
 * animating every frame.
 */
export interface PaceState {
  /** Wall-clock time (ms) that simulated time has been advanced to; null before the first frame. */
  lastWallMs: number | null;
}

export interface PaceInput {
  nowMs: number;
  tSec: number;
  untilSec: number;
  speed: number;
  /** Simulated seconds per wall second at speed 1. */
  timeScale: number;
  inFlight: boolean;
  reducedMotion: boolean;
}

export interface PaceOutput {
  state: PaceState;
  /** Where to advance to on this frame, or null to wait. */
  targetSec: number | null;
  /** The target is the end of the scenario: stop playing once it is reached. */
  reachesEnd: boolean;
}

/** Longest wall time a single frame may account for. */
export const MAX_FRAME_MS = 250;
/** With reduced motion, at most one state change per this interval. */
export const REDUCED_MOTION_INTERVAL_MS = 1000;

export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8, 16];

export function initialPace(): PaceState {
  return { lastWallMs: null };
}

export function pace(state: PaceState, input: PaceInput): PaceOutput {
  const { nowMs, tSec, untilSec } = input;
  if (state.lastWallMs === null) return { state: { lastWallMs: nowMs }, targetSec: null, reachesEnd: tSec >= untilSec };
  if (input.inFlight) return { state, targetSec: null, reachesEnd: false };
  const elapsedMs = nowMs - state.lastWallMs;
  const minMs = input.reducedMotion ? REDUCED_MOTION_INTERVAL_MS : 0;
  if (elapsedMs <= 0 || elapsedMs < minMs) return { state, targetSec: null, reachesEnd: false };
  const accountedMs = Math.min(elapsedMs, input.reducedMotion ? REDUCED_MOTION_INTERVAL_MS : MAX_FRAME_MS);
  const target = Math.min(untilSec, tSec + (accountedMs / 1000) * input.speed * input.timeScale);
  return { state: { lastWallMs: nowMs }, targetSec: roundToMicros(target), reachesEnd: target >= untilSec };
}

/** The whole scenario plays in about 30 s at speed 1 unless the widget says otherwise. */
export function defaultTimeScale(untilSec: number): number {
  return untilSec > 0 ? untilSec / 30 : 1;
}

/** A "nice" step (1, 2 or 5 × 10^k) of about 1/100 of the scenario. */
export function stepSizeSec(untilSec: number): number {
  if (!(untilSec > 0)) return 1;
  const raw = untilSec / 100;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  const nice = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
  return nice * power;
}

export function clampTime(tSec: number, untilSec: number): number {
  return roundToMicros(Math.min(Math.max(0, tSec), Math.max(0, untilSec)));
}

/** The kernel counts integer µs; times sent to it are rounded there, and so are ours. */
export function roundToMicros(tSec: number): number {
  return Math.round(tSec * 1e6) / 1e6;
}

export function nextSpeed(speed: number, direction: 1 | -1): number {
  const i = SPEEDS.indexOf(speed);
  const at = i === -1 ? SPEEDS.indexOf(1) : i;
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, at + direction))]!;
}
