import { describe, expect, it, vi } from 'vitest';
import { isScenarioError } from '../core/errors';
import { seriesToJson } from '../core/series';
import { replay, startRun } from '../replay';
import { migrationModel } from './migration-definition';

// Page-mode runs take seconds on a loaded shared machine; correctness does not depend on speed.
vi.setConfig({ testTimeout: 60_000 });

const scenarios = {
  example: migrationModel.example,
  autoconverge: {
    kind: 'migration', seed: 4, until: 40,
    params: { memoryMiB: 512, dirty: { model: 'phases', phases: [{ durationSec: 2, model: 'uniform', ratePagesPerSec: 40000 }, { durationSec: 1, model: 'idle' }] } },
    commands: [{ at: 0.5, do: 'startMigration', strategy: 'autoconverge' }],
  },
  postcopy: {
    kind: 'migration', seed: 9, until: 20,
    params: { memoryMiB: 256, bandwidthMbps: 1000, latencyMs: 1, dirty: { model: 'zipf', ratePagesPerSec: 30000, exponent: 1.1 } },
    commands: [{ at: 1, do: 'startMigration', strategy: 'precopy' }, { at: 1.5, do: 'startPostcopy' }],
  },
  fluid: {
    kind: 'migration', seed: 2, until: 30,
    params: { mode: 'fluid', memoryMiB: 2048, dirty: { model: 'trace', samples: [5000, 20000, 10000], sampleSec: 0.7 } },
    commands: [{ at: 0, do: 'startMigration' }],
  },
};

describe('migration is deterministic', () => {
  it.each(Object.entries(scenarios))('%s: the same scenario twice gives identical snapshot and series JSON', (_name, sc) => {
    const a = replay(sc);
    const b = replay(sc);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(JSON.stringify(seriesToJson(a.model.series()))).toBe(JSON.stringify(seriesToJson(b.model.series())));
  });

  it.each(Object.entries(scenarios))('%s: replay to t equals advancing in small steps past the commands to t', (_name, sc) => {
    for (const t of [0.75, 3.3, 12]) {
      const direct = replay(sc, t);
      const stepped = startRun(sc);
      for (let x = 0.05; x < t; x += 0.37) stepped.advanceTo(x);
      stepped.advanceTo(t);
      expect(JSON.stringify(stepped.snapshot())).toBe(JSON.stringify(direct.snapshot()));
    }
  });

  it('a different seed gives a different page-mode run', () => {
    const a = replay(scenarios.example).snapshot();
    const b = replay({ ...scenarios.example, seed: 8 }).snapshot();
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });
});

describe('user errors name the JSON path', () => {
  const bad = (params: Record<string, unknown>, commands: unknown[] = []) => {
    try {
      replay({ kind: 'migration', params, commands, until: 5 });
    } catch (e) {
      if (isScenarioError(e)) return e.path;
      throw e;
    }
    return null;
  };
  it('rejects a page size other than 4 KiB or 2 MiB at params.pageSizeKiB', () => expect(bad({ pageSizeKiB: 64 })).toBe('params.pageSizeKiB'));
  it('rejects an unknown dirty model at params.dirty.model', () => expect(bad({ dirty: { model: 'bursty' } })).toBe('params.dirty.model'));
  it('rejects a negative trace sample at its index', () => expect(bad({ dirty: { model: 'trace', samples: [1, -2] } })).toBe('params.dirty.samples[1]'));
  it('rejects a typo in params', () => expect(bad({ memoryMB: 5 })).toBe('params.memoryMB'));
  it('rejects an unknown strategy at commands[0].strategy', () => expect(bad({}, [{ at: 0, do: 'startMigration', strategy: 'teleport' }])).toBe('commands[0].strategy'));
  it('rejects starting twice', () => expect(bad({}, [{ at: 0, do: 'startMigration' }, { at: 1, do: 'startMigration' }])).toBe('commands[1].do'));
  it('refuses to cancel a post-copy (the source no longer has the VM)', () => {
    expect(bad({ memoryMiB: 4096, bandwidthMbps: 100 }, [{ at: 0, do: 'startMigration', strategy: 'postcopy' }, { at: 1, do: 'cancelMigration' }])).toBe('commands[1]');
  });
});
