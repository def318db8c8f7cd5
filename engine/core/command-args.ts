/**
 * Command arguments: the shared first step of every model's command reader. A command is
 * `{ at, do, ...args }`; `commandArgs` rejects a verb the model does not document and any field its
 * CommandDoc does not list, so a typo (`"nodee"`) is reported with its JSON path. Each model then
 * reads the arguments it needs with the params.ts readers into a typed value — one reader per
 * model, used both by `ModelDefinition.checkCommand` (at load and on dispatch, before time reaches
 * the command) and by `Model.apply`, so the rules exist once.
 */
import { ScenarioError, joinPath } from './errors';
import type { Command, CommandDoc } from './model';

export type CommandArgs = Record<string, unknown>;

/** The command's fields, after checking its verb is documented and every field is `at`, `do` or a documented argument. */
export function commandArgs(command: Command, path: string, docs: readonly CommandDoc[]): CommandArgs {
  const doc = docs.find((d) => d.do === command.do);
  if (!doc) throw new ScenarioError(joinPath(path, 'do'), `unknown command "${command.do}" (known: ${docs.map((d) => d.do).join(', ')})`);
  const known = Object.keys(doc.args ?? {});
  for (const key of Object.keys(command)) {
    if (key === 'at' || key === 'do' || known.includes(key)) continue;
    const expected = known.length > 0 ? `its arguments: ${known.join(', ')}` : 'it takes no arguments';
    throw new ScenarioError(joinPath(path, key), `unknown argument for "${command.do}" (${expected})`);
  }
  return command;
}

/**
 * One verb as a pair: `read` validates and types its arguments (no state), `run` acts on the
 * state. `check` and `apply` both go through `read`, so load-time and run-time agree.
 */
export interface Verb<S> {
  check(args: CommandArgs, path: string): void;
  apply(state: S, args: CommandArgs, path: string): void;
}

export function verb<S, A>(read: (args: CommandArgs, path: string) => A, run: (state: S, args: A, path: string) => void): Verb<S> {
  return {
    check: (args, path) => { read(args, path); },
    apply: (state, args, path) => run(state, read(args, path), path),
  };
}
