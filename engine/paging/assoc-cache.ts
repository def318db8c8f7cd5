/**
 * A set-associative cache with LRU replacement over typed arrays: the building block of TLBs,
 * paging-structure caches and the nested TLB. Keys are page numbers (or address prefixes, ≤ 2^45),
 * tags are address-space identifiers (PCID, VPID/ASID, EPTP — 0 when untagged). An entry marked
 * global (the G bit) matches any tag and survives non-global flushes, as SDM §4.10.2.4 specifies.
 * No allocation per lookup: payloads live in parallel arrays, read through the returned slot.
 * Exact LRU, kept as a recency list per set rather than timestamps: a hit moves its slot to the
 * head, a fill takes the tail (invalid slots gather there), so no fill scans the set for its oldest
 * way. Which physical slot holds an entry is not observable; the eviction order is exactly LRU.
 * A class, so every cache shares one `lookup`/`insert` on the prototype: call sites stay monomorphic
 * however many MMUs a comparison creates (per-instance closures made them polymorphic and slower).
 */
export const FLAG_GLOBAL = 1 << 7;

export class AssocCache {
  readonly entries: number;
  readonly ways: number;
  /** Key per slot; −1 marks an invalid slot, so a lookup compares keys without reading `valid`. */
  readonly keys: Float64Array;
  readonly tags: Int32Array;
  readonly valid: Uint8Array;
  /** Payloads, read through the slot a lookup returns. */
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly flags: Uint8Array;
  private readonly sets: number;
  /** sets − 1 when the set count is a power of two (ToInt32 keeps the key's low 32 bits, so & is mod), else −1. */
  private readonly mask: number;
  /** Recency: each set's slots form a circular doubly-linked list, most recent at head[set]; invalid slots sit at the tail. */
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly head: Int32Array;
  private readonly setOfSlot: Int32Array;

  constructor(entries: number, ways: number) {
    const w = Math.max(1, Math.min(ways, entries));
    const sets = Math.max(1, Math.floor(entries / w));
    const n = sets * w;
    this.entries = n; this.ways = w; this.sets = sets;
    this.mask = (sets & (sets - 1)) === 0 ? sets - 1 : -1;
    this.keys = new Float64Array(n).fill(-1); this.tags = new Int32Array(n); this.valid = new Uint8Array(n);
    this.a = new Float64Array(n); this.b = new Float64Array(n); this.flags = new Uint8Array(n);
    this.next = new Int32Array(n); this.prev = new Int32Array(n); this.head = new Int32Array(sets); this.setOfSlot = new Int32Array(n);
    for (let set = 0; set < sets; set++) {
      this.head[set] = set * w;
      for (let i = 0; i < w; i++) {
        const s = set * w + i;
        this.next[s] = set * w + ((i + 1) % w); this.prev[s] = set * w + ((i + w - 1) % w); this.setOfSlot[s] = set;
      }
    }
  }

  /** Slot of a matching valid entry (made the most recent of its set), or −1. */
  lookup(key: number, tag: number): number {
    const keys = this.keys, base = this.setOf(key) * this.ways, end = base + this.ways;
    for (let s = base; s < end; s++) {
      if (keys[s] === key && (this.tags[s] === tag || (this.flags[s]! & FLAG_GLOBAL) !== 0)) {
        this.touch(s);
        return s;
      }
    }
    return -1;
  }

  /** Fills (key, tag): over the same entry if present, else over the set's least recent (or an invalid) slot; returns the slot. */
  insert(key: number, tag: number, va: number, vb: number, f: number): number {
    const set = this.setOf(key), base = set * this.ways, end = base + this.ways, keys = this.keys;
    let victim = this.prev[this.head[set]!]!;
    for (let s = base; s < end; s++) {
      if (keys[s] === key && this.tags[s] === tag) { victim = s; break; }
    }
    keys[victim] = key; this.tags[victim] = tag; this.a[victim] = va; this.b[victim] = vb; this.flags[victim] = f;
    this.valid[victim] = 1;
    this.touch(victim);
    return victim;
  }

  /** Invalidates the valid entries matching the predicate; returns how many. */
  invalidate(match: (slot: number) => boolean): number {
    let removed = 0;
    for (let s = 0; s < this.entries; s++) {
      if (this.valid[s] === 1 && match(s)) {
        this.valid[s] = 0; this.keys[s] = -1; removed++;
        this.touch(s); this.head[this.setOfSlot[s]!] = this.next[s]!; // now the least recent: invalid slots gather at the tail
      }
    }
    return removed;
  }

  count(): number {
    return this.valid.reduce((c, v) => c + v, 0);
  }

  private setOf(key: number): number {
    return this.mask >= 0 ? key & this.mask : key % this.sets;
  }

  /** Makes s the most recent of its set (a tail slot just rotates the ring). */
  private touch(s: number): void {
    const set = this.setOfSlot[s]!, h = this.head[set]!, next = this.next, prev = this.prev;
    if (h === s) return;
    if (prev[h] !== s) {
      const p = prev[s]!, x = next[s]!;
      next[p] = x; prev[x] = p;
      const t = prev[h]!;
      next[t] = s; prev[s] = t; next[s] = h; prev[h] = s;
    }
    this.head[set] = s;
  }
}

export function createAssocCache(entries: number, ways: number): AssocCache {
  return new AssocCache(entries, ways);
}
