/** Argument parsing for `npm run sim`: pure, so it is unit-tested without a process. */
export interface SimArgs {
  file?: string;
  untilSec?: number;
  atSec?: number[];
  series: boolean;
  pretty: boolean;
  help: boolean;
}

export class UsageError extends Error {}

const number = (flag: string, text: string | undefined): number => {
  const v = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(v) || v < 0) throw new UsageError(`${flag} needs a time in seconds ≥ 0, got ${text === undefined ? 'nothing' : `"${text}"`}`);
  return v;
};

export function parseSimArgs(argv: readonly string[]): SimArgs {
  const args: SimArgs = { series: false, pretty: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--until') args.untilSec = number('--until', value());
    else if (flag === '--at') args.atSec = (value() ?? '').split(',').map((t) => number('--at', t));
    else if (flag === '--series') args.series = true;
    else if (flag === '--pretty') args.pretty = true;
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag} (see --help)`);
    else if (args.file === undefined) args.file = a;
    else throw new UsageError(`one scenario file at a time (got "${args.file}" and "${a}")`);
  }
  if (args.atSec) args.atSec = [...args.atSec].sort((x, y) => x - y);
  return args;
}

export const SIM_HELP = `usage: npm run sim -- <scenario.json> [--until T] [--at t1,t2,...] [--series] [--pretty]

Runs a Stratolab scenario headless with the same deterministic engine the browser uses, and
prints JSON: { "kind", "seed", "snapshots": [{ "t", "state" }], "series"?: { column: [...] } }.

  <scenario.json>  { "kind", "seed", "params", "commands": [{ "at", "do", ... }], "until" }
  --until T        simulate to T seconds instead of the scenario's "until"
  --at t1,t2,...   print a snapshot at each of these times (seconds); default: one at the end
  --series         include the recorded series (charts' data) up to the last time
  --pretty         indent the JSON
  --help           this text, and the registered model kinds

Exit status: 0 ok; 2 bad input (the message names the file, the JSON path and the problem).
The scenario format and every kind's params, commands and snapshot fields: docs/scenarios.md.`;
