/**
 * Page-mode post-copy (Hines & Gopalan, VEE 2009; QEMU postcopy-ram): the VM runs at the
 * destination while `missing` pages are pushed in address order in the background. A guest
 * touch of a missing page is a network fault: the vCPU stalls a round trip plus one page at line
 * rate, and with pre-paging the `prepagePages` neighbours on each side travel with it. Every page
 * crosses the network exactly once; demand pages take link capacity from the background push.
 * // Simplification: the dirty model's writes stand for all guest touches (reads fault too in
 * // reality); an idle guest never faults.
 * Units: pages, bytes, seconds.
 */
import { writeRateAt } from './dirty-model';
import type { MigrationCtx } from './migration-context';
import { countSent } from './migration-state';
import { sendPages, touchPicker } from './page-memory';
import { postcopyRate } from './params';

export interface PostcopyCarry {
  /** Guest time already used past the end of the last slice (a stall that overran it). */
  debtSec: number;
  /** Demand bytes that did not fit in the last slices' link capacity (the push waits for them). */
  linkDebtBytes: number;
}

function fetchAround(ctx: MigrationCtx, page: number): number {
  const missing = ctx.m!.missing;
  let fetched = 0;
  for (let k = 1; k <= ctx.c.prepagePages; k++) {
    if (page + k < ctx.c.pages && missing.clear(page + k)) fetched++;
    if (page - k >= 0 && missing.clear(page - k)) fetched++;
  }
  return fetched;
}

/** Guest touches in one slice; returns the pages fetched on demand (faulted + pre-paged). */
function guestTouches(ctx: MigrationCtx, carry: PostcopyCarry, tSec: number, dtSec: number): number {
  const { c, s } = ctx;
  const rate = writeRateAt(c.dirty, tSec);
  if (rate <= 0) return 0;
  const stallSec = 2 * c.latencySec + c.pageSizeBytes / c.lineRateBytesPerSec;
  let used = carry.debtSec;
  let fetched = 0;
  const pick = touchPicker(ctx.m!, c.dirty, ctx.rng, tSec);
  while (used < dtSec) {
    used += 1 / rate;
    const page = pick();
    if (!ctx.m!.missing.clear(page)) continue;
    s.faults++;
    s.faultStallSec += stallSec;
    used += stallSec;
    fetched += 1 + fetchAround(ctx, page);
  }
  carry.debtSec = used - dtSec;
  return fetched;
}

/** One post-copy slice; returns true when the last page has arrived. */
export function postcopySlice(ctx: MigrationCtx, carry: PostcopyCarry, tSec: number, dtSec: number): boolean {
  const { c, s } = ctx;
  const m = ctx.m!;
  const demand = m.missing.count > 0 ? guestTouches(ctx, carry, tSec, dtSec) : 0;
  countSent(s, demand, demand * c.pageSizeBytes);
  const budget = postcopyRate(c) * dtSec - demand * c.pageSizeBytes - carry.linkDebtBytes;
  carry.linkDebtBytes = Math.max(0, -budget);
  const pushed = budget > 0 ? sendPages(m, m.missing, budget, c.pageSizeBytes) : 0;
  countSent(s, pushed, pushed * c.pageSizeBytes);
  return m.missing.count === 0;
}
