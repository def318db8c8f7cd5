/**
 * A page bitmap: one bit per guest page in a Uint32Array, as KVM's dirty log and QEMU's
 * migration bitmap (`RAMBlock.bmap`) are. Scans go a 32-bit word at a time and skip empty words,
 * so a mostly-clean 64 GiB bitmap (16 Mi pages, 2 MiB of words) is walked in microseconds.
 *
 * Units: page indices (0 .. pages−1). Counts are kept incrementally so `count` is O(1).
 */
export interface PageBitmap {
  readonly pages: number;
  readonly words: Uint32Array;
  /** Number of set bits. */
  readonly count: number;
  /** Sets a bit; returns true when it was clear (a newly dirtied page). */
  set(page: number): boolean;
  has(page: number): boolean;
  clear(page: number): boolean;
  setAll(): void;
  clearAll(): void;
  /** this |= other; returns how many bits were newly set. */
  orFrom(other: PageBitmap): number;
  /**
   * Clears up to `limit` set bits in address order starting at `cursor` (wrapping once), like
   * `ram_save_iterate` walking the bitmap; returns the pages taken and where to resume.
   */
  takeFrom(cursor: number, limit: number): { taken: number; cursor: number };
  /**
   * Sets `n` pages drawn uniformly from [offset, offset + span) by a mulberry32 sequence started
   * at `seed` (the hot loop of page-mode dirtying, kept next to the words it writes); returns
   * how many were newly set.
   */
  setUniform(n: number, offset: number, span: number, seed: number): number;
  /** Set bits in [from, to), for the sampled memory map. */
  countRange(from: number, to: number): number;
}

/** Population count of a 32-bit word (Hacker's Delight, fig. 5-2). */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Set bits of [from, to), a word at a time where aligned. */
function countBits(words: Uint32Array, from: number, to: number): number {
  let n = 0;
  let p = from;
  for (; p < to && (p & 31) !== 0; p++) if ((words[p >>> 5]! & (1 << (p & 31))) !== 0) n++;
  for (; p + 32 <= to; p += 32) n += popcount32(words[p >>> 5]!);
  for (; p < to; p++) if ((words[p >>> 5]! & (1 << (p & 31))) !== 0) n++;
  return n;
}

/** Clears up to `limit` set bits of [fromPage, toPage) in address order; `next` is just past the last one. */
function takeRange(words: Uint32Array, fromPage: number, toPage: number, limit: number): { taken: number; next: number } {
  let taken = 0;
  let w = fromPage >>> 5;
  let mask = (0xffffffff << (fromPage & 31)) >>> 0;
  const lastWord = (toPage - 1) >>> 5;
  for (; w <= lastWord && taken < limit; w++, mask = 0xffffffff) {
    let bits = words[w]! & mask;
    if (w === lastWord && (toPage & 31) !== 0) bits &= (1 << (toPage & 31)) - 1;
    if (bits === 0) continue;
    const n = popcount32(bits);
    if (taken + n <= limit) {
      words[w] = (words[w]! & ~bits) >>> 0;
      taken += n;
      if (taken === limit) return { taken, next: (w << 5) + 32 - Math.clz32(bits) };
      continue;
    }
    while (taken < limit) {
      const low = bits & -bits;
      words[w] = (words[w]! & ~low) >>> 0;
      bits = (bits & ~low) >>> 0;
      taken++;
      if (taken === limit) return { taken, next: (w << 5) + 31 - Math.clz32(low) + 1 };
    }
  }
  return { taken, next: Math.min(toPage, w << 5) };
}

/** dst |= src, word by word; returns how many bits were newly set. */
function orWords(dst: Uint32Array, src: Uint32Array): number {
  let added = 0;
  for (let w = 0; w < dst.length; w++) {
    const s = src[w]!;
    if (s === 0) continue;
    const fresh = s & ~dst[w]!;
    if (fresh !== 0) {
      added += popcount32(fresh);
      dst[w] = (dst[w]! | s) >>> 0;
    }
  }
  return added;
}

/** The uniform dirtying loop: mulberry32 (Tommy Ettinger, public domain) positions, OR'd into the words. */
function setUniformBits(words: Uint32Array, n: number, offset: number, span: number, seed: number): number {
  let state = seed | 0;
  let fresh = 0;
  for (let k = 0; k < n; k++) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const page = offset + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * span);
    const w = page >>> 5;
    const bit = 1 << (page & 31);
    const old = words[w]!;
    if ((old & bit) === 0) {
      words[w] = old | bit;
      fresh++;
    }
  }
  return fresh;
}

/** takeRange from the cursor to the end, then once from 0 up to the cursor. */
function takeWrapping(words: Uint32Array, pages: number, cursor: number, limit: number): { taken: number; cursor: number } {
  const first = takeRange(words, cursor, pages, limit);
  let taken = first.taken;
  let next = first.next;
  if (taken < limit && cursor > 0) {
    const second = takeRange(words, 0, cursor, limit - taken);
    taken += second.taken;
    next = second.next;
  }
  return { taken, cursor: next >= pages ? 0 : next };
}

export function createPageBitmap(pages: number): PageBitmap {
  const words = new Uint32Array(Math.ceil(pages / 32));
  const tailBits = pages % 32;
  const tailMask = tailBits === 0 ? 0xffffffff : (1 << tailBits) - 1;
  let count = 0;

  const bitmap: PageBitmap = {
    pages,
    words,
    get count() {
      return count;
    },
    set(page) {
      const w = page >>> 5;
      const bit = 1 << (page & 31);
      const old = words[w]!;
      if ((old & bit) !== 0) return false;
      words[w] = old | bit;
      count++;
      return true;
    },
    has: (page) => (words[page >>> 5]! & (1 << (page & 31))) !== 0,
    clear(page) {
      const w = page >>> 5;
      const bit = 1 << (page & 31);
      if ((words[w]! & bit) === 0) return false;
      words[w] = (words[w]! & ~bit) >>> 0;
      count--;
      return true;
    },
    setAll() {
      words.fill(0xffffffff);
      if (words.length > 0) words[words.length - 1] = tailMask >>> 0;
      count = pages;
    },
    clearAll() {
      words.fill(0);
      count = 0;
    },
    orFrom(other) {
      const added = orWords(words, other.words);
      count += added;
      return added;
    },
    takeFrom(cursor, limit) {
      if (limit <= 0 || count === 0) return { taken: 0, cursor };
      const out = takeWrapping(words, pages, cursor, limit);
      count -= out.taken;
      return out;
    },
    countRange: (from, to) => countBits(words, from, to),
    setUniform(n, offset, span, seed) {
      const fresh = setUniformBits(words, n, offset, span, seed);
      count += fresh;
      return fresh;
    },
  };
  return bitmap;
}
