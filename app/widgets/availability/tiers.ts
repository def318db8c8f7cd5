/**
 * Uptime Institute tiers as reference points, for display. The percentages are those published in
 * Turner, Seader & Brill, "Tier Classifications Define Site Infrastructure Performance" (Uptime
 * Institute white paper, 2006); the current Tier Standard: Topology defines tiers by topology only.
 * Same figures as engine/availability/tiers.ts (app/ may not import engine values).
 */
export const UPTIME_TIERS = [
  { tier: 'I', name: 'Basic capacity', availability: 0.99671, topology: 'single path, no redundant components (N)' },
  { tier: 'II', name: 'Redundant capacity components', availability: 0.99741, topology: 'single path, redundant components (N+1)' },
  { tier: 'III', name: 'Concurrently maintainable', availability: 0.99982, topology: 'multiple paths, one active; maintainable without shutdown' },
  { tier: 'IV', name: 'Fault tolerant', availability: 0.99995, topology: 'multiple active paths (2N); tolerates any single failure' },
] as const;

export const MINUTES_PER_YEAR = 365.25 * 24 * 60;
