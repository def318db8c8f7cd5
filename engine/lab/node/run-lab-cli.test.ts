import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLabCli } from './run-lab-cli';

const root = resolve(__dirname, '../../..');
const HA = 'labs/architectures/high-availability.json';

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runLabCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), root, cwd: root });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tempLab(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lab-cli-'));
  const file = join(dir, 'lab.json');
  writeFileSync(file, content);
  return file;
}

describe('npm run lab', { timeout: 180_000 }, () => {
  it('--help documents the commands and exit codes (exit 0)', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/validate <files…>/);
    expect(r.out).toMatch(/Exit status: 0 all good · 1 a lab is invalid or a test failed · 2 usage error/);
  });

  it('validate exits 0 on the high-availability lab', () => {
    const r = cli(['validate', HA]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 valid, 0 invalid/);
  });

  it('validate exits 1 and prints file: path: message [rule] for each problem', () => {
    const file = tempLab(JSON.stringify({ $schema: 'https://stratolab.dev/schema/lab/v1.json', id: 'x', version: '1', steps: [] }));
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}: version: must match pattern`);
    expect(r.err).toContain(`${file}: title: is required [schema]`);
  });

  it('exits 2 with the file name for unreadable or malformed JSON, and for usage errors', () => {
    expect(cli(['validate', tempLab('{ "id": ')]).err).toMatch(/lab\.json: not valid JSON/);
    expect(cli(['validate', '/nope/missing.json']).code).toBe(2);
    expect(cli(['validate']).code).toBe(2);
    expect(cli(['frobnicate']).err).toMatch(/unknown command "frobnicate"/);
    expect(cli(['test', '--colour']).code).toBe(2);
  });

  it('--github adds Actions annotations', () => {
    const file = tempLab('{}');
    expect(cli(['validate', '--github', file]).out).toMatch(/^::error file=.*,title=lab schema::id: is required$/m);
  });

  it('test runs every lab under labs/ and passes (exit 0)', () => {
    const r = cli(['test', '--quiet']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ passed, 0 failed/m);
  });
});
