import { describe, expect, it, vi } from 'vitest';
import { replay } from '../replay';

// Page-mode runs take seconds on a loaded shared machine; correctness does not depend on speed.
vi.setConfig({ testTimeout: 60_000 });

interface Outcome { strategy: string; completed: boolean; downtimeSec: number; sentRatio: number; faults: number; degradation: number }

describe('strategy comparison (params.compare)', () => {
  const snap = replay({
    kind: 'migration', seed: 3, until: 1,
    params: { memoryMiB: 512, bandwidthMbps: 1000, compare: { horizonSec: 120 }, dirty: { model: 'uniform', ratePagesPerSec: 40000 } },
  }).snapshot() as unknown as { comparison: Outcome[] };
  const by = Object.fromEntries(snap.comparison.map((o) => [o.strategy, o]));

  it('lists pre-copy, auto-converge, post-copy and hybrid for the same workload', () => {
    expect(snap.comparison.map((o) => o.strategy)).toEqual(['precopy', 'autoconverge', 'postcopy', 'hybrid']);
  });

  it('λ > 1: plain pre-copy does not finish, auto-converge does at a CPU cost, post-copy sends RAM once', () => {
    // 40,000 pages/s × 4 KiB = 156 MiB/s > 119 MiB/s (1 Gbit/s): λ ≈ 1.3.
    expect(by.precopy!.completed).toBe(false);
    expect(by.autoconverge!.completed).toBe(true);
    expect(by.autoconverge!.degradation).toBeGreaterThan(0);
    expect(by.postcopy!.completed).toBe(true);
    expect(by.postcopy!.sentRatio).toBeCloseTo(1, 9);
    expect(by.postcopy!.faults).toBeGreaterThan(0);
    expect(by.postcopy!.downtimeSec).toBeLessThan(by.autoconverge!.downtimeSec + 1e-9);
  });
});
