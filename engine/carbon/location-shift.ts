/**
 * Location shifting under constraints: which regions a job may move to, and the best
 * (region, placement) by forecast. Constraints: a round-trip latency budget from the job's home
 * region and a data-residency set of jurisdictions (e.g. only "EU").
 * Latency: RTT ≈ great-circle distance / 100 km per ms — light in fibre covers ≈ 200 km per ms one
 * way (≈ 2/3 c), so 100 km per ms of round trip.
 * Simplification: straight-line fibre, no routing detours or queuing; egress energy for moving
 * data is not counted (CCF counts 0.001 kWh/GB, see ccf-footprint.ts).
 */
export interface PlacedRegion {
  id: string;
  latDeg: number;
  lonDeg: number;
  jurisdiction: string;
}

export interface LocationConstraints {
  enabled: boolean;
  maxLatencyMs?: number;
  residency?: string[];
}

const EARTH_RADIUS_KM = 6371;
const KM_PER_MS_RTT = 100;

export function distanceKm(a: PlacedRegion, b: PlacedRegion): number {
  const rad = Math.PI / 180;
  const dLat = (b.latDeg - a.latDeg) * rad;
  const dLon = (b.lonDeg - a.lonDeg) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latDeg * rad) * Math.cos(b.latDeg * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function rttMs(a: PlacedRegion, b: PlacedRegion): number {
  return distanceKm(a, b) / KM_PER_MS_RTT;
}

/** Regions a job from `home` may run in (home first; always allowed). */
export function allowedRegions(home: PlacedRegion, regions: readonly PlacedRegion[], c: LocationConstraints): PlacedRegion[] {
  if (!c.enabled) return [home];
  const others = regions.filter((r) => r.id !== home.id
    && (c.maxLatencyMs === undefined || rttMs(home, r) <= c.maxLatencyMs)
    && (c.residency === undefined || c.residency.length === 0 || c.residency.includes(r.jurisdiction)));
  return [home, ...others];
}

/** Index of the smallest cost; ties keep the earlier (home first). */
export function argminCost(costs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < costs.length; i++) if (costs[i]! < costs[best]!) best = i;
  return best;
}
