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
  const m = PATTERN.exec(text.trim());
  if (!m) throw new ScenarioError(path, `not a timestamp (expected YYYY-MM-DD HH:MM[:SS][Z|±HH:MM]), got ${JSON.stringify(text)}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return local - zoneOffsetMin(zone, naiveOffsetMin) * 60_000;
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
