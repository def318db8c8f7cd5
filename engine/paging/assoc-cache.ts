/**
 * A set-associative cache with LRU replacement over typed arrays: the building block of TLBs,
 * paging-structure caches and the nested TLB. Keys are page numbers (or address prefixes, ≤ 2^45),
 * tags are address-space identifiers (PCID, VPID/ASID, EPTP — 0 when untagged). An entry marked
 * global (the G bit) matches any tag and survives non-global flushes, as SDM §4.10.2.4 specifies.
 * No allocation per lookup: payloads live in parallel arrays, read through the returned slot.
 * Exact LRU, kept as a recency list per set rather than timestamps: a hit moves its slot to the
 * head, a fill takes the tail (invalid slots gather there), so no fill scans the set for its oldest
 * way. Which physical slot holds an entry is not observable; the eviction order is exactly LRU.
 */
export const FLAG_GLOBAL = 1 << 7;

export interface AssocCache {
  readonly entries: number;
  readonly ways: number;
  /** Slot of a matching valid entry (and refreshes its LRU stamp), or −1. */
  lookup(key: number, tag: number): number;
  /** Inserts (replacing the LRU way of the set) and returns the slot. */
  insert(key: number, tag: number, a: number, b: number, flags: number): number;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly flags: Uint8Array;
  readonly keys: Float64Array;
  readonly tags: Int32Array;
  readonly valid: Uint8Array;
  /** Invalidates entries matching the predicate; returns how many. */
  invalidate(match: (slot: number) => boolean): number;
  count(): number;
}

/**
 * Recency: each set's slots form a circular doubly-linked list, most recent at head[set]; invalid
 * slots are kept at the tail, so a fill always takes the tail — O(1), no scan for the oldest.
 */
function recencyLists(sets: number, w: number): { next: Int32Array; prev: Int32Array; head: Int32Array; setOfSlot: Int32Array } {
  const n = sets * w;
  const next = new Int32Array(n), prev = new Int32Array(n), head = new Int32Array(sets), setOfSlot = new Int32Array(n);
  for (let set = 0; set < sets; set++) {
    head[set] = set * w;
    for (let i = 0; i < w; i++) {
      const s = set * w + i;
      next[s] = set * w + ((i + 1) % w); prev[s] = set * w + ((i + w - 1) % w); setOfSlot[s] = set;
    }
  }
  return { next, prev, head, setOfSlot };
}

export function createAssocCache(entries: number, ways: number): AssocCache {
  const w = Math.max(1, Math.min(ways, entries));
  const sets = Math.max(1, Math.floor(entries / w));
  const n = sets * w;
  // Keys are ≥ 0; an invalid slot holds −1, so a lookup compares keys without reading `valid`.
  const keys = new Float64Array(n).fill(-1), tags = new Int32Array(n), valid = new Uint8Array(n);
  const a = new Float64Array(n), b = new Float64Array(n), flags = new Uint8Array(n);
  const { next, prev, head, setOfSlot } = recencyLists(sets, w);
  // Power-of-two set counts index with a mask: ToInt32 keeps the key's low 32 bits, so & is mod.
  const mask = (sets & (sets - 1)) === 0 ? sets - 1 : -1;
  const setOf = (key: number): number => (mask >= 0 ? key & mask : key % sets);

  /** Makes s the most recent of its set (a tail slot just rotates the ring). */
  const touch = (s: number): void => {
    const set = setOfSlot[s]!, h = head[set]!;
    if (h === s) return;
    if (prev[h] !== s) {
      const p = prev[s]!, x = next[s]!;
      next[p] = x; prev[x] = p;
      const t = prev[h]!;
      next[t] = s; prev[s] = t; next[s] = h; prev[h] = s;
    }
    head[set] = s;
  };

  const lookup = (key: number, tag: number): number => {
    const base = setOf(key) * w, end = base + w;
    for (let s = base; s < end; s++) {
      if (keys[s] === key && (tags[s] === tag || (flags[s]! & FLAG_GLOBAL) !== 0)) {
        touch(s);
        return s;
      }
    }
    return -1;
  };

  const insert = (key: number, tag: number, va: number, vb: number, f: number): number => {
    const set = setOf(key), base = set * w, end = base + w;
    let victim = prev[head[set]!]!; // the least recent slot (an invalid one if the set has any)
    for (let s = base; s < end; s++) {
      if (keys[s] === key && tags[s] === tag) { victim = s; break; }
    }
    keys[victim] = key; tags[victim] = tag; a[victim] = va; b[victim] = vb; flags[victim] = f;
    valid[victim] = 1;
    touch(victim);
    return victim;
  };

  return {
    entries: n, ways: w, lookup, insert, a, b, flags, keys, tags, valid,
    invalidate(match) {
      let removed = 0;
      for (let s = 0; s < n; s++) {
        if (valid[s] === 1 && match(s)) {
          valid[s] = 0; keys[s] = -1; removed++;
          touch(s); head[setOfSlot[s]!] = next[s]!; // now the least recent: invalid slots gather at the tail
        }
      }
      return removed;
    },
    count: () => valid.reduce((c, v) => c + v, 0),
  };
}
