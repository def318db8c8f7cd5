/**
 * Redundancy of power and cooling plant: N, N+1, 2N and 2N+1, and the availability they give when
 * each unit is up with probability a (independent failures). N units are needed to carry the load.
 *  - N: all N units must be up: a^N.
 *  - N+1: at least N of N+1 up (k-of-n; engine/availability/analytic.ts atLeastK).
 *  - 2N: two independent systems of N; either suffices: 1 − (1 − a^N)².
 *  - 2N+1: Simplification: read as a 2N plant whose first system also has a spare unit:
 *    1 − (1 − P[≥N of N+1]) · (1 − a^N).
 * Sources: Uptime Institute "Tier Standard: Topology" (N / N+1 / 2N component redundancy for tiers
 * I–IV); Trivedi (2002) §8.4–8.5 for series/parallel/k-of-n composition. The tier percentages are
 * engine/availability/tiers.ts.
 */
import { atLeastK } from '../availability/analytic';

export type RedundancyScheme = 'N' | 'N+1' | '2N' | '2N+1';
export const REDUNDANCY_SCHEMES: readonly RedundancyScheme[] = ['N', 'N+1', '2N', '2N+1'];

export function unitsInstalled(scheme: RedundancyScheme, n: number): number {
  return scheme === 'N' ? n : scheme === 'N+1' ? n + 1 : scheme === '2N' ? 2 * n : 2 * n + 1;
}

export function redundancyAvailability(scheme: RedundancyScheme, n: number, unitAvailability: number): number {
  const a = unitAvailability;
  const allN = a ** n;
  const nPlusOne = atLeastK(Array.from({ length: n + 1 }, () => a), n);
  switch (scheme) {
    case 'N': return allN;
    case 'N+1': return nPlusOne;
    case '2N': return 1 - (1 - allN) ** 2;
    case '2N+1': return 1 - (1 - nPlusOne) * (1 - allN);
  }
}

/** How many unit failures the plant always survives. */
export function failuresTolerated(scheme: RedundancyScheme, n: number): number {
  return scheme === 'N' ? 0 : scheme === 'N+1' ? 1 : scheme === '2N' ? n : n + 1;
}
