import { describe, expect, it } from 'vitest';
import { seriesToJson } from '../core/series';
import { replay } from '../replay';

const small = {
  kind: 'consolidation', seed: 5, until: 7200,
  params: { hostCount: 20, policy: 'LR-MMT', synthetic: { vmCount: 26 }, compare: ['DVFS', 'THR-MMT'], durationSec: 7200 },
  commands: [{ at: 3000, do: 'setParameter', value: 1.1 }],
};

describe('consolidation scenario kind', () => {
  it('is deterministic: the same scenario twice gives identical snapshot and series JSON', () => {
    const a = replay(small);
    const b = replay(small);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(JSON.stringify(seriesToJson(a.model.series()))).toBe(JSON.stringify(seriesToJson(b.model.series())));
  });

  it('replaying to t equals advancing past t and seeking back (replay is the truth)', () => {
    const direct = replay(small, 3600).snapshot();
    const past = replay(small, 7200);
    expect(JSON.stringify(replay(past.scenario, 3600).snapshot())).toBe(JSON.stringify(direct));
  });

  it('records one series row per tick (every 300 s from 300.1 s) and counts energy and migrations', () => {
    const run = replay(small);
    const s = run.snapshot() as { energyKWh: number; migrations: number; comparison: Array<{ policy: string }> };
    const t = run.model.series().tSec!;
    expect(t[0]).toBeCloseTo(300.1, 9);
    expect(t[1]! - t[0]!).toBeCloseTo(300, 9);
    expect(s.energyKWh).toBeGreaterThan(0);
    expect(s.comparison.map((c) => c.policy)).toEqual(['DVFS', 'THR-MMT']);
  });

  it('names the JSON path of a bad policy and a bad trace value', () => {
    expect(() => replay({ ...small, params: { ...small.params, policy: 'XYZ-MMT' } })).toThrow(/params\.policy: unknown allocation "xyz"/);
    expect(() => replay({ ...small, params: { hostCount: 2, traces: [[10, 200]] } })).toThrow(/params\.traces\[0\]\[1\]/);
    expect(() => replay({ ...small, commands: [{ at: 10, do: 'setPolicy', policy: 'NPA' }] })).toThrow(/commands\[0\]\.policy/);
  });
});
