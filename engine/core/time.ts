/**
 * Simulated time. Scenarios speak seconds (`at`, `until`: friendly for people); the kernel keeps
 * an integer number of microseconds so that event order never depends on floating-point rounding.
 * Sub-microsecond costs (a TLB lookup, a page-walk reference) are metrics, not clock events.
 */
export const US_PER_SEC = 1_000_000;

export const secToUs = (timeSec: number): number => Math.round(timeSec * US_PER_SEC);
export const usToSec = (timeUs: number): number => timeUs / US_PER_SEC;

export const SEC_PER_HOUR = 3600;
export const HOURS_PER_YEAR = 8766; // 365.25 days: the convention of availability "nines" tables
