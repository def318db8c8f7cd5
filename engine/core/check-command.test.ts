import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allModels, getModel } from '../registry';
import { startRun } from '../replay';
import { createRng } from './rng';
import { isScenarioError, type ScenarioError } from './errors';
import type { Command, ScenarioJson } from './model';

type Bad = [args: Omit<Command, 'at'>, path: string, reason: string];

/** Per kind: commands whose arguments are wrong on their own (or against fixed params), with the argument's path and reason. */
const BAD: Record<string, Bad[]> = {
  availability: [
    [{ do: 'fail', componet: 'web-1' }, 'componet', 'unknown argument for "fail" (its arguments: component)'],
    [{ do: 'fail', component: 7 }, 'component', 'must be a string, got 7'],
    [{ do: 'repair', component: 'zz' }, 'component', 'no component "zz"'],
  ],
  carbon: [
    [{ do: 'setWindow', job: 'nightly', windowHours: 100 }, 'windowHours', 'must be ≤ 72, got 100'],
    [{ do: 'setDeadline', job: 'training', interruptible: 'yes' }, 'interruptible', 'must be true or false, got "yes"'],
    [{ do: 'setPolicy', policy: { type: 'greedy' } }, 'policy.type', 'must be one of "none", "best-window", "threshold", got "greedy"'],
    [{ do: 'setWindow', job: 'training', windowHours: 2 }, 'job', 'no periodic job "training" (jobs: nightly)'],
    [{ do: 'setLocation', location: { enabled: true, residency: ['EU', 3] } }, 'location.residency[1]', 'must be a string, got 3'],
  ],
  consolidation: [
    [{ do: 'setParameter', value: 11 }, 'value', 'must be ≤ 10, got 11'],
    [{ do: 'setPolicy', policy: 'XYZ-MMT' }, 'policy', 'unknown allocation "xyz"'],
    [{ do: 'setPolicy', policy: 'NPA' }, 'policy', 'cannot switch to or from NPA during a run'],
  ],
  datacenter: [
    [{ do: 'fail', tagret: 'core-0' }, 'tagret', 'unknown argument for "fail" (its arguments: target)'],
    [{ do: 'selectHosts', from: 'host-0' }, 'to', 'must be a string, got nothing'],
    [{ do: 'repairAll', target: 'core-0' }, 'target', 'unknown argument for "repairAll" (it takes no arguments)'],
    [{ do: 'fail', target: 'core-99' }, 'target', 'no switch, host, link or PDU named "core-99"'],
    [{ do: 'selectHosts', from: 'host-0', to: 'core-0' }, 'to', '"core-0" is not a host'],
  ],
  k8s: [
    [{ do: 'failNode', nodee: 'n1' }, 'nodee', 'unknown argument for "failNode" (its arguments: node)'],
    [{ do: 'scale', name: 'nginx-deployment', replicas: -1 }, 'replicas', 'must be ≥ 0, got -1'],
    [{ do: 'taint', node: 'node-1', key: 'k', effect: 'NoScheduled' }, 'effect', 'must be one of "NoSchedule", "PreferNoSchedule", "NoExecute"'],
    [{ do: 'addNode', name: 'node-9', cpu: 'lots' }, 'cpu', 'not a quantity: "lots"'],
  ],
  migration: [
    [{ do: 'startMigration', strategy: 'precopyy' }, 'strategy', 'must be one of cold, warm, precopy'],
    [{ do: 'setDowntimeLimit', ms: -5 }, 'ms', 'must be ≥ 0, got -5'],
    [{ do: 'setWorkload', dirty: { model: 'hotset', ratePagesPerSec: 'fast' } }, 'dirty.ratePagesPerSec', 'must be a number, got "fast"'],
    [{ do: 'cancelMigration', now: true }, 'now', 'it takes no arguments'],
  ],
  paging: [
    [{ do: 'translate', va: '0xzz' }, 'va', 'must be a hex string such as "0x1000", got "0xzz"'],
    [{ do: 'writeEntry', address: '0x1004', entry: '0x1' }, 'address', 'must be 8-byte aligned'],
    [{ do: 'runWorkload', guestPageSize: '4M' }, 'guestPageSize', 'must be one of "4K", "2M", "1G", got "4M"'],
    [{ do: 'setControl', smep: 1 }, 'smep', 'must be true or false, got 1'],
  ],
  pue: [
    [{ do: 'set', param: 'pue', value: 1 }, 'param', 'cannot set "pue"'],
    [{ do: 'set', param: 'meanItLoad', value: -1 }, 'value', 'must be ≥ 0, got -1'],
    [{ do: 'set', param: 'meanItLoad' }, 'value', 'must be a number, got nothing'],
  ],
};

const LATE_SEC = 10 * 365 * 86_400; // far beyond every example's `until`
/** Timeout for tests that initialise models (consolidation runs its comparison at init) or spawn the CLI, on a loaded machine. */
const SLOW = 30_000;

function caught(fn: () => unknown): ScenarioError {
  try {
    fn();
  } catch (e) {
    if (isScenarioError(e)) return e;
    throw e;
  }
  throw new Error('expected a ScenarioError, nothing was thrown');
}

/** The kind's example with one more command, placed long after the scenario ends. */
function withLateCommand(example: ScenarioJson, args: Omit<Command, 'at'>): { scenario: ScenarioJson; index: number } {
  const index = example.commands.length;
  return { scenario: { ...example, commands: [...example.commands, { ...args, at: LATE_SEC } as Command] }, index };
}

describe('command arguments are checked when the scenario loads', () => {
  it('every registered kind implements checkCommand and has bad-argument cases here', () => {
    for (const m of allModels()) {
      expect(typeof m.checkCommand, `${m.kind} has no checkCommand`).toBe('function');
      expect(BAD[m.kind], `no bad-argument cases for ${m.kind} in check-command.test.ts`).toBeDefined();
    }
  });

  it.each(allModels().map((m) => [m.kind, m] as const))('accepts the commands of the registered example of kind "%s"', (_kind, m) => {
    m.example.commands.forEach((c, i) => expect(() => m.checkCommand!(c, `commands[${i}]`, m.example.params)).not.toThrow());
  });

  it.each(allModels().map((m) => [m.kind, m] as const))('kind "%s": every documented verb is handled and takes only its documented fields', (_kind, m) => {
    for (const doc of m.commands) {
      const bare = { at: 0, do: doc.do } as Command;
      try {
        m.checkCommand!(bare, 'commands[0]', m.example.params); // missing required arguments may throw, but only a ScenarioError
      } catch (e) {
        expect(isScenarioError(e), `${doc.do}: ${String(e)}`).toBe(true);
      }
      expect(caught(() => m.checkCommand!({ ...bare, bogus: 1 }, 'commands[0]', m.example.params)).path).toBe('commands[0].bogus');
    }
  });

  it.each(allModels().map((m) => [m.kind, m] as const))('kind "%s": apply() itself rejects an undocumented verb with a ScenarioError at .do', (_kind, m) => {
    const model = m.init(m.example.params, { rng: createRng(m.example.seed), path: 'params' });
    expect(caught(() => model.apply({ at: 0, do: 'explode' }, 'commands[0]')).path).toBe('commands[0].do');
  }, SLOW);

  it.each(Object.entries(BAD).flatMap(([kind, cases]) => cases.map((c) => [kind, c[1], c] as const)))(
    '%s: a bad `%s` far past `until` fails at load with its exact path',
    (kind, _arg, [args, arg, reason]) => {
      const { scenario, index } = withLateCommand(getModel(kind).example, args);
      const e = caught(() => startRun(scenario));
      expect(e.path).toBe(`commands[${index}].${arg}`);
      expect(e.reason).toContain(reason);
    },
  );

  it('reports the brief\'s typo in one line: path, then reason', () => {
    const { scenario, index } = withLateCommand(getModel('k8s').example, { do: 'failNode', nodee: 'node-1' });
    expect(() => startRun(scenario)).toThrow(`commands[${index}].nodee: unknown argument for "failNode" (its arguments: node)`);
  });

  it.each(Object.entries(BAD))('%s: apply() rejects the same commands with the same path and reason (one copy of the rules)', (kind, cases) => {
    const m = getModel(kind);
    const model = m.init(m.example.params, { rng: createRng(m.example.seed), path: 'params' });
    for (const [args, arg] of cases) {
      const load = caught(() => m.checkCommand!({ ...args, at: 0 } as Command, 'commands[9]', m.example.params));
      const run = caught(() => model.apply({ ...args, at: 0 } as Command, 'commands[9]'));
      expect([run.path, run.reason]).toEqual([load.path, load.reason]);
      expect(load.path).toBe(`commands[9].${arg}`);
    }
  }, SLOW);
});

describe('a live command is checked on dispatch', () => {
  it('rejects a bad argument with its path and does not record the command', () => {
    const run = startRun(getModel('k8s').example);
    run.advanceTo(30);
    const before = run.scenario.commands.length;
    const e = caught(() => run.dispatch({ do: 'cordon', nodee: 'node-1' }));
    expect(e.path).toBe(`commands[${before}].nodee`);
    expect(run.scenario.commands).toHaveLength(before);
    run.dispatch({ do: 'cordon', node: 'node-1' });
    expect(run.scenario.commands).toHaveLength(before + 1);
  }, SLOW);
});

describe('valid scenarios still load', () => {
  const engineDir = resolve(__dirname, '..');
  const files = readdirSync(engineDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        return readdirSync(join(engineDir, d.name, 'scenarios')).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/scenarios/${f}`);
      } catch {
        return [];
      }
    });

  it('finds the engine\'s scenario files', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('engine/%s loads and runs to its end', (file) => {
    const run = startRun(JSON.parse(readFileSync(join(engineDir, file), 'utf8')) as unknown);
    expect(() => run.advanceTo(run.scenario.until)).not.toThrow();
  }, SLOW);
});

describe('npm run sim', () => {
  it('exits 2 naming the file and the bad argument\'s path before simulating', () => {
    const root = resolve(__dirname, '../..');
    const { scenario, index } = withLateCommand(getModel('availability').example, { do: 'fail', componet: 'web-1' });
    const file = join(mkdtempSync(join(tmpdir(), 'strato-check-')), 'typo.json');
    writeFileSync(file, JSON.stringify(scenario));
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['engine/cli.ts', file], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: commands[${index}].componet: unknown argument for "fail"`);
  }, SLOW); // spawns tsx: seconds on a loaded machine
});
