/**
 * Parses a learner's numeric answer: accepts a decimal comma, thin/normal spaces and thousands
 * separators, scientific notation, and an optional unit suffix. If the question has a unit, an
 * answer in a convertible unit of the same dimension (s/min/h/d; %/fraction is NOT converted —
 * "99.9" and "99.9 %" both mean percent when the unit is %) is converted to it.
 */

const TIME_SEC: Record<string, number> = { ms: 0.001, s: 1, sec: 1, min: 60, h: 3600, hr: 3600, hours: 3600, d: 86400, day: 86400, days: 86400 };
const ALIASES: Record<string, string> = { minutes: 'min', mins: 'min', seconds: 's', hour: 'h' };

function norm(unit: string): string {
  const u = unit.trim().toLowerCase();
  return ALIASES[u] ?? u;
}

export function parseNumericAnswer(raw: string | number, unit?: string): { value: number } | { error: string } {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { error: 'Enter a finite number.' };
  const text = raw.trim().replace(/[\u2009\u202f\u00a0 ]/g, '');
  const m = /^([+-]?(?:\d+(?:[.,]\d{3})*(?:[.,]\d+)?|[.,]\d+)(?:e[+-]?\d+)?)([a-zA-Z%µ]*)$/i.exec(text);
  if (!m) return { error: `"${raw}" is not a number.` };
  const numeric = toNumber(m[1]!);
  if (!Number.isFinite(numeric)) return { error: `"${raw}" is not a number.` };
  const given = m[2] ?? '';
  if (!given || !unit || norm(given) === norm(unit)) return { value: numeric };
  const from = TIME_SEC[norm(given)];
  const to = TIME_SEC[norm(unit)];
  if (from !== undefined && to !== undefined) return { value: (numeric * from) / to };
  return { error: `Answer in ${unit} (got "${given}").` };
}

/** "1,234.5" → 1234.5; "3,5" → 3.5; "1.234,5" → 1234.5. The last separator is the decimal one. */
function toNumber(s: string): number {
  const mantissa = s.replace(/e[+-]?\d+$/i, '');
  const exp = s.slice(mantissa.length);
  const lastSep = Math.max(mantissa.lastIndexOf('.'), mantissa.lastIndexOf(','));
  if (lastSep < 0) return Number(s);
  const decimals = mantissa.slice(lastSep + 1);
  const intPart = mantissa.slice(0, lastSep).replace(/[.,]/g, '');
  // "1,234" (exactly three digits after a lone comma) is read as a decimal comma: 1.234.
  return Number(`${intPart}.${decimals}${exp}`);
}
