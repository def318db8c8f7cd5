/**
 * What the embed does with each accepted parent → child message. Pure: it calls methods of an
 * `EmbedTarget`, so the mapping is tested without React, a worker or a real parent window.
 * Messages only ever select among these fixed actions; nothing in a payload is run as code.
 */
import { decodeJson } from './base64url';
import { isPlainObject, type ControlPayload, type Envelope, type SetThemePayload, type ThemeTokens } from './protocol';

export interface EmbedTarget {
  readonly: boolean;
  play(): void;
  pause(): void;
  step(): void;
  seek(tSec: number): void;
  reset(): void;
  setParams(params: Record<string, unknown>): void;
  setTheme(theme: SetThemePayload['theme'], tokens: ThemeTokens): void;
  loadScenario(scenario: Record<string, unknown>, tSec: number): void;
  /** Replies with `ready` (+ a fresh `resize`). */
  announce(): void;
  /** Replies with `state`. */
  postState(): void;
  reportError(code: string, message: string): void;
}

/** Reads `s=` and `t=` out of a permalink (a full URL, a hash or a bare query). */
export function scenarioFromPermalink(permalink: string): { scenario: Record<string, unknown>; tSec: number } | string {
  const query = new URLSearchParams(permalink.includes('?') ? permalink.slice(permalink.indexOf('?') + 1) : permalink);
  const s = query.get('s');
  if (!s) return 'the permalink has no s= scenario';
  try {
    const scenario = decodeJson(s);
    if (!isPlainObject(scenario)) return 'the permalink scenario is not a JSON object';
    const t = Number(query.get('t') ?? 0);
    return { scenario, tSec: Number.isFinite(t) && t >= 0 ? t : 0 };
  } catch (e) {
    return `the permalink scenario could not be decoded: ${(e as Error).message}`;
  }
}

function runControl(target: EmbedTarget, p: ControlPayload): void {
  switch (p.action) {
    case 'play': return target.play();
    case 'pause': return target.pause();
    case 'step': return target.step();
    case 'reset': return target.reset();
    case 'seek': return target.seek(p.simTime ?? 0);
  }
}

export function applyParentMessage(env: Envelope, target: EmbedTarget): void {
  const p = env.payload;
  switch (env.type) {
    case 'hello':
      return target.announce();
    case 'control':
      return runControl(target, p as unknown as ControlPayload);
    case 'setTheme':
      return target.setTheme((p as unknown as SetThemePayload).theme, (p.tokens as ThemeTokens | undefined) ?? {});
    case 'getState':
      return target.postState();
    case 'setParams':
      if (target.readonly) return target.reportError('readonly', 'this embed is read-only (readonly=1): setParams ignored');
      return target.setParams(p.params as Record<string, unknown>);
    case 'loadState': {
      if (target.readonly) return target.reportError('readonly', 'this embed is read-only (readonly=1): loadState ignored');
      const loaded = scenarioFromPermalink(p.permalink as string);
      if (typeof loaded === 'string') return target.reportError('bad-permalink', loaded);
      return target.loadScenario(loaded.scenario, loaded.tSec);
    }
  }
}
