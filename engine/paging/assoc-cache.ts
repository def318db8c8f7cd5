/**
 * A set-associative cache with LRU replacement over typed arrays: the building block of TLBs,
 * paging-structure caches and the nested TLB. Keys are page numbers (or address prefixes, ≤ 2^45),
 * tags are address-space identifiers (PCID, VPID/ASID, EPTP — 0 when untagged). An entry marked
 * global (the G bit) matches any tag and survives non-global flushes, as SDM §4.10.2.4 specifies.
 * No allocation per lookup: payloads live in parallel arrays, read through the returned slot.
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

export function createAssocCache(entries: number, ways: number): AssocCache {
  const w = Math.max(1, Math.min(ways, entries));
  const sets = Math.max(1, Math.floor(entries / w));
  const n = sets * w;
  // Keys are ≥ 0; an invalid slot holds −1, so a lookup compares keys without reading `valid`.
  const keys = new Float64Array(n).fill(-1);
  const tags = new Int32Array(n);
  const stamps = new Float64Array(n);
  const valid = new Uint8Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const flags = new Uint8Array(n);
  let clock = 0;
  // Power-of-two set counts index with a mask: ToInt32 keeps the key's low 32 bits, so & is mod.
  const mask = (sets & (sets - 1)) === 0 ? sets - 1 : -1;
  const setOf = (key: number): number => (mask >= 0 ? key & mask : key % sets);

  const lookup = (key: number, tag: number): number => {
    const base = setOf(key) * w, end = base + w;
    for (let s = base; s < end; s++) {
      if (keys[s] === key && (tags[s] === tag || (flags[s]! & FLAG_GLOBAL) !== 0)) {
        stamps[s] = ++clock;
        return s;
      }
    }
    return -1;
  };

  const insert = (key: number, tag: number, va: number, vb: number, f: number): number => {
    const base = setOf(key) * w, end = base + w;
    let victim = base, oldest = stamps[base]!;
    for (let s = base; s < end; s++) {
      const k = keys[s]!;
      if (k < 0 || (k === key && tags[s] === tag)) { victim = s; break; }
      if (stamps[s]! < oldest) { victim = s; oldest = stamps[s]!; }
    }
    keys[victim] = key; tags[victim] = tag; a[victim] = va; b[victim] = vb; flags[victim] = f;
    valid[victim] = 1; stamps[victim] = ++clock;
    return victim;
  };

  return {
    entries: n, ways: w, lookup, insert, a, b, flags, keys, tags, valid,
    invalidate(match) {
      let removed = 0;
      for (let s = 0; s < n; s++) {
        if (valid[s] === 1 && match(s)) { valid[s] = 0; keys[s] = -1; removed++; }
      }
      return removed;
    },
    count() {
      let c = 0;
      for (let s = 0; s < n; s++) c += valid[s]!;
      return c;
    },
  };
}
