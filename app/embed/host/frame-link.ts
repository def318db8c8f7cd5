/**
 * The parent side of one embed iframe: who it is (origin of its src), what it may send us
 * (envelopes from its own contentWindow and origin — H5P's `event.source` check), and how we talk
 * to it (postMessage to that origin only). Shared by embed.js and <strato-widget>.
 */
import { CHILD_TYPES, isPlainObject, makeEnvelope, parseEnvelope, type Envelope, type ParentMessageType } from '../protocol';

/** Iframe heights are clamped to this range so a misbehaving child cannot grow a page without end. */
export const MAX_FRAME_HEIGHT_PX = 20000;

export function frameOrigin(frame: HTMLIFrameElement): string | null {
  try {
    const url = new URL(frame.getAttribute('src') ?? '', frame.ownerDocument.baseURI);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

export function frameInstance(frame: HTMLIFrameElement): string {
  const src = frame.getAttribute('src') ?? '';
  const query = src.includes('?') ? src.slice(src.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('instance') ?? '';
}

export function isEmbedFrame(frame: HTMLIFrameElement): boolean {
  return frame.hasAttribute('data-strato') || /#\/embed\/v1\//.test(frame.getAttribute('src') ?? '');
}

export function sendToFrame(frame: HTMLIFrameElement, type: ParentMessageType, payload: object): boolean {
  const origin = frameOrigin(frame);
  if (!origin || !frame.contentWindow) return false;
  frame.contentWindow.postMessage(makeEnvelope(type, frameInstance(frame), payload), origin);
  return true;
}

/** The envelope when `event` really comes from `frame`'s document at its src origin; else null. */
export function acceptFromFrame(frame: HTMLIFrameElement, event: Pick<MessageEvent, 'data' | 'origin' | 'source'>, warn: (m: string) => void): Envelope | null {
  if (!frame.contentWindow || event.source !== frame.contentWindow) return null;
  const parsed = parseEnvelope(event.data, CHILD_TYPES);
  if (!parsed.ok) {
    if (parsed.isStrato) warn(`[strato host] dropped a message from the embed: ${parsed.reason}`);
    return null;
  }
  const expected = frameOrigin(frame);
  if (event.origin !== expected) {
    warn(`[strato host] dropped a message: it came from ${event.origin} but the iframe's src is on ${expected ?? 'an unknown origin'}`);
    return null;
  }
  return parsed.envelope;
}

export function applyHeight(frame: HTMLIFrameElement, payload: Record<string, unknown>): void {
  const h = payload.height;
  if (typeof h !== 'number' || !Number.isFinite(h)) return;
  frame.style.height = `${Math.round(Math.min(Math.max(h, 0), MAX_FRAME_HEIGHT_PX))}px`;
}

/** Re-dispatches an envelope as a DOM event `strato-<type>` whose detail is the payload. */
export function dispatchAsEvent(target: EventTarget, env: Envelope, composed = false): void {
  const detail = isPlainObject(env.payload) ? { ...env.payload, instance: env.instance } : env.payload;
  target.dispatchEvent(new CustomEvent(`strato-${env.type}`, { detail, bubbles: true, composed }));
}
