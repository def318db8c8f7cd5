import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, parseSimArgs } from './sim-args';

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const sim = (...args: string[]) => spawnSync(tsx, ['engine/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

const write = (name: string, content: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'strato-cli-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('parseSimArgs', () => {
  it('reads the file, --until, a sorted --at list and flags', () => {
    expect(parseSimArgs(['s.json', '--until', '60', '--at=30,10', '--series'])).toEqual({
      file: 's.json', untilSec: 60, atSec: [10, 30], series: true, pretty: false, help: false,
    });
  });

  it('rejects a bad time and an unknown option with a usage message', () => {
    expect(() => parseSimArgs(['s.json', '--at', '1,x'])).toThrow(UsageError);
    expect(() => parseSimArgs(['s.json', '--untill', '5'])).toThrow(/unknown option --untill/);
  });
});

// Each test spawns tsx (a few seconds each on a loaded 2-core machine), so the default 5 s is too tight.
describe('npm run sim (engine/cli.ts)', { timeout: 60_000 }, () => {
  it('prints the final snapshot of a scenario as JSON, the same twice', () => {
    const file = write('ok.json', JSON.stringify({
      kind: 'availability', seed: 9, until: 7200,
      params: { diagram: { type: 'series', id: 's', blocks: [{ type: 'component', id: 'a', mtbfHours: 1, mttrHours: 1 }] }, sampleEverySec: 600 },
    }));
    const first = sim(file, '--series');
    expect(first.status).toBe(0);
    const out = JSON.parse(first.stdout) as { kind: string; seed: number; snapshots: Array<{ t: number }>; series: Record<string, number[]> };
    expect(out.kind).toBe('availability');
    expect(out.snapshots.map((s) => s.t)).toEqual([7200]);
    expect(out.series.tSec).toHaveLength(13);
    expect(sim(file, '--series').stdout).toBe(first.stdout);
  });

  it('exits 2 naming the file, the JSON path and the problem', () => {
    const file = write('bad.json', JSON.stringify({ kind: 'availability', params: { diagram: { type: 'component', id: 'a', availability: 2 } } }));
    const r = sim(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: params.diagram.availability: must be ≤ 1, got 2`);
  });

  it('exits 2 with the line and column of a JSON syntax error', () => {
    const file = write('broken.json', '{\n  "kind": "availability",,\n}');
    const r = sim(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:2:\d+: invalid JSON/);
  });
});
