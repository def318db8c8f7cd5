/**
 * The Stratolab embed protocol, version 1: one envelope for every postMessage between an embedded
 * widget (child) and the page that hosts it (parent). Modelled on H5P's `context:'h5p'`
 * discriminator; our own MIT code (iframe-resizer is GPL/commercial, see refs/lab-platforms.md (e)).
 *
 * Messages are data only: every payload is validated field by field here, and nothing in a message
 * is ever evaluated as code or used as a URL to fetch.
 */

export const PROTOCOL = 'strato';
export const PROTOCOL_VERSION = 1;

export const CHILD_TYPES = ['ready', 'resize', 'progress', 'score', 'state', 'error'] as const;
export const PARENT_TYPES = ['hello', 'control', 'setParams', 'setTheme', 'getState', 'loadState'] as const;
export type ChildMessageType = (typeof CHILD_TYPES)[number];
export type ParentMessageType = (typeof PARENT_TYPES)[number];

/** Parent messages accepted when the embed was given no `parentOrigin`: they change nothing lasting. */
export const HARMLESS_PARENT_TYPES: ReadonlySet<string> = new Set(['hello', 'control', 'setTheme']);

export const CONTROL_ACTIONS = ['play', 'pause', 'step', 'seek', 'reset'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export interface Envelope<T extends string = string, P = Record<string, unknown>> {
  protocol: typeof PROTOCOL;
  v: typeof PROTOCOL_VERSION;
  type: T;
  instance: string;
  payload: P;
}

export interface ReadyPayload { widget: string; version: number; capabilities: string[]; labId?: string }
export interface ResizePayload { height: number; width?: number }
export interface ProgressPayload {
  labId: string; stepId: string; completedSteps: number; totalSteps: number;
  status: 'started' | 'inProgress' | 'completed';
}
export interface StatePayload { permalink: string; simTime: number; playing: boolean }
export interface ErrorPayload { code: string; message: string; path?: string }
export interface ControlPayload { action: ControlAction; simTime?: number }
export interface ThemeTokens { accent?: string; bg?: string; fg?: string; fontFamily?: string; radius?: string }
export interface SetThemePayload { theme: ThemeChoice; tokens?: ThemeTokens }
export interface SetParamsPayload { params: Record<string, unknown> }
export interface LoadStatePayload { permalink: string }

export function makeEnvelope<T extends string, P>(type: T, instance: string, payload: P): Envelope<T, P> {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type, instance, payload };
}

export type ParseResult = { ok: true; envelope: Envelope } | { ok: false; reason: string; isStrato: boolean };

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Checks the envelope shape (not the payload): protocol, version, a known type, instance, payload object. */
export function parseEnvelope(data: unknown, known: readonly string[]): ParseResult {
  if (!isPlainObject(data) || data.protocol !== PROTOCOL) return { ok: false, reason: 'not a strato message', isStrato: false };
  const fail = (reason: string): ParseResult => ({ ok: false, reason, isStrato: true });
  if (data.v !== PROTOCOL_VERSION) return fail(`unsupported protocol version ${JSON.stringify(data.v)} (this embed speaks v${PROTOCOL_VERSION})`);
  if (typeof data.type !== 'string' || !known.includes(data.type)) return fail(`unknown message type ${JSON.stringify(data.type)}`);
  if (data.instance !== undefined && typeof data.instance !== 'string') return fail('instance must be a string');
  const payload = data.payload === undefined ? {} : data.payload;
  if (!isPlainObject(payload)) return fail('payload must be an object');
  return { ok: true, envelope: { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: data.type, instance: (data.instance as string | undefined) ?? '', payload } };
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Validates a parent → child payload; returns the reason it is rejected, or null when it is fine. */
export function checkParentPayload(type: string, p: Record<string, unknown>): string | null {
  switch (type) {
    case 'hello':
    case 'getState':
      return null;
    case 'control':
      if (!CONTROL_ACTIONS.includes(p.action as ControlAction)) return `payload.action must be one of ${CONTROL_ACTIONS.join(', ')}`;
      if (p.action === 'seek' && !(isFiniteNumber(p.simTime) && p.simTime >= 0)) return 'payload.simTime must be a number ≥ 0 for seek';
      return null;
    case 'setTheme':
      if (!THEMES.includes(p.theme as ThemeChoice)) return `payload.theme must be one of ${THEMES.join(', ')}`;
      if (p.tokens !== undefined && !isPlainObject(p.tokens)) return 'payload.tokens must be an object';
      return null;
    case 'setParams':
      return isPlainObject(p.params) ? null : 'payload.params must be an object';
    case 'loadState':
      return typeof p.permalink === 'string' && p.permalink.length < 100_000 ? null : 'payload.permalink must be a string';
    default:
      return `unknown message type ${JSON.stringify(type)}`;
  }
}
