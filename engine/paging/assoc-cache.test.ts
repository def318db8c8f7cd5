/**
 * The set-associative cache against the textbook definition of LRU: a reference model that stamps
 * every use and evicts the smallest stamp in the set. fast-check drives both with the same random
 * fills, lookups, invalidations and global entries; every lookup must agree on hit/miss and payload.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_GLOBAL, createAssocCache } from './assoc-cache';

interface RefEntry { key: number; tag: number; a: number; flags: number; stamp: number }

/** The definition: per set, an unordered bag of ≤ ways entries with last-use stamps. */
function referenceCache(entries: number, ways: number) {
  const w = Math.max(1, Math.min(ways, entries)), sets = Math.max(1, Math.floor(entries / w));
  const bags: RefEntry[][] = Array.from({ length: sets }, () => []);
  let clock = 0;
  const bag = (key: number) => bags[key % sets]!;
  return {
    lookup(key: number, tag: number): RefEntry | undefined {
      const e = bag(key).find((x) => x.key === key && x.tag === tag) ?? bag(key).find((x) => x.key === key && (x.flags & FLAG_GLOBAL) !== 0);
      if (e) e.stamp = ++clock;
      return e;
    },
    insert(key: number, tag: number, a: number, flags: number): void {
      const b = bag(key);
      let e = b.find((x) => x.key === key && x.tag === tag);
      if (!e && b.length === w) { e = b.reduce((m, x) => (x.stamp < m.stamp ? x : m)); }
      if (!e) { e = { key, tag, a, flags, stamp: 0 }; b.push(e); }
      Object.assign(e, { key, tag, a, flags, stamp: ++clock });
    },
    invalidateOdd(): number {
      let n = 0;
      for (const b of bags) for (let i = b.length - 1; i >= 0; i--) if (b[i]!.key % 2 === 1) { b.splice(i, 1); n++; }
      return n;
    },
    count: () => bags.reduce((n, b) => n + b.length, 0),
  };
}

const op = fc.oneof(
  fc.record({ do: fc.constant('lookup' as const), key: fc.oneof(fc.nat(40), fc.integer({ min: 100, max: 140 })), tag: fc.nat(2) }),
  fc.record({ do: fc.constant('insert' as const), key: fc.nat(40), tag: fc.nat(2), global: fc.boolean() }),
  fc.record({ do: fc.constant('invalidateOdd' as const) }),
);

describe('AssocCache', () => {
  it('behaves exactly like a stamp-and-evict-the-oldest LRU, set by set', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 300 }), (entries, ways, ops) => {
      const cache = createAssocCache(entries, ways), ref = referenceCache(entries, ways);
      ops.forEach((o, i) => {
        if (o.do === 'lookup') {
          const s = cache.lookup(o.key, o.tag), e = ref.lookup(o.key, o.tag);
          expect(s >= 0 ? cache.a[s] : undefined).toBe(e?.a);
        } else if (o.do === 'insert') {
          // Globals are keyed 100+ so no key is cached both global and per-tag (the SDM leaves that case open).
          const key = o.global ? 100 + o.key : o.key;
          cache.insert(key, o.tag, i, 0, o.global ? FLAG_GLOBAL : 0);
          ref.insert(key, o.tag, i, o.global ? FLAG_GLOBAL : 0);
        } else {
          expect(cache.invalidate((s) => cache.keys[s]! % 2 === 1)).toBe(ref.invalidateOdd());
        }
        expect(cache.count()).toBe(ref.count());
      });
    }), { numRuns: 300 });
  });

  it('a global entry answers every tag until it is invalidated', () => {
    const c = createAssocCache(8, 2);
    c.insert(105, 1, 42, 0, FLAG_GLOBAL);
    expect(c.a[c.lookup(105, 7)]).toBe(42);
    expect(c.invalidate((s) => (c.flags[s]! & FLAG_GLOBAL) === 0)).toBe(0);
    expect(c.invalidate(() => true)).toBe(1);
    expect(c.lookup(105, 7)).toBe(-1);
  });
});
