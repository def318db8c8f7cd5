/**
 * The embed URL contract, version 1: `#/embed/v1/<kind>?<query>`. Parses the query into typed
 * options (never throwing: a bad value falls back to its default and adds a warning the page
 * shows), and builds the query back for share snippets and the custom element.
 * Documented in docs/embedding.md and app/embed/FORMAT.md.
 */
import { decodeJson, encodeJson } from './base64url';
import { isPlainObject, THEMES, type ThemeChoice } from './protocol';

export const CONTROLS = ['full', 'compact', 'none'] as const;
export type ControlsChoice = (typeof CONTROLS)[number];

export interface EmbedOptions {
  kind: string;
  /** Param overrides (from `params=` then `p.<name>=`), merged over the widget's default params. */
  params: Record<string, unknown>;
  /** A full scenario from `s=`; when present it wins over params/seed. */
  scenario: Record<string, unknown> | null;
  seed: number | null;
  tSec: number;
  autoplay: boolean;
  speed: number;
  controls: ControlsChoice;
  theme: ThemeChoice;
  lang: string;
  readonly: boolean;
  parentOrigin: string | null;
  instance: string;
  /** Optional JSON Logic goal over the snapshot (`check=` base64url); passing it posts a score. */
  check: unknown;
  checkId: string;
  warnings: string[];
}

/** `"8"` → 8, `"true"` → true, anything else stays a string. */
export function parseScalar(raw: string): string | number | boolean {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw.trim() !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw.trim())) return Number(raw);
  return raw;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Sets `a.b.c` inside obj, creating plain objects on the way; refuses prototype keys. */
export function setPath(obj: Record<string, unknown>, dotted: string, value: unknown): boolean {
  const keys = dotted.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN_KEYS.has(k))) return false;
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(cur[key])) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1] as string] = value;
  return true;
}

/** A serialised origin such as `https://course.example.edu`, or null when it is not one. */
export function normalizeOrigin(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === raw.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

function pickEnum<T extends string>(raw: string | null, allowed: readonly T[], fallback: T, name: string, warnings: string[]): T {
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  warnings.push(`${name}=${raw} is not one of ${allowed.join('|')}; using ${fallback}`);
  return fallback;
}

function pickNumber(raw: string | null, fallback: number, name: string, ok: (n: number) => boolean, warnings: string[]): number {
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (Number.isFinite(n) && ok(n)) return n;
  warnings.push(`${name}=${raw} is not a valid number; using ${fallback}`);
  return fallback;
}

function decodeObject(raw: string | null, name: string, warnings: string[]): Record<string, unknown> | null {
  if (raw === null) return null;
  try {
    const value = decodeJson(raw);
    if (isPlainObject(value)) return value;
    warnings.push(`${name}= must encode a JSON object`);
  } catch (e) {
    warnings.push(`${name}= could not be decoded: ${(e as Error).message}`);
  }
  return null;
}

function readParams(query: URLSearchParams, warnings: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = { ...(decodeObject(query.get('params'), 'params', warnings) ?? {}) };
  for (const [key, raw] of query) {
    if (!key.startsWith('p.')) continue;
    if (!setPath(params, key.slice(2), parseScalar(raw))) warnings.push(`${key} is not a valid parameter name`);
  }
  return params;
}

function readCheck(query: URLSearchParams, warnings: string[]): unknown {
  const raw = query.get('check');
  if (raw === null) return null;
  try {
    return decodeJson(raw);
  } catch (e) {
    warnings.push(`check= could not be decoded: ${(e as Error).message}`);
    return null;
  }
}

const flag = (raw: string | null): boolean => raw === '1' || raw === 'true';

export function parseEmbedQuery(kind: string, query: URLSearchParams, randomInstance: () => string = defaultInstance): EmbedOptions {
  const warnings: string[] = [];
  const rawOrigin = query.get('parentOrigin');
  const parentOrigin = normalizeOrigin(rawOrigin);
  if (rawOrigin && !parentOrigin) warnings.push(`parentOrigin=${rawOrigin} is not an origin like https://course.example.edu; parent messages limited to harmless ones`);
  const seed = pickNumber(query.get('seed'), NaN, 'seed', Number.isInteger, warnings);
  return {
    kind,
    params: readParams(query, warnings),
    scenario: decodeObject(query.get('s'), 's', warnings),
    seed: Number.isNaN(seed) ? null : seed,
    tSec: pickNumber(query.get('t'), 0, 't', (n) => n >= 0, warnings),
    autoplay: flag(query.get('autoplay')),
    speed: pickNumber(query.get('speed'), 1, 'speed', (n) => n > 0 && n <= 1000, warnings),
    controls: pickEnum(query.get('controls'), CONTROLS, 'compact', 'controls', warnings),
    theme: pickEnum(query.get('theme'), THEMES, 'auto', 'theme', warnings),
    lang: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(query.get('lang') ?? '') ? (query.get('lang') as string) : 'en',
    readonly: flag(query.get('readonly')),
    parentOrigin,
    instance: (query.get('instance') ?? '').slice(0, 64) || randomInstance(),
    check: readCheck(query, warnings),
    checkId: (query.get('checkId') ?? 'goal').slice(0, 64),
    warnings,
  };
}

function defaultInstance(): string {
  return `strato-${Math.random().toString(36).slice(2, 10)}`;
}

export type EmbedQueryInput = Partial<Omit<EmbedOptions, 'kind' | 'warnings' | 'scenario'>> & { scenario?: unknown };

/** Builds the query (without `?`) in a stable order; scalar params become readable `p.<name>=`. */
export function buildEmbedQuery(input: EmbedQueryInput): string {
  const q = new URLSearchParams();
  const params = input.params ?? {};
  const scalar = Object.values(params).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
  if (scalar) for (const [k, v] of Object.entries(params)) q.set(`p.${k}`, String(v));
  else q.set('params', encodeJson(params));
  if (input.scenario) q.set('s', encodeJson(input.scenario));
  if (input.seed !== undefined && input.seed !== null) q.set('seed', String(input.seed));
  if (input.tSec) q.set('t', String(input.tSec));
  if (input.autoplay) q.set('autoplay', '1');
  if (input.speed !== undefined && input.speed !== 1) q.set('speed', String(input.speed));
  if (input.controls) q.set('controls', input.controls);
  if (input.theme) q.set('theme', input.theme);
  if (input.lang) q.set('lang', input.lang);
  if (input.readonly) q.set('readonly', '1');
  if (input.parentOrigin) q.set('parentOrigin', input.parentOrigin);
  if (input.instance) q.set('instance', input.instance);
  if (input.check !== undefined && input.check !== null) q.set('check', encodeJson(input.check));
  return q.toString();
}

/** `appBase` is the app's index URL (e.g. `https://labs.example.edu/`); the route lives in the hash. */
export function buildEmbedUrl(appBase: string, kind: string, input: EmbedQueryInput): string {
  const base = appBase.split('#')[0] as string;
  const query = buildEmbedQuery(input);
  return `${base}#/embed/v1/${encodeURIComponent(kind)}${query ? `?${query}` : ''}`;
}
