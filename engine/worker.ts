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
    // Transfer copies: a model may hand out arrays it keeps (a cache), and transferring those
    // would empty them in the worker. One copy here is still far cheaper than structured cloning.
    const bundle = Object.fromEntries(Object.entries(api.series(id)).map(([name, column]) => [name, column.slice()]));
    return Comlink.transfer(bundle, Object.values(bundle).map((a) => a.buffer as ArrayBuffer));
  },
};

export type WorkerApi = typeof exposed;

Comlink.expose(exposed);
