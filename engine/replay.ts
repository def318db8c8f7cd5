/**
 * replay(scenario, t): the state at time t is a pure function of the scenario. Scrubbing, undo,
 * permalinks, grading, the CLI and the tests all rest on this.
 */
import type { ScenarioJson } from './core/model';
import { createRun, type Run } from './core/run';
import { parseScenario } from './core/scenario';
import { getModel, modelKinds } from './registry';

/** Validates an untrusted scenario (envelope, then the model's params on init). */
export function loadScenario(input: unknown): ScenarioJson {
  return parseScenario(input, modelKinds());
}

export function startRun(input: unknown): Run {
  const scenario = loadScenario(input);
  return createRun(getModel(scenario.kind), scenario);
}

/** A fresh run advanced to tSec (default: the scenario's `until`). */
export function replay(input: unknown, tSec?: number): Run {
  const run = startRun(input);
  run.advanceTo(tSec ?? run.scenario.until);
  return run;
}
