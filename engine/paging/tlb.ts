/**
 * A two-level TLB: L1 arrays per page size (4 KiB, 2 MiB, 1 GiB) and a unified L2 for 4 KiB (and
 * optionally 2 MiB) pages, each set-associative with LRU. Entries are tagged with the address-space
 * id (PCID, and VPID/ASID for guests) when `tagged`; otherwise the tag is 0 and the owner flushes on
 * every CR3 write or VM switch (refs §A3, §A5). A TLB entry caches the rights the walk computed
 * (R/W, U/S, XD, D, G). Defaults follow Intel Skylake's data TLBs (64×4-way 4K, 32×4-way 2M,
 * 4 1G; STLB 1536×12-way 4K+2M) [Intel Optimization Reference Manual, unverified].
 * Simplification: misses fill both levels; no separate instruction TLB.
 */
import { createAssocCache, FLAG_GLOBAL, type AssocCache } from './assoc-cache';
import type { WalkOut } from './walk-types';

export interface TlbArrayConfig { entries: number; ways: number }
export interface TlbConfig {
  enabled: boolean;
  tagged: boolean;
  l1: { '4K': TlbArrayConfig; '2M': TlbArrayConfig; '1G': TlbArrayConfig };
  l2: TlbArrayConfig & { hugePages: boolean };
}

export const DEFAULT_TLB: TlbConfig = {
  enabled: true,
  tagged: true,
  l1: { '4K': { entries: 64, ways: 4 }, '2M': { entries: 32, ways: 4 }, '1G': { entries: 4, ways: 4 } },
  l2: { entries: 1536, ways: 12, hugePages: true },
};

/** Flags cached per entry. */
export const T_RW = 1, T_US = 2, T_XD = 4, T_DIRTY = 8;

/** TLB flags from a completed walk. */
export const tlbFlagsOf = (w: WalkOut): number =>
  (w.rw ? T_RW : 0) | (w.us ? T_US : 0) | (w.xd ? T_XD : 0) | (w.dirty ? T_DIRTY : 0) | (w.global ? FLAG_GLOBAL : 0);

const SHIFT_DIV = [0, 1, 512, 262144];
const L2_HUGE_OFFSET = 2 ** 46;

export interface Tlb {
  readonly config: TlbConfig;
  /** 1 = L1 hit, 2 = L2 hit, 0 = miss; on a hit `hitFrame`, `hitLevel` (page size) and `hitFlags` are set. */
  lookup(vpn: number, tag: number): number;
  hitFrame: number;
  hitLevel: number;
  hitFlags: number;
  insert(vpn: number, tag: number, leafLevel: number, frame: number, flags: number): void;
  /** Drops the entries for one page (INVLPG / INVPCID single address): non-global of `tag`, and global ones. */
  invalidatePage(vpn: number, tag: number): number;
  /** Drops all non-global entries (of one tag, or all tags when tag < 0). */
  flushNonGlobal(tag: number): number;
  flushAll(): number;
  count(): number;
}

const l2Key = (vpn: number, level: number): number => (level === 1 ? vpn : Math.floor(vpn / 512) + L2_HUGE_OFFSET);

/** INVLPG semantics: the page's entries of this tag, and global ones, at every page size and level. */
function invalidatePage(l1: AssocCache[], l2: AssocCache, vpn: number, tag: number): number {
  const matches = (c: AssocCache, key: number) => (s: number) => c.keys[s] === key && (c.tags[s] === tag || (c.flags[s]! & FLAG_GLOBAL) !== 0);
  let n = 0;
  for (let level = 1; level <= 3; level++) {
    n += l1[level]!.invalidate(matches(l1[level]!, Math.floor(vpn / SHIFT_DIV[level]!)));
    if (level <= 2) n += l2.invalidate(matches(l2, l2Key(vpn, level)));
  }
  return n;
}

/** A class, so every TLB shares one `lookup`/`insert` on the prototype (see assoc-cache.ts). */
class TwoLevelTlb implements Tlb {
  hitFrame = 0;
  hitLevel = 1;
  hitFlags = 0;
  /** l1[level] caches pages of that size (index 0 unused). */
  private readonly l1: AssocCache[];
  private readonly l1k: AssocCache;
  private readonly l2: AssocCache;
  private readonly all: AssocCache[];
  /** Large-page arrays are probed only once a large page has been cached (saves two probes per access). */
  private hasLarge = false;

  constructor(readonly config: TlbConfig) {
    this.l1 = [createAssocCache(1, 1), ...(['4K', '2M', '1G'] as const).map((k) => createAssocCache(config.l1[k].entries, config.l1[k].ways))];
    this.l1k = this.l1[1]!;
    this.l2 = createAssocCache(config.l2.entries, config.l2.ways);
    this.all = [this.l1[1]!, this.l1[2]!, this.l1[3]!, this.l2];
  }

  lookup(vpn: number, tag: number): number {
    const l1k = this.l1k, l2 = this.l2;
    const s1 = l1k.lookup(vpn, tag);
    if (s1 >= 0) return this.hit(l1k, s1, 1, 1);
    if (!this.hasLarge) {
      // Fast path while only 4 KiB pages are cached: the L2 key is the vpn itself.
      const s2 = l2.lookup(vpn, tag);
      if (s2 < 0) return 0;
      this.hit(l2, s2, 1, 2);
      l1k.insert(vpn, tag, this.hitFrame, 0, this.hitFlags);
      return 2;
    }
    return this.lookupLarge(vpn, tag);
  }

  private lookupLarge(vpn: number, tag: number): number {
    for (let level = 2; level <= 3; level++) {
      const c = this.l1[level]!;
      const s = c.lookup(Math.floor(vpn / SHIFT_DIV[level]!), tag);
      if (s >= 0) return this.hit(c, s, level, 1);
    }
    for (let level = 1; level <= (this.config.l2.hugePages ? 2 : 1); level++) {
      const s = this.l2.lookup(l2Key(vpn, level), tag);
      if (s >= 0) {
        this.hit(this.l2, s, level, 2);
        this.l1[level]!.insert(Math.floor(vpn / SHIFT_DIV[level]!), tag, this.hitFrame, 0, this.hitFlags);
        return 2;
      }
    }
    return 0;
  }

  insert(vpn: number, tag: number, leafLevel: number, frame: number, flags: number): void {
    if (leafLevel > 1) this.hasLarge = true;
    this.l1[leafLevel]!.insert(Math.floor(vpn / SHIFT_DIV[leafLevel]!), tag, frame, 0, flags);
    if (leafLevel === 1 || (leafLevel === 2 && this.config.l2.hugePages)) this.l2.insert(l2Key(vpn, leafLevel), tag, frame, 0, flags);
  }

  invalidatePage(vpn: number, tag: number): number {
    return invalidatePage(this.l1, this.l2, vpn, tag);
  }

  flushNonGlobal(tag: number): number {
    return this.all.reduce((n, c) => n + c.invalidate((s) => (c.flags[s]! & FLAG_GLOBAL) === 0 && (tag < 0 || c.tags[s] === tag)), 0);
  }

  flushAll(): number {
    return this.all.reduce((n, c) => n + c.invalidate(() => true), 0);
  }

  count(): number {
    return this.all.reduce((sum, c) => sum + c.count(), 0);
  }

  private hit(c: AssocCache, s: number, level: number, result: number): number {
    this.hitFrame = c.a[s]!;
    this.hitLevel = level;
    this.hitFlags = c.flags[s]!;
    return result;
  }
}

export function createTlb(config: TlbConfig): Tlb {
  return new TwoLevelTlb(config);
}
