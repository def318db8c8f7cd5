/**
 * parseUtcTime: timestamps as the series formats write them, read explicitly as UTC.
 *
 * Accepts `YYYY-MM-DD[ T]HH:MM[:SS[.fff]]` followed by `Z`, `±HH:MM`, `±HHMM` or nothing. A naive
 * timestamp (no zone) is read as UTC — the convention of the Electricity Maps export ("Datetime
 * (UTC)") and of the Let's Wait Awhile files (no DST gaps, see data SOURCE.md) — unless the caller
 * passes `naiveOffsetMin` (e.g. -480 for a file in Pacific standard time).
 * Simplification: no DST rules — a local-clock file must be given as one fixed offset.
 */
import { ScenarioError } from '../core/errors';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** UTC epoch milliseconds of `text`; throws ScenarioError naming `path` when it is not a timestamp. */
export function parseUtcTime(text: string, path: string, naiveOffsetMin = 0): number {
  const fast = fastNaive(text);
  if (fast !== undefined) return fast - naiveOffsetMin * 60_000;
  const m = PATTERN.exec(text.trim());
  if (!m) throw new ScenarioError(path, `not a timestamp (expected YYYY-MM-DD HH:MM[:SS][Z|±HH:MM]), got ${JSON.stringify(text)}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return local - zoneOffsetMin(zone, naiveOffsetMin) * 60_000;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const digit = (t: string, i: number): number => t.charCodeAt(i) - 48;
const two = (t: string, i: number): number => digit(t, i) * 10 + digit(t, i + 1);

/** `YYYY-MM-DD HH:MM:SS` exactly (the bulk of every CSV): no regex, ~10× faster on 40 000 rows. */
function fastNaive(t: string): number | undefined {
  if (t.length !== 19 || t[4] !== '-' || t[7] !== '-' || t[10] !== ' ' || t[13] !== ':' || t[16] !== ':') return undefined;
  for (const i of DIGIT_POSITIONS) {
    const d = digit(t, i);
    if (d < 0 || d > 9) return undefined;
  }
  return Date.UTC(two(t, 0) * 100 + two(t, 2), two(t, 5) - 1, two(t, 8), two(t, 11), two(t, 14), two(t, 17));
}

function zoneOffsetMin(zone: string | undefined, naiveOffsetMin: number): number {
  if (zone === undefined) return naiveOffsetMin;
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/** ISO 8601 UTC text of an epoch ms (for snapshots and exports). */
export function formatUtc(timeMs: number): string {
  return new Date(timeMs).toISOString().replace('.000Z', 'Z');
}
