/**
 * For app tests only: the engine facade in-process, with the lab methods next to the session
 * ones, shaped like the worker proxy. The caller passes the facade, so app code never imports
 * engine values.
 */
import type { EngineApi } from '../../engine/api';
import type { EngineClient } from '../engine-client/engine-client';
import { inProcessEngine } from '../framework/in-process-engine';
import type { LabEngine } from './lab-engine';

export function inProcessLabEngine(api: EngineApi): EngineClient & LabEngine {
  const later = <T>(fn: () => T): Promise<T> => Promise.resolve().then(() => structuredClone(fn()));
  return {
    ...inProcessEngine(api),
    validateLab: (input, options) => later(() => api.validateLab(input, options)),
    checkTask: (check, snapshot, path) => later(() => api.checkTask(check, snapshot, path)),
    gradeQuiz: (item, response, snapshot) => later(() => api.gradeQuiz(item, response, snapshot)),
    learnerScenario: (seed, scenario, learnerId) => later(() => api.learnerScenario(seed, scenario, learnerId)),
  };
}
