/**
 * Determinism (DESIGN.md): the same scenario twice gives identical snapshot and series JSON; replay to t
 * equals advancing in steps; and the headless CLI path (replay of a JSON file with raw memory images)
 * reproduces a walk derived by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScenarioError } from '../core/errors';
import { seriesToJson } from '../core/series';
import { replay, startRun } from '../replay';
import { pagingModel } from './paging-model';

const file = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, 'scenarios', name), 'utf8'));

const scenarios: Record<string, unknown> = {
  example: pagingModel.example,
  raw: file('raw-image-walk.json'),
  nested: file('nested-24.json'),
  workload: {
    kind: 'paging', seed: 5, until: 3,
    params: { workload: { pattern: 'zipf', workingSetBytes: 8 << 20, accesses: 3000, processes: 2, switchEvery: 500 } },
    commands: [{ at: 1, do: 'runWorkload' }, { at: 2, do: 'compareModes' }],
  },
};

describe('paging is deterministic', () => {
  it.each(Object.entries(scenarios))('%s: the same scenario twice gives identical snapshot and series JSON', (_n, sc) => {
    const a = replay(sc), b = replay(sc);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(JSON.stringify(seriesToJson(a.model.series()))).toBe(JSON.stringify(seriesToJson(b.model.series())));
  });

  it.each(Object.entries(scenarios))('%s: replay to t equals advancing in steps to t', (_n, sc) => {
    for (const t of [0.5, 1.5, 2.5]) {
      const stepped = startRun(sc);
      for (let x = 0.1; x < t; x += 0.3) stepped.advanceTo(x);
      stepped.advanceTo(t);
      expect(JSON.stringify(stepped.snapshot())).toBe(JSON.stringify(replay(sc, t).snapshot()));
    }
  });

  it('a different seed gives a different workload run', () => {
    const sc = scenarios.workload as { seed: number };
    expect(JSON.stringify(replay(sc).snapshot())).not.toBe(JSON.stringify(replay({ ...sc, seed: 6 }).snapshot()));
  });
});

describe('headless scenario files (what `npm run sim -- file.json` runs)', () => {
  it('raw-image-walk.json: user read OK at 0x1234abc; user write → #PF 7 at the PTE; fetch → #PF 21 (XD)', () => {
    const sc = scenarios.raw;
    const at = (t: number) => replay(sc, t).snapshot().last as { pa: string; fault: { kind: string; errorCode: number; level: number } | null };
    expect(at(1).pa).toBe('0x1234abc');
    expect(at(2).fault).toMatchObject({ kind: 'write-protect', errorCode: 7, level: 1 });
    expect(at(3).fault).toMatchObject({ kind: 'execute-disable', errorCode: 21, level: 1 });
  });

  it('nested-24.json reads 24 entries and lands at hPA 0x101234abc', () => {
    const last = replay(scenarios.nested).snapshot().last as { references: number; pa: string };
    expect(last).toMatchObject({ references: 24, pa: '0x101234abc' });
  });
});

describe('errors a user can cause name the JSON path', () => {
  const bad = (params: Record<string, unknown>, commands: unknown[] = []) => {
    try {
      replay({ kind: 'paging', params, commands, until: 2 });
    } catch (e) {
      if (isScenarioError(e)) return e.path;
      throw e;
    }
    return 'no error';
  };
  it('rejects a malformed hex entry, an unknown field, a misaligned address and an unknown command', () => {
    expect(bad({ memory: { '0x1008': 'zz' } })).toBe('params.memory.0x1008');
    expect(bad({ levles: 4 })).toBe('params.levles');
    expect(bad({ memory: { '0x1004': '0x1' } })).toBe('params.memory.0x1004');
    expect(bad({}, [{ at: 1, do: 'translate', va: 'nope' }])).toBe('commands[0].va');
    expect(bad({}, [{ at: 1, do: 'fly' }])).toBe('commands[0].do');
    expect(bad({ mappings: [{ va: '0x1001', pa: '0x2000' }] })).toBe('params.mappings[0].va');
  });
});
