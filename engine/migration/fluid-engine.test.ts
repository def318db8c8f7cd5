import { describe, expect, it } from 'vitest';
import { closedFormPrecopy, hotSetDirtied, iteratePrecopy } from './analytic';
import { mbpsFor, migrate, MiB, relErr } from './test-helpers';

// Worked example by hand: M = 1024 MiB, R = 100 MiB/s, D = 50 MiB/s (λ = 0.5), T_dl = 0.3 s.
// V_th = 30 MiB; V_i = 1024·0.5^i → 1024, 512, 256, 128, 64, 32, 16: the first below 30 is V_6,
// so n = ⌈log_0.5(30/1024)⌉ = ⌈5.09⌉ = 6 live rounds; V_total = 1024·(1−0.5^7)/0.5 = 2032 MiB;
// T_total = 20.32 s; T_down = 16 MiB / 100 MiB/s = 0.16 s.
const expectRounds = (got: number[], want: number[]): void => {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => expect(relErr(g, want[i]!)).toBeLessThan(1e-9));
};
const fluid = (dirtyMiBps: number, extra: Record<string, unknown> = {}) => ({
  mode: 'fluid', memoryMiB: 1024, bandwidthMbps: mbpsFor(100), rateLimitMiBps: 0, latencyMs: 0,
  dirty: { model: 'uniform', ratePagesPerSec: dirtyMiBps * 256 }, ...extra,
});

describe('fluid mode reproduces the closed forms of Liu et al. 2011', () => {
  it('closedFormPrecopy() gives the hand-derived 6 rounds, 2032 MiB, 20.32 s, 160 ms for λ = 0.5', () => {
    const p = closedFormPrecopy(1024 * MiB, 100 * MiB, 50 * MiB, 30 * MiB, 0);
    expect(p.liveRounds).toBe(6);
    expect(relErr(p.totalBytes!, 2032 * MiB)).toBeLessThan(1e-12);
    expect(relErr(p.totalSec!, 20.32)).toBeLessThan(1e-12);
    expect(relErr(p.downtimeSec!, 0.16)).toBeLessThan(1e-12);
  });

  it('simulated fluid rounds equal M·λ^i and the totals equal the closed form to 1e-9 (λ = 0.5)', () => {
    const s = migrate(fluid(50));
    const live = s.rounds.filter((r) => r.phase === 'live');
    expectRounds(live.map((r) => r.bytes / MiB), [1024, 512, 256, 128, 64, 32]);
    expect(s.stopReason).toBe('below-threshold');
    expect(relErr(s.sentBytes, 2032 * MiB)).toBeLessThan(1e-9);
    expect(relErr(s.totalTimeSec!, 20.32)).toBeLessThan(1e-9);
    expect(relErr(s.downtimeSec, 0.16)).toBeLessThan(1e-9);
  });

  it('λ = 0.8 with an irrational-looking rate still matches M(1−λ^{n+1})/(1−λ) to 1e-9', () => {
    const s = migrate(fluid(80, { memoryMiB: 3000, downtimeLimitMs: 170 }));
    const p = closedFormPrecopy(3000 * MiB, 100 * MiB, 80 * MiB, 17 * MiB, 0);
    expect(s.rounds.filter((r) => r.phase === 'live').length).toBe(p.liveRounds);
    expect(relErr(s.sentBytes, p.totalBytes!)).toBeLessThan(1e-9);
    expect(relErr(s.totalTimeSec!, p.totalSec!)).toBeLessThan(1e-9);
    expect(relErr(s.downtimeSec, p.downtimeSec!)).toBeLessThan(1e-9);
  });

  it('at λ = 1 every round is M, so 5 capped rounds send (n+1)·M = 6 GiB and stop for max-rounds', () => {
    const s = migrate(fluid(100, { maxRounds: 5 }));
    expect(s.stopReason).toBe('max-rounds');
    expect(relErr(s.sentBytes, 6 * 1024 * MiB)).toBeLessThan(1e-9);
    expect(relErr(s.downtimeSec, 10.24)).toBeLessThan(1e-9);
    expect(closedFormPrecopy(1024 * MiB, 100 * MiB, 100 * MiB, 30 * MiB, 5).totalBytes).toBe(6 * 1024 * MiB);
  });

  it('above 1 (λ = 2) rounds grow: 4 capped rounds send 31·M and leave 16·M for a 163.84 s downtime', () => {
    const s = migrate(fluid(200, { maxRounds: 4 }), { until: 2000 });
    expectRounds(s.rounds.filter((r) => r.phase === 'live').map((r) => r.bytes / MiB), [1024, 2048, 4096, 8192]);
    expect(relErr(s.sentBytes, 31 * 1024 * MiB)).toBeLessThan(1e-9);
    expect(relErr(s.downtimeSec, 163.84)).toBeLessThan(1e-9);
    const p = closedFormPrecopy(1024 * MiB, 100 * MiB, 200 * MiB, 30 * MiB, 4);
    expect(relErr(p.totalBytes!, 31 * 1024 * MiB)).toBeLessThan(1e-12);
    expect(p.converges).toBe(false);
  });

  it('above 1 with no cap (QEMU\'s default) never switches over: still in pre-copy at the end', () => {
    const s = migrate(fluid(150), { until: 120 });
    expect(s.phase).toBe('precopy');
    expect(s.totalTimeSec).toBeNull();
    expect(closedFormPrecopy(1024 * MiB, 100 * MiB, 150 * MiB, 30 * MiB, 0).converges).toBe(false);
  });

});

describe('fluid mode: hot-set variant and the snapshot', () => {
  it('hot-set variant: W = 16 MiB < V_th = 30 MiB converges after one round with 1040 MiB sent', () => {
    // V_1 = min(D·T_0, W) = min(200 MiB/s · 10.24 s, 16 MiB) = 16 MiB < 30 MiB → stop; downtime 0.16 s.
    const s = migrate(fluid(200, { dirty: { model: 'hotset', hotPages: 16 * 256, ratePagesPerSec: 200 * 256 } }));
    expect(s.rounds.filter((r) => r.phase === 'live').length).toBe(1);
    expect(relErr(s.sentBytes, 1040 * MiB)).toBeLessThan(1e-9);
    expect(relErr(s.downtimeSec, 0.16)).toBeLessThan(1e-9);
  });

  it('hot-set variant: W = 200 MiB ≥ V_th never converges; 10 capped rounds send 1024 + 10·200 MiB', () => {
    const s = migrate(fluid(400, { maxRounds: 10, dirty: { model: 'hotset', hotPages: 200 * 256, ratePagesPerSec: 400 * 256 } }));
    expect(s.stopReason).toBe('max-rounds');
    expect(relErr(s.sentBytes, (1024 + 10 * 200) * MiB)).toBeLessThan(1e-9);
    expect(relErr(s.downtimeSec, 2)).toBeLessThan(1e-9);
    const p = iteratePrecopy({ memoryBytes: 1024 * MiB, rateBytesPerSec: 100 * MiB, thresholdBytes: 30 * MiB, maxRounds: 10, dirtied: hotSetDirtied(400 * MiB, 200 * MiB) });
    expect(relErr(p.totalBytes!, s.sentBytes)).toBeLessThan(1e-9);
  });

  it('iteratePrecopy() with the pure-rate recurrence equals the closed form', () => {
    const a = iteratePrecopy({ memoryBytes: 1024 * MiB, rateBytesPerSec: 100 * MiB, thresholdBytes: 30 * MiB, maxRounds: 0, dirtied: (t) => 50 * MiB * t });
    const b = closedFormPrecopy(1024 * MiB, 100 * MiB, 50 * MiB, 30 * MiB, 0);
    expect(a.liveRounds).toBe(b.liveRounds);
    expect(relErr(a.totalBytes!, b.totalBytes!)).toBeLessThan(1e-12);
  });

  it('the snapshot carries the closed form for the same params (pure-rate model)', () => {
    const s = migrate(fluid(50));
    const a = s.analytic as { model: string; totalBytes: number; lambda: number };
    expect(a.model).toBe('pure-rate');
    expect(a.lambda).toBeCloseTo(0.5, 12);
    expect(relErr(a.totalBytes, s.sentBytes)).toBeLessThan(1e-9);
  });
});
