/**
 * A run: one model instance driven by its scenario. `advanceTo(t)` applies every command whose
 * time has come (in order) and advances the model between them; `dispatch` adds a live command at
 * the current time and records it in the scenario, so the run can always be replayed exactly —
 * the foundation of scrubbing, undo, permalinks and grading. Every command (scenario or live) is
 * checked — verb and arguments, through the definition's `checkCommand` — before it can wait in
 * the queue, so a typo is reported at load, not when time reaches it.
 */
import { ScenarioError } from './errors';
import type { Command, Model, ModelDefinition, ScenarioJson, Snapshot } from './model';
import { createRng } from './rng';
import { orderedCommands, parseCommand } from './scenario';
import { secToUs, usToSec } from './time';

export interface Run {
  readonly scenario: ScenarioJson;
  readonly model: Model;
  /** Current simulated time in seconds. */
  readonly tSec: number;
  advanceTo(tSec: number): void;
  dispatch(command: Omit<Command, 'at'> & { at?: number }): void;
  snapshot(): Snapshot;
}

/**
 * Rejects a verb the model does not document and bad arguments (missing, mistyped, out of range,
 * unknown), at load time rather than when time reaches the command.
 */
function checkCommand(definition: ModelDefinition, command: Command, path: string, params: unknown): void {
  const verbs = definition.commands.map((c) => c.do);
  if (!verbs.includes(command.do)) {
    throw new ScenarioError(`${path}.do`, `unknown command "${command.do}" for ${definition.kind} (known: ${verbs.join(', ')})`);
  }
  definition.checkCommand?.(command, path, params);
}

export function createRun(definition: ModelDefinition, scenario: ScenarioJson): Run {
  scenario.commands.forEach((c, i) => checkCommand(definition, c, `commands[${i}]`, scenario.params));
  const model = definition.init(scenario.params, { rng: createRng(scenario.seed), path: 'params' });
  const pending = orderedCommands(scenario.commands);
  const commands = [...scenario.commands];
  let next = 0;
  let nowUs = 0;

  const advanceTo = (tSec: number): void => {
    const targetUs = secToUs(tSec);
    if (targetUs < nowUs) throw new ScenarioError('t', `cannot advance backwards (now ${usToSec(nowUs)} s, asked ${tSec} s): replay instead`);
    while (next < pending.length && secToUs(pending[next]!.command.at) <= targetUs) {
      const { command, index } = pending[next]!;
      const atUs = secToUs(command.at);
      model.advanceTo(atUs);
      nowUs = atUs;
      model.apply(command, `commands[${index}]`);
      next++;
    }
    model.advanceTo(targetUs);
    nowUs = targetUs;
  };

  const run: Run = {
    get scenario() {
      return { ...scenario, commands: [...commands] };
    },
    model,
    get tSec() {
      return usToSec(nowUs);
    },
    advanceTo,
    dispatch(input) {
      const index = commands.length;
      const command = parseCommand({ ...input, at: usToSec(nowUs) }, `commands[${index}]`);
      checkCommand(definition, command, `commands[${index}]`, scenario.params);
      model.apply(command, `commands[${index}]`);
      commands.push(command);
    },
    snapshot: () => model.snapshot(),
  };
  return run;
}
