/**
 * "Did you mean …?" for a misspelt snapshot path: the closest existing dot path by edit distance
 * (Levenshtein), if it is close enough to be a typo.
 */
import type { JsonValue } from '../core/model';

export function snapshotPaths(value: JsonValue, prefix = '', depth = 0, out: string[] = []): string[] {
  if (out.length > 2000 || depth > 6 || typeof value !== 'object' || value === null) return out;
  const entries = Array.isArray(value) ? value.slice(0, 3).map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [k, v] of entries) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.push(p);
    snapshotPaths(v, p, depth + 1, out);
  }
  return out;
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The existing path closest to `wanted`, if within a typo's distance (≤ 3 edits and ≤ a third of its length). */
export function suggestPath(wanted: string, snapshot: JsonValue): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const p of snapshotPaths(snapshot)) {
    const d = editDistance(wanted, p);
    if (d < bestD) [best, bestD] = [p, d];
  }
  return bestD <= Math.min(3, Math.ceil(wanted.length / 3)) ? best : null;
}
