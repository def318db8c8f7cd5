import { describe, expect, it } from 'vitest';
import { MAX_FRAME_MS, clampTime, initialPace, nextSpeed, pace, stepSizeSec, type PaceInput } from './pacing';

const base: PaceInput = { nowMs: 0, tSec: 0, untilSec: 100, speed: 1, timeScale: 10, inFlight: false, reducedMotion: false };

describe('pace()', () => {
  it('only starts the wall clock on the first frame', () => {
    const out = pace(initialPace(), { ...base, nowMs: 1000 });
    expect(out.targetSec).toBeNull();
    expect(out.state.lastWallMs).toBe(1000);
  });
  it('advances by wall time × speed × timeScale', () => {
    const out = pace({ lastWallMs: 1000 }, { ...base, nowMs: 1100, tSec: 5, speed: 2 });
    expect(out.targetSec).toBeCloseTo(5 + 0.1 * 2 * 10, 9);
  });
  it('never asks for a second advance while one is in flight, and catches up afterwards', () => {
    const waiting = pace({ lastWallMs: 1000 }, { ...base, nowMs: 1016, inFlight: true });
    expect(waiting.targetSec).toBeNull();
    expect(waiting.state.lastWallMs).toBe(1000);
    const after = pace(waiting.state, { ...base, nowMs: 1050 });
    expect(after.targetSec).toBeCloseTo(0.5, 9);
  });
  it('clamps a long pause (background tab) to one frame of at most MAX_FRAME_MS', () => {
    const out = pace({ lastWallMs: 0 }, { ...base, nowMs: 60_000 });
    expect(out.targetSec).toBeCloseTo((MAX_FRAME_MS / 1000) * 10, 9);
  });
  it('stops at the end of the scenario and says so', () => {
    const out = pace({ lastWallMs: 0 }, { ...base, nowMs: 200, tSec: 99.5 });
    expect(out.targetSec).toBe(100);
    expect(out.reachesEnd).toBe(true);
  });
  it('with reduced motion jumps once a second instead of every frame', () => {
    expect(pace({ lastWallMs: 0 }, { ...base, nowMs: 500, reducedMotion: true }).targetSec).toBeNull();
    expect(pace({ lastWallMs: 0 }, { ...base, nowMs: 1000, reducedMotion: true }).targetSec).toBeCloseTo(10, 9);
  });
  it('targets whole microseconds', () => {
    const out = pace({ lastWallMs: 0 }, { ...base, nowMs: 1, timeScale: 1 / 3 });
    expect(out.targetSec! * 1e6).toBeCloseTo(Math.round(out.targetSec! * 1e6), 6);
  });
});

describe('time helpers', () => {
  it('picks nice steps of about 1/100 of the scenario', () => {
    expect(stepSizeSec(3600)).toBe(50);
    expect(stepSizeSec(100)).toBe(1);
    expect(stepSizeSec(60)).toBeCloseTo(0.5, 12);
    expect(stepSizeSec(0)).toBe(1);
  });
  it('clamps times into [0, until]', () => {
    expect(clampTime(-1, 10)).toBe(0);
    expect(clampTime(11, 10)).toBe(10);
  });
  it('moves through the speed list and stops at its ends', () => {
    expect(nextSpeed(1, 1)).toBe(2);
    expect(nextSpeed(16, 1)).toBe(16);
    expect(nextSpeed(0.25, -1)).toBe(0.25);
    expect(nextSpeed(3, -1)).toBe(0.5);
  });
});
