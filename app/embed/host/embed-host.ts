/**
 * embed.js: the optional helper a host page loads beside Stratolab iframes. It sizes every embed
 * iframe to its content (`resize`), re-dispatches each child message as a DOM event on the iframe
 * (`iframe.addEventListener('strato-score', e => e.detail)`), greets iframes with `hello` so it
 * works even when it loads after them, and offers `window.Strato.send(iframe, type, payload)`.
 * It never runs code from messages. Without it, an embed still works at its fixed height.
 */
import type { ParentMessageType } from '../protocol';
import { acceptFromFrame, applyHeight, dispatchAsEvent, isEmbedFrame, sendToFrame } from './frame-link';

export interface EmbedHost {
  send(frame: HTMLIFrameElement | string, type: ParentMessageType, payload?: object): boolean;
  /** Greets every embed iframe on the page (also run at start and on each iframe load). */
  greet(): void;
  stop(): void;
}

export function createEmbedHost(win: Window, warn: (m: string) => void = (m) => console.warn(m)): EmbedHost {
  const doc = win.document;
  const frames = () => Array.from(doc.querySelectorAll('iframe')).filter(isEmbedFrame);
  const hello = (frame: HTMLIFrameElement) => sendToFrame(frame, 'hello', { parentVersion: 1 });

  const onMessage = (event: MessageEvent) => {
    const frame = frames().find((f) => f.contentWindow !== null && f.contentWindow === event.source);
    if (!frame) return;
    const env = acceptFromFrame(frame, event, warn);
    if (!env) return;
    if (env.type === 'resize') applyHeight(frame, env.payload);
    dispatchAsEvent(frame, env);
  };
  const onLoad = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.tagName === 'IFRAME' && isEmbedFrame(target as HTMLIFrameElement)) hello(target as HTMLIFrameElement);
  };

  win.addEventListener('message', onMessage);
  doc.addEventListener('load', onLoad, true);
  const host: EmbedHost = {
    send(frame, type, payload = {}) {
      const el = typeof frame === 'string' ? doc.querySelector<HTMLIFrameElement>(frame) : frame;
      return el ? sendToFrame(el, type, payload) : false;
    },
    greet: () => frames().forEach(hello),
    stop() {
      win.removeEventListener('message', onMessage);
      doc.removeEventListener('load', onLoad, true);
    },
  };
  host.greet();
  return host;
}
