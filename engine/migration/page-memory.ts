/**
 * Guest memory as pages with the two bitmaps QEMU keeps: `log` (KVM's dirty log: pages written
 * since the last sync) and `toSend` (the migration bitmap: pages still to send this pass). A sync
 * ORs the log into toSend and clears it (`migration_bitmap_sync`); sending walks toSend in
 * address order from a cursor (`ram_save_iterate`). During post-copy `missing` holds the pages
 * the destination does not have yet.
 *
 * Writes are counted per stream with a fractional carry, so a rate of 0.5 pages per slice writes
 * one page every other slice; positions come from the seeded rng. Units: pages, bytes, seconds.
 */
import type { Rng } from '../core/rng';
import { createPageBitmap, type PageBitmap } from './bitmap';
import { streamsAt, type DirtySpec, type WriteStream } from './dirty-model';
import type { MigrationConfig } from './params';
import { createPagePicker, type PagePicker } from './write-picker';

export interface PageMemory {
  toSend: PageBitmap;
  log: PageBitmap;
  missing: PageBitmap;
  cursor: number;
  /** Pages at and above this index start out all-zero (free memory at the top). */
  zeroStartPage: number;
  writeCarry: number[];
  sendCarryBytes: number;
  pickers: Map<WriteStream, PagePicker>;
}

export function createPageMemory(c: MigrationConfig): PageMemory {
  return {
    toSend: createPageBitmap(c.pages),
    log: createPageBitmap(c.pages),
    missing: createPageBitmap(c.pages),
    cursor: 0,
    zeroStartPage: Math.round(c.pages * (1 - c.zeroPageFraction)),
    writeCarry: [],
    sendCarryBytes: 0,
    pickers: new Map(),
  };
}

const pickerFor = (m: PageMemory, w: WriteStream): PagePicker => {
  let p = m.pickers.get(w);
  if (!p) m.pickers.set(w, (p = createPagePicker(w)));
  return p;
};

/**
 * Applies a slice of guest writes to `target`; returns how many pages became newly dirty. Each
 * stream writes floor(carry + rate·dt·speed) pages and keeps the fraction for the next slice.
 */
export function applyWrites(m: PageMemory, spec: DirtySpec, rng: Rng, tSec: number, dtSec: number, speed: number, target: PageBitmap): number {
  const streams = streamsAt(spec, tSec);
  let fresh = 0;
  for (let i = 0; i < streams.length; i++) {
    const w = streams[i]!;
    const exact = (m.writeCarry[i] ?? 0) + w.ratePagesPerSec * dtSec * speed;
    const n = Math.floor(exact);
    m.writeCarry[i] = exact - n;
    if (n > 0) fresh += pickerFor(m, w).pickInto(n, rng, target);
  }
  return fresh;
}

/** A picker of guest touches for one slice: a stream chosen by rate, then a page in it (post-copy). */
export function touchPicker(m: PageMemory, spec: DirtySpec, rng: Rng, tSec: number): () => number {
  const streams = streamsAt(spec, tSec);
  const pickers = streams.map((w) => pickerFor(m, w));
  const total = streams.reduce((s, w) => s + w.ratePagesPerSec, 0);
  return () => {
    let u = rng.next() * total;
    for (let i = 0; i < streams.length - 1; i++) {
      if (u < streams[i]!.ratePagesPerSec) return pickers[i]!.pick(rng);
      u -= streams[i]!.ratePagesPerSec;
    }
    return pickers[streams.length - 1]!.pick(rng);
  };
}

/** Sends whole pages from toSend for `budgetBytes` at `bytesPerPage`; returns pages sent. */
export function sendPages(m: PageMemory, from: PageBitmap, budgetBytes: number, bytesPerPage: number): number {
  const available = m.sendCarryBytes + budgetBytes;
  const want = Math.floor(available / bytesPerPage);
  const { taken, cursor } = from.takeFrom(m.cursor, want);
  m.cursor = cursor;
  // An idle link does not bank credit: the carry survives only while pages are waiting.
  m.sendCarryBytes = taken < want ? 0 : available - taken * bytesPerPage;
  return taken;
}

/** Marks every page to send at the start: zero pages apart when zero-page detection is on. */
export function markAllForSend(m: PageMemory, c: MigrationConfig): number {
  m.toSend.setAll();
  if (!c.zeroPageDetection) return 0;
  for (let p = m.zeroStartPage; p < c.pages; p++) m.toSend.clear(p);
  return c.pages - m.zeroStartPage;
}

/** QEMU's migration_bitmap_sync: toSend |= log; log = ∅. Returns the newly set pages. */
export function syncBitmap(m: PageMemory): number {
  const added = m.toSend.orFrom(m.log);
  m.log.clearAll();
  return added;
}
