/**
 * Getting lab text in: parsing with a line/column for JSON syntax errors, reading a local file,
 * and fetching a lab from a URL (`#/author?src=` / `#/lab?src=`). A fetched lab is untrusted
 * text: only http(s), no credentials, a size cap, and it is validated and rendered sanitized like
 * any other lab — it is never run.
 */
import { locateJson } from './json-locator';

export const MAX_LAB_BYTES = 2_000_000;

export type ParsedText = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseLabText(text: string): ParsedText {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = locateJson(text).error;
    const message = found?.message ?? (e instanceof Error ? e.message : String(e));
    return { ok: false, message: `JSON syntax: ${message}`, ...lineColumn(text, found?.offset ?? text.length) };
  }
}

/** The lab URL to open from a hash like `#/author?src=https%3A%2F%2F…`, if any. */
export function srcFromHash(hash: string): string | null {
  const q = hash.indexOf('?');
  if (q === -1) return null;
  return new URLSearchParams(hash.slice(q + 1)).get('src');
}

export function checkLabUrl(raw: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return `"${raw}" is not a URL`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `only http(s) URLs can be opened (got ${url.protocol})`;
  return url;
}

/** Fetches lab text with CORS and without credentials; errors are sentences for the author. */
export async function fetchLabText(raw: string, base: string, fetchFn: typeof fetch = fetch): Promise<{ ok: true; text: string; url: string } | { ok: false; message: string }> {
  const url = checkLabUrl(raw, base);
  if (typeof url === 'string') return { ok: false, message: url };
  let res: Response;
  try {
    res = await fetchFn(url.href, { mode: 'cors', credentials: 'omit', redirect: 'follow', headers: { Accept: 'application/json' } });
  } catch {
    return { ok: false, message: `could not fetch ${url.href}: the server is unreachable or does not allow cross-origin requests (CORS)` };
  }
  if (!res.ok) return { ok: false, message: `fetching ${url.href} failed: HTTP ${res.status}` };
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_LAB_BYTES) return { ok: false, message: `the lab at ${url.href} is larger than ${MAX_LAB_BYTES} bytes` };
  const text = await res.text();
  if (text.length > MAX_LAB_BYTES) return { ok: false, message: `the lab at ${url.href} is larger than ${MAX_LAB_BYTES} bytes` };
  return { ok: true, text, url: url.href };
}

export async function readFileText(file: Pick<File, 'size' | 'text' | 'name'>): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_LAB_BYTES) return { ok: false, message: `${file.name} is larger than ${MAX_LAB_BYTES} bytes` };
  return { ok: true, text: await file.text() };
}
