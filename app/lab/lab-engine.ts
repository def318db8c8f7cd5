/**
 * The lab half of the engine as the app sees it: the facade's lab methods (engine/lab/lab-api.ts),
 * asynchronously, through the same worker as simulations. Validation, check evaluation and quiz
 * grading all run in the worker; the main thread only renders their plain-data answers.
 */
import type { LabApi } from '../../engine/lab/lab-api';
import type { EngineClient } from '../engine-client/engine-client';
import { useEngine } from '../framework/engine-context';

type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never };

export type LabEngine = Async<LabApi>;

/** The worker proxy forwards every facade method; EngineClient only declares the session ones. */
export function asLabEngine(engine: EngineClient): LabEngine {
  return engine as unknown as LabEngine;
}

export function useLabEngine(): LabEngine {
  return asLabEngine(useEngine());
}
