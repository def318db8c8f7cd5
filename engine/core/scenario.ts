/**
 * The scenario: plain JSON that is the whole truth of a simulation —
 * `{ kind, seed, params, commands: [{ at, do, ... }], until }`. This file checks its shape (the
 * model checks its params and commands) and orders commands by time, keeping the written order
 * for equal times, so replaying it is deterministic.
 */
import { ScenarioError } from './errors';
import type { Command, ScenarioJson } from './model';
import { readArray, readNumber, readObject, readString } from './params';

const KNOWN = ['$schema', 'kind', 'seed', 'params', 'commands', 'until', 'title'];

/** Validates the envelope of a scenario; `knownKinds` lists the registered model kinds. */
export function parseScenario(input: unknown, knownKinds: readonly string[]): ScenarioJson {
  const obj = readObject(input, '');
  for (const key of Object.keys(obj)) {
    if (!KNOWN.includes(key)) throw new ScenarioError(key, `unknown field (a scenario has: ${KNOWN.slice(1).join(', ')})`);
  }
  const kind = readString(obj, 'kind', '');
  if (!knownKinds.includes(kind)) {
    throw new ScenarioError('kind', `unknown model kind "${kind}" (known: ${knownKinds.join(', ')})`);
  }
  const seed = readNumber(obj, 'seed', '', { integer: true, min: 0, max: 2 ** 53 - 1, default: 1 });
  const params = obj.params === undefined ? {} : readObject(obj.params, 'params');
  const until = readNumber(obj, 'until', '', { min: 0, default: 0 });
  const rawCommands = obj.commands === undefined ? [] : readArray(obj.commands, 'commands');
  const commands = rawCommands.map((c, i) => parseCommand(c, `commands[${i}]`));
  const scenario: ScenarioJson = { kind, seed, params, commands, until };
  if (typeof obj.title === 'string') scenario.title = obj.title;
  return scenario;
}

export function parseCommand(input: unknown, path: string): Command {
  const obj = readObject(input, path);
  const at = readNumber(obj, 'at', path, { min: 0 });
  const verb = readString(obj, 'do', path);
  return { ...obj, at, do: verb };
}

/** Commands in time order; equal times keep their written order (a stable sort). */
export function orderedCommands(commands: readonly Command[]): Array<{ command: Command; index: number }> {
  return commands
    .map((command, index) => ({ command, index }))
    .sort((a, b) => a.command.at - b.command.at || a.index - b.index);
}
