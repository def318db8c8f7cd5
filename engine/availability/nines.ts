/**
 * The "nines" table: downtime allowed by an availability figure. A year is 365.25 days
 * (8,766 h), a month a twelfth of that (730.5 h) and a week 168 h — the convention of the
 * widely reproduced table (e.g. Wikipedia, "High availability", percentage calculation:
 * 99.9 % → 8.77 h/year, 43.83 min/month, 10.08 min/week; 99.999 % → 5.26 min/year).
 */
import { HOURS_PER_YEAR } from '../core/time';

export interface Downtime {
  perYearMin: number;
  perMonthMin: number;
  perWeekMin: number;
  perDayMin: number;
}

export function downtimeFor(availability: number): Downtime {
  const u = 1 - availability;
  return {
    perYearMin: u * HOURS_PER_YEAR * 60,
    perMonthMin: (u * HOURS_PER_YEAR * 60) / 12,
    perWeekMin: u * 168 * 60,
    perDayMin: u * 24 * 60,
  };
}

/** −log10(1 − A): 0.999 → 3. Null for A = 1 (infinitely many nines). */
export function ninesOf(availability: number): number | null {
  const u = 1 - availability;
  return u <= 0 ? null : -Math.log10(u);
}
