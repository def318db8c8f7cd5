/**
 * The child (embedded widget) side of the protocol: posts envelopes to the parent and filters what
 * comes back. A parent message is accepted only when it comes from `window.parent`, from
 * `parentOrigin` when one was given (otherwise only HARMLESS_PARENT_TYPES), with a valid envelope
 * and payload. Every dropped strato message is explained once in the console (iframe-resizer #538).
 */
import {
  checkParentPayload, HARMLESS_PARENT_TYPES, makeEnvelope, parseEnvelope, PARENT_TYPES,
  type ChildMessageType, type Envelope,
} from './protocol';

export interface ChildMessengerOptions {
  /** The window we listen on (the embed's own window). */
  self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Where messages go; null when the page is not framed (standalone embed route). */
  parent: Pick<Window, 'postMessage'> | null;
  parentOrigin: string | null;
  instance: string;
  onMessage(envelope: Envelope): void;
  warn?: (message: string) => void;
}

export interface ChildMessenger {
  post(type: ChildMessageType, payload: object): void;
  /** Exposed for tests; the listener calls it. Returns the reason a message was dropped, or null. */
  receive(event: Pick<MessageEvent, 'data' | 'origin' | 'source'>): string | null;
  stop(): void;
}

export function createChildMessenger(opts: ChildMessengerOptions): ChildMessenger {
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const target = opts.parentOrigin ?? '*';

  /** The accepted envelope, or the reason for dropping the message ('ignored' = not ours, stay quiet). */
  const judge = (data: unknown, origin: string): Envelope | string => {
    const parsed = parseEnvelope(data, PARENT_TYPES);
    if (!parsed.ok) return parsed.isStrato ? parsed.reason : 'ignored';
    const { type, payload } = parsed.envelope;
    if (opts.parentOrigin && origin !== opts.parentOrigin) return `origin ${origin} is not parentOrigin ${opts.parentOrigin}`;
    if (!opts.parentOrigin && !HARMLESS_PARENT_TYPES.has(type)) {
      return `"${type}" needs parentOrigin=<your page's origin> in the embed URL (only ${[...HARMLESS_PARENT_TYPES].join(', ')} are accepted without it)`;
    }
    return checkParentPayload(type, payload) ?? parsed.envelope;
  };

  const receive: ChildMessenger['receive'] = (event) => {
    const fromParent = opts.parent !== null && event.source === opts.parent;
    const verdict = judge(event.data, event.origin);
    if (verdict === 'ignored') return verdict;
    const reason = !fromParent ? `not sent by the parent window (origin ${event.origin})` : typeof verdict === 'string' ? verdict : null;
    if (reason) {
      warn(`[strato embed] dropped a message from ${event.origin}: ${reason}`);
      return reason;
    }
    opts.onMessage(verdict as Envelope);
    return null;
  };

  const listener = (event: MessageEvent) => {
    receive(event);
  };
  opts.self.addEventListener('message', listener as EventListener);

  return {
    post(type, payload) {
      opts.parent?.postMessage(makeEnvelope(type, opts.instance, payload), target);
    },
    receive,
    stop() {
      opts.self.removeEventListener('message', listener as EventListener);
    },
  };
}
