/** kubectl-like plain-text tables: upper-case headers, columns padded with three spaces. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  if (rows.length === 0) return 'No resources found in default namespace.';
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 3))).join('')).join('\n');
}

/** kubectl's age: 45s, 3m12s, 2h5m, 3d. */
export function age(sec: number): string {
  const s = Math.floor(sec);
  if (s < 120) return `${s}s`;
  if (s < 600) return `${Math.floor(s / 60)}m${s % 60 ? `${s % 60}s` : ''}`;
  if (s < 3 * 3600) return `${Math.floor(s / 60)}m`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

export const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)}Mi`;
export const milli = (m: number): string => `${m}m`;
