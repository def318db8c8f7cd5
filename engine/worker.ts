/**
 * The only engine file the browser loads: it exposes the session facade with Comlink
 * (one of the two files where Comlink appears; the other is app/engine-client/client.ts).
 * Series cross as transferred typed arrays, never as arrays of objects.
 */
import * as Comlink from 'comlink';
import { createEngineApi } from './api';

const api = createEngineApi();

const exposed = {
  ...api,
  series(id: number) {
    const bundle = api.series(id);
    return Comlink.transfer(bundle, Object.values(bundle).map((a) => a.buffer as ArrayBuffer));
  },
};

export type WorkerApi = typeof exposed;

Comlink.expose(exposed);
