/**
 * Permalinks: a scenario (with its live commands) and a time, carried in the URL so a link
 * restores the widget exactly (the engine is deterministic, so scenario + t is the whole state).
 *   #/gallery/<kind>?s=<base64url(JSON scenario)>&t=<sec>
 *   #/embed/v1/<kind>?s=<base64url(JSON scenario)>
 * base64url is RFC 4648 §5 (URL-safe alphabet, no padding) over the UTF-8 bytes of the JSON.
 */
import type { ScenarioJson } from '../../engine/core/model';

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws an Error with a readable message on malformed input. */
export function decodeBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('not base64url: only A–Z, a–z, 0–9, "-" and "_" are allowed');
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new Error('not base64url: wrong length');
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeScenario(scenario: ScenarioJson): string {
  return encodeBase64Url(JSON.stringify(scenario));
}

/** Decodes `s=`; returns unknown JSON (the engine validates it and names bad paths). */
export function decodeScenario(encoded: string): unknown {
  const text = decodeBase64Url(encoded);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`the scenario in the link is not JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
}

/** Query string for a scenario and an optional time: `s=…&t=…`. */
export function permalinkQuery(scenario: ScenarioJson, tSec?: number): URLSearchParams {
  const q = new URLSearchParams({ s: encodeScenario(scenario) });
  if (tSec !== undefined && tSec > 0) q.set('t', formatTime(tSec));
  return q;
}

/** `#/gallery/<kind>?s=…&t=…` */
export function galleryHash(kind: string, scenario: ScenarioJson, tSec?: number): string {
  return `#/gallery/${encodeURIComponent(kind)}?${permalinkQuery(scenario, tSec).toString()}`;
}

/** `#/embed/v1/<kind>?s=…` (plus t when given). */
export function embedHash(kind: string, scenario: ScenarioJson, tSec?: number): string {
  return `#/embed/v1/${encodeURIComponent(kind)}?${permalinkQuery(scenario, tSec).toString()}`;
}

export interface PermalinkState {
  scenario?: unknown;
  tSec?: number;
  error?: string;
}

/** Reads `s` and `t` from a route query; a bad link gives an error message, never a throw. */
export function readPermalink(query: URLSearchParams): PermalinkState {
  const out: PermalinkState = {};
  const t = query.get('t');
  if (t !== null) {
    const n = Number(t);
    if (Number.isFinite(n) && n >= 0) out.tSec = n;
    else out.error = `t must be a number of seconds ≥ 0, got "${t}"`;
  }
  const s = query.get('s');
  if (s !== null) {
    try {
      out.scenario = decodeScenario(s);
    } catch (e) {
      out.error = `s: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return out;
}

/** The page's address without its hash: the base that permalinks and embed snippets hang on. */
export function appBaseUrl(loc: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location): string {
  return `${loc.origin}${loc.pathname}${loc.search}`;
}

/** Times in links keep microsecond precision (the kernel's unit) without float noise. */
export function formatTime(tSec: number): string {
  return String(Math.round(tSec * 1e6) / 1e6);
}
