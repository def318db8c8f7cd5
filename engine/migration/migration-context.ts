/**
 * What every step function of the migration model receives: the config, the plain state, the
 * page memory (page mode) or fluid round (fluid mode), the workload rng and a scheduler for the
 * model's plain-data events. Times are exact seconds in the state; the queue rounds them to µs.
 */
import type { Rng } from '../core/rng';
import type { MigrationState } from './migration-state';
import type { PageMemory } from './page-memory';
import type { MigrationConfig } from './params';

export type MigrationEvent =
  | { type: 'tick' }
  | { type: 'sample' }
  | { type: 'fluidRoundEnd' }
  | { type: 'resumed' }
  | { type: 'postcopyDone' };

export interface FluidRound {
  /** Memory bytes this round sends. */
  bytes: number;
  wireBytes: number;
  startSec: number;
  endSec: number;
  /** Bytes dirtied before this round (carried from the last sync). */
  speed: number;
}

export interface MigrationCtx {
  c: MigrationConfig;
  s: MigrationState;
  m: PageMemory | null;
  fluid: FluidRound | null;
  rng: Rng;
  schedule(tSec: number, event: MigrationEvent): void;
}

export const ZERO_PAGE_WIRE_BYTES = 9; // 8-byte page header + 1 byte (save_zero_page_to_file)
