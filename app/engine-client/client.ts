/**
 * The one seam between the app and the engine worker (one of the two files where Comlink
 * appears; the other is engine/worker.ts). The worker starts on first use and is shared by every
 * session on the page; the UI never runs simulation work on the main thread.
 */
import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../../engine/worker';
import type { EngineClient } from './engine-client';

let remote: Remote<WorkerApi> | null = null;

/** The shared engine (a Comlink proxy of engine/worker.ts). */
export function getEngine(): EngineClient {
  if (!remote) {
    remote = wrap<WorkerApi>(new Worker(new URL('../../engine/worker.ts', import.meta.url), { type: 'module' }));
  }
  return remote as unknown as EngineClient;
}
