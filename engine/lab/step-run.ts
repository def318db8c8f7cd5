/**
 * Headless step runs: start a step's widget scenario (at `startAtSec`) and apply a task's `solve`
 * exactly as the lab runner does on the live widget — params restart the scenario at t = 0 with
 * the params merged over the step's, commands are dispatched at the current time in order, then
 * time runs on to `runToSec`. Used by `lab test`, lint, and the facade's `solveTask`.
 */
import { ScenarioError, isScenarioError, joinPath } from '../core/errors';
import type { ModelDefinition, ScenarioJson } from '../core/model';
import { createRun, type Run } from '../core/run';
import { parseScenario } from '../core/scenario';
import { getModel } from '../registry';
import { learnerScenario } from './learner-seed';
import type { LabJson, LabStep, TaskSolve } from './types';

export type ModelLookup = (kind: string) => ModelDefinition;

export interface RunOptions {
  getModel?: ModelLookup;
  learnerId?: string;
}

/** Re-throws a ScenarioError with its path placed under `base` (`steps[2].widget.scenario.params.x`). */
export function underPath<T>(base: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isScenarioError(e)) throw new ScenarioError(e.path ? joinPath(base, e.path) : base, e.reason);
    throw e;
  }
}

export function startScenario(input: ScenarioJson, lookup: ModelLookup = getModel): Run {
  const definition = lookup(input.kind);
  const scenario = parseScenario(input, [definition.kind]);
  return createRun(definition, scenario);
}

/** The step's initial state: its scenario (seeded for the learner) advanced to startAtSec. */
export function startStepRun(lab: Pick<LabJson, 'seed'>, step: LabStep, options: RunOptions = {}): Run {
  const widget = step.widget;
  if (!widget) throw new ScenarioError('widget', 'this step has no widget');
  const scenario = learnerScenario(lab, widget.scenario, options.learnerId);
  const run = underPath('widget.scenario', () => startScenario(scenario, options.getModel));
  underPath('widget.startAtSec', () => run.advanceTo(widget.startAtSec ?? 0));
  return run;
}

/** Applies a solve to a run; returns the run that holds the solved state (a new one if params changed). */
export function applySolve(run: Run, solve: TaskSolve, lookup: ModelLookup = getModel): Run {
  let current = run;
  if (solve.params) {
    const base = run.scenario;
    const scenario: ScenarioJson = { ...base, params: { ...base.params, ...solve.params } };
    current = underPath('solve', () => startScenario(scenario, lookup));
  }
  (solve.commands ?? []).forEach((command, i) => {
    try {
      current.dispatch(command);
    } catch (e) {
      // The run names the command by its index in the scenario (`commands[7].component`); name it in the solve instead.
      const rest = isScenarioError(e) ? e.path.replace(/^commands\[\d+\]\.?/, '') : '';
      if (isScenarioError(e)) throw new ScenarioError(rest ? joinPath(`solve.commands[${i}]`, rest) : `solve.commands[${i}]`, e.reason);
      throw e;
    }
  });
  if (solve.runToSec !== undefined && solve.runToSec > current.tSec) {
    const target = solve.runToSec;
    underPath('solve.runToSec', () => current.advanceTo(target));
  }
  return current;
}
