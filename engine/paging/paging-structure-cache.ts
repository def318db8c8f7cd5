/**
 * Paging-structure caches (Intel SDM Vol. 3A §4.10.3; Bhargava et al. ASPLOS'08 call them the page
 * walk cache): per level, the non-leaf entries a walk used, keyed by the address prefix that selects
 * them. A hit at level L lets the next walk start at level L−1 with the cached table address and
 * the rights accumulated so far. In a nested walk the cached value also holds the host-physical
 * address of the next guest table (the SDM's "combined" caches), so the host walks above are skipped.
 * Simplification: fully associative LRU per level, sized by `entries` (real parts: 2–32 per level).
 */
import { createAssocCache, type AssocCache } from './assoc-cache';
import { LEVEL_DIV } from './linear-address';

export interface PagingStructureCache {
  /** byLevel[L] caches level-L entries (L = 2 … 5); index 0 and 1 are unused. */
  readonly byLevel: ReadonlyArray<AssocCache | null>;
  hits: number;
  lookups: number;
}

export function createPagingStructureCache(entriesPerLevel: number): PagingStructureCache {
  const byLevel: Array<AssocCache | null> = [null, null];
  for (let level = 2; level <= 5; level++) byLevel.push(createAssocCache(entriesPerLevel, entriesPerLevel));
  return { byLevel, hits: 0, lookups: 0 };
}

export const pscKey = (vpn: number, level: number): number => Math.floor(vpn / LEVEL_DIV[level]!);

export function flushPsc(psc: PagingStructureCache, match: (cache: AssocCache, slot: number) => boolean = () => true): void {
  for (const cache of psc.byLevel) if (cache) cache.invalidate((slot) => match(cache, slot));
}

/** Rights packed in flags: bit 0 R/W, bit 1 U/S, bit 2 XD. */
export const packRights = (rw: boolean, us: boolean, xd: boolean): number => (rw ? 1 : 0) | (us ? 2 : 0) | (xd ? 4 : 0);
