/**
 * The engine as the app sees it: the session facade of engine/api.ts, asynchronously. The real
 * implementation is the Comlink proxy of the worker (client.ts); tests pass the facade itself
 * wrapped in promises (see createInProcessEngine in framework tests). App code depends on this
 * interface, never on Comlink.
 */
import type { EngineErrorInfo, KindInfo, Result, SessionView } from '../../engine/api';
import type { Command } from '../../engine/core/model';
import type { SeriesBundle } from '../../engine/core/series';

export type { EngineErrorInfo, KindInfo, Result, SessionView };

export interface EngineClient {
  kinds(): Promise<KindInfo[]>;
  open(scenario: unknown): Promise<Result<SessionView>>;
  advanceTo(id: number, tSec: number): Promise<Result<SessionView>>;
  dispatch(id: number, command: Omit<Command, 'at'>): Promise<Result<SessionView>>;
  snapshot(id: number): Promise<Result<SessionView>>;
  series(id: number): Promise<SeriesBundle>;
  close(id: number): Promise<void>;
}
