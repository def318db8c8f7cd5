/**
 * `npm run sim -- <scenario.json> [--until T] [--at t1,t2,...]`: the engine headless in Node.
 * Same scenario + seed → the same output, byte for byte.
 */
import { isScenarioError } from './core/errors';
import { seriesToJson } from './core/series';
import { CliInputError, readJsonFile } from './cli/read-json';
import { SIM_HELP, UsageError, parseSimArgs } from './cli/sim-args';
import { allModels } from './registry';
import { startRun } from './replay';

function main(argv: string[]): number {
  const args = parseSimArgs(argv);
  if (args.help || !args.file) {
    const kinds = allModels().map((m) => `  ${m.kind.padEnd(14)} ${m.title}`).join('\n');
    (args.help ? console.log : console.error)(`${SIM_HELP}\n\nModel kinds:\n${kinds}`);
    return args.help ? 0 : 2;
  }
  const file = args.file;
  const input = readJsonFile(file);
  try {
    const run = startRun(input);
    const until = args.untilSec ?? run.scenario.until;
    const times = args.atSec ?? [until];
    const snapshots = times.map((t) => {
      run.advanceTo(t);
      return { t, state: run.snapshot() };
    });
    const out: Record<string, unknown> = { kind: run.scenario.kind, seed: run.scenario.seed, snapshots };
    if (args.series) out.series = seriesToJson(run.model.series());
    process.stdout.write(`${JSON.stringify(out, null, args.pretty ? 2 : undefined)}\n`);
    return 0;
  } catch (e) {
    if (isScenarioError(e)) throw new CliInputError(`${file}: ${e.path || '(scenario)'}: ${e.reason}`);
    throw e;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliInputError || e instanceof UsageError) {
    console.error(`sim: ${e.message}`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
