/**
 * Deadline rules for ad hoc jobs (Let's Wait Awhile §5.3, strategy.py `_forecast_duration`): how far
 * past its original finish time `oft` (= arrival + duration) a job may finish.
 *  - `none`: no slack (the study's baseline).
 *  - `next-workday`: oft on Saturday → Monday 09:00; Sunday or after 17:00 → next day 09:00 (so
 *    Friday evening → Saturday 09:00, as coded upstream); before 09:00 → 09:00 that day; else none.
 *  - `semi-weekly`: oft in (Mon > 09:00 … Thu ≤ 09:00) → Thursday 09:00; otherwise → the next
 *    Monday 09:00 (the same Monday if oft is Monday ≤ 09:00).
 * Times of day are read on a clock `clockOffsetMin` from UTC (0 = the study's files, which are UTC).
 * Simplification: the hour is h + min/60; upstream only counts :30 as a half hour — identical on the
 * study's 30-minute grid.
 */
export type DeadlineRule = 'none' | 'next-workday' | 'semi-weekly';
export const DEADLINE_RULES: readonly DeadlineRule[] = ['none', 'next-workday', 'semi-weekly'];

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Monday = 0 … Sunday = 6 (Python's weekday()); 1970-01-01 was a Thursday. */
export function weekdayMon0(clockMs: number): number {
  return (((Math.floor(clockMs / MS_PER_DAY) + 3) % 7) + 7) % 7;
}

/** The deadline (UTC ms) a rule gives a job whose original finish time is `oftMs`. */
export function deadlineMs(oftMs: number, rule: DeadlineRule, clockOffsetMin = 0): number {
  const offsetMs = clockOffsetMin * 60_000;
  const clock = oftMs + offsetMs;
  const wd = weekdayMon0(clock);
  const hour = (clock - Math.floor(clock / MS_PER_DAY) * MS_PER_DAY) / MS_PER_HOUR;
  const nineAfter = (days: number): number => Math.floor(clock / MS_PER_DAY) * MS_PER_DAY + days * MS_PER_DAY + 9 * MS_PER_HOUR - offsetMs;
  if (rule === 'next-workday') {
    if (wd === 5) return nineAfter(2);
    if (wd === 6 || hour > 17) return nineAfter(1);
    if (hour < 9) return nineAfter(0);
    return oftMs;
  }
  if (rule === 'semi-weekly') {
    const toThursday = (wd === 0 && hour > 9) || wd === 1 || wd === 2 || (wd === 3 && hour <= 9);
    return toThursday ? nineAfter((7 - wd + 3) % 7) : nineAfter((7 - wd) % 7);
  }
  return oftMs;
}

/** Whole slots of slack: floor((deadline − oft) / step). */
export function slackSlots(oftMs: number, rule: DeadlineRule, stepMin: number, clockOffsetMin = 0): number {
  return Math.floor((deadlineMs(oftMs, rule, clockOffsetMin) - oftMs) / (stepMin * 60_000));
}
