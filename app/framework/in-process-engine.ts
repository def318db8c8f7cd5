/**
 * An EngineClient over the engine facade in the same thread — for tests and headless hosts only
 * (the browser app always uses the worker). The caller passes the facade so app code never
 * imports engine values.
 */
import type { EngineApi } from '../../engine/api';
import type { EngineClient } from '../engine-client/engine-client';

export function inProcessEngine(api: EngineApi): EngineClient {
  const later = <T>(fn: () => T): Promise<T> => Promise.resolve().then(fn);
  return {
    kinds: () => later(() => api.kinds()),
    open: (s) => later(() => structuredClone(api.open(s))),
    advanceTo: (id, t) => later(() => structuredClone(api.advanceTo(id, t))),
    dispatch: (id, c) => later(() => structuredClone(api.dispatch(id, c))),
    snapshot: (id) => later(() => structuredClone(api.snapshot(id))),
    series: (id) => later(() => api.series(id)),
    close: (id) => later(() => api.close(id)),
  };
}
