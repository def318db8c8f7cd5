/**
 * Uptime Institute tiers as reference points. The tier standard itself (Uptime Institute, "Tier
 * Standard: Topology") defines tiers by topology — I basic capacity, II redundant capacity
 * components, III concurrently maintainable, IV fault tolerant — not by a percentage. The
 * percentages below are the site-availability figures observed and published in Turner, Seader &
 * Brill, "Tier Classifications Define Site Infrastructure Performance" (Uptime Institute white
 * paper, 2006), which courses quote: 99.671 %, 99.741 %, 99.982 %, 99.995 %.
 */
export interface Tier {
  tier: 'I' | 'II' | 'III' | 'IV';
  name: string;
  availability: number;
  /** What the topology requires. */
  topology: string;
}

export const UPTIME_TIERS: readonly Tier[] = [
  { tier: 'I', name: 'Basic capacity', availability: 0.99671, topology: 'single path for power and cooling, no redundant components (N)' },
  { tier: 'II', name: 'Redundant capacity components', availability: 0.99741, topology: 'single path, redundant components (N+1)' },
  { tier: 'III', name: 'Concurrently maintainable', availability: 0.99982, topology: 'multiple paths, one active; any component can be maintained without shutdown' },
  { tier: 'IV', name: 'Fault tolerant', availability: 0.99995, topology: 'multiple active paths (2N); any single failure is tolerated' },
];

/** The highest tier whose published availability the figure meets, or null if below Tier I. */
export function tierFor(availability: number): Tier['tier'] | null {
  let best: Tier['tier'] | null = null;
  for (const t of UPTIME_TIERS) if (availability >= t.availability) best = t.tier;
  return best;
}
