// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEnvelope } from '../protocol';
import { createEmbedHost } from './embed-host';

const SRC = 'https://labs.example.edu/#/embed/v1/availability?instance=i1&parentOrigin=https%3A%2F%2Fcourse.edu';

function addFrame(src = SRC): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.setAttribute('src', src);
  document.body.append(f);
  return f;
}

function post(frame: HTMLIFrameElement, data: unknown, origin = 'https://labs.example.edu', source: Window | null = frame.contentWindow) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createEmbedHost (embed.js)', () => {
  it('greets embed iframes already on the page with hello, to their origin only', () => {
    const frame = addFrame();
    const spy = vi.spyOn(frame.contentWindow as Window, 'postMessage');
    const host = createEmbedHost(window, () => {});
    expect(spy).toHaveBeenCalledWith({ protocol: 'strato', v: 1, type: 'hello', instance: 'i1', payload: { parentVersion: 1 } }, 'https://labs.example.edu');
    host.stop();
  });

  it('sizes the iframe from resize and re-dispatches every message as a strato-<type> DOM event', () => {
    const frame = addFrame();
    const host = createEmbedHost(window, () => {});
    const scores: unknown[] = [];
    frame.addEventListener('strato-score', (e) => scores.push((e as CustomEvent).detail));
    post(frame, makeEnvelope('resize', 'i1', { height: 612.4 }));
    post(frame, makeEnvelope('score', 'i1', { scoreGiven: 1, scoreMaximum: 1 }));
    expect(frame.style.height).toBe('612px');
    expect(scores).toEqual([{ scoreGiven: 1, scoreMaximum: 1, instance: 'i1' }]);
    host.stop();
  });

  it('drops messages whose origin is not the iframe src origin, and says so', () => {
    const frame = addFrame();
    const warnings: string[] = [];
    const host = createEmbedHost(window, (w) => warnings.push(w));
    post(frame, makeEnvelope('resize', 'i1', { height: 900 }), 'https://evil.example');
    expect(frame.style.height).toBe('');
    expect(warnings[0]).toMatch(/came from https:\/\/evil\.example/);
    host.stop();
  });

  it('ignores messages from windows that are not one of the page\'s embed iframes', () => {
    const frame = addFrame();
    const other = addFrame('https://elsewhere.example/page.html');
    const host = createEmbedHost(window, () => {});
    post(frame, makeEnvelope('resize', 'i1', { height: 900 }), 'https://labs.example.edu', other.contentWindow);
    expect(frame.style.height).toBe('');
    host.stop();
  });

  it('clamps absurd heights', () => {
    const frame = addFrame();
    const host = createEmbedHost(window, () => {});
    post(frame, makeEnvelope('resize', 'i1', { height: 1e9 }));
    expect(frame.style.height).toBe('20000px');
    post(frame, makeEnvelope('resize', 'i1', { height: 'tall' }));
    expect(frame.style.height).toBe('20000px');
    host.stop();
  });

  it('send() posts control messages to the iframe origin', () => {
    const frame = addFrame();
    frame.id = 'w';
    const host = createEmbedHost(window, () => {});
    const spy = vi.spyOn(frame.contentWindow as Window, 'postMessage');
    expect(host.send('#w', 'control', { action: 'play' })).toBe(true);
    expect(spy).toHaveBeenLastCalledWith(makeEnvelope('control', 'i1', { action: 'play' }), 'https://labs.example.edu');
    host.stop();
  });
});
