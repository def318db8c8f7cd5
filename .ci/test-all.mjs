#!/usr/bin/env node
// `npm test` (package.json → node .ci/test-all.mjs): everything CI checks, in order — lint, typecheck, unit tests, lab tests, build, e2e —
// then one closing line `N passed, N failed`. Individual tests are counted where the runner
// reports them (Vitest, the lab CLI, Playwright); lint, typecheck and build count as one each.
// Every step runs even when an earlier one fails, so one run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2);
mkdirSync('test-results', { recursive: true });

const npx = (args, env = {}) => spawnSync('npx', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } }).status;

const countVitest = (file) => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0), skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
};

const countPlaywright = (file) => {
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
};

const countLine = (text) => {
  const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/m.exec(text);
  return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) } : null;
};

const steps = [
  { name: 'lint', run: () => npx(['eslint', '.']) },
  { name: 'typecheck', run: () => npx(['tsc', '-p', 'tsconfig.json', '--noEmit']) || npx(['tsc', '-p', 'engine/tsconfig.json', '--noEmit']) },
  {
    name: 'unit',
    run: () => npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']),
    count: () => (existsSync('test-results/unit.json') ? countVitest('test-results/unit.json') : null),
  },
  {
    name: 'labs',
    run() {
      const r = spawnSync('npx', ['tsx', 'engine/lab-cli.ts', 'test'], { encoding: 'utf8', env: process.env });
      process.stdout.write(r.stdout ?? '');
      process.stderr.write(r.stderr ?? '');
      this.output = r.stdout ?? '';
      return r.status;
    },
    count() {
      return countLine(this.output ?? '');
    },
  },
  { name: 'build', run: () => spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] }).status },
  {
    name: 'e2e',
    run: () => npx(['playwright', 'test']),
    count: () => (existsSync('test-results/e2e.json') ? countPlaywright('test-results/e2e.json') : null),
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  for (const f of ['test-results/unit.json', 'test-results/e2e.json']) if (step.count && existsSync(f)) rmSync(f);
  console.log(`\n=== ${step.name} ===`);
  const started = process.hrtime.bigint();
  const status = step.run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let counted = step.count?.() ?? null;
  if (!counted) counted = status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  // A runner that exits non-zero with no failed test (a crash, a failed import) still fails the step.
  if (status !== 0 && counted.failed === 0) counted = { ...counted, failed: 1 };
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  totals.skipped += counted.skipped;
  summary.push(`${step.name.padEnd(10)} ${status === 0 ? 'ok  ' : 'FAIL'} ${String(counted.passed).padStart(5)} passed ${String(counted.failed).padStart(3)} failed ${String(counted.skipped).padStart(3)} skipped  ${seconds.toFixed(1)} s`);
}

console.log(`\n${summary.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
