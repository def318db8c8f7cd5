/**
 * When pre-copy stops iterating, after each dirty-bitmap sync.
 *
 * - QEMU (migration/migration.c, `migration_iteration_run`): switch over when the pending bytes
 *   are below threshold = measured bandwidth × downtime-limit; otherwise switch to post-copy if
 *   it was requested. QEMU has no round cap or byte cap: `maxRounds`/`byteCapFactor` add them.
 * - Xen (tools/libxc/xc_domain_save.c): the last iteration starts when fewer than 50 pages went
 *   in this round, the round sent more than the previous one, 29 iterations ran
 *   (DEF_MAX_ITERS), or more than 3× memory was sent (DEF_MAX_FACTOR).
 *   // Simplification: Xen's "and the rate is at its maximum" half of the growing-round rule is
 *   // taken as always true, because the adaptive rate limiter (100→500 Mbit/s) is not modelled.
 * Pure functions of plain facts, so fluid and page modes share them.
 */
import type { MigrationConfig } from './params';
import type { StopReason } from './migration-state';

export interface SyncFacts {
  pendingBytes: number;
  thresholdBytes: number;
  /** Live rounds completed, including the one that just ended. */
  liveRounds: number;
  roundPages: number;
  roundBytes: number;
  previousRoundBytes: number;
  totalSentBytes: number;
  memoryBytes: number;
  postcopyWanted: boolean;
}

export const XEN_MIN_PAGES = 50;

function caps(c: MigrationConfig, f: SyncFacts): StopReason | null {
  if (c.maxRounds > 0 && f.liveRounds >= c.maxRounds) return 'max-rounds';
  if (c.byteCapFactor > 0 && f.totalSentBytes > c.byteCapFactor * f.memoryBytes) return 'max-total';
  return null;
}

export function decideAfterSync(c: MigrationConfig, f: SyncFacts): StopReason | null {
  if (c.stopRule === 'qemu') {
    if (f.pendingBytes < f.thresholdBytes) return 'below-threshold';
    if (f.postcopyWanted) return 'switched-to-post-copy';
    return caps(c, f);
  }
  if (f.roundPages < XEN_MIN_PAGES) return 'below-threshold';
  if (f.postcopyWanted) return 'switched-to-post-copy';
  if (f.liveRounds >= 2 && f.roundBytes > f.previousRoundBytes) return 'not-shrinking';
  return caps(c, f);
}
