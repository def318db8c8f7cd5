// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEnvelope } from '../protocol';
import { defaultAppBase, StratoWidget } from './strato-widget';
import { upgradeDataAttributes } from './upgrade-data-attributes';

beforeAll(() => {
  if (!customElements.get('strato-widget')) customElements.define('strato-widget', StratoWidget);
});

function mount(attrs: Record<string, string>): { el: StratoWidget; frame: HTMLIFrameElement } {
  const el = document.createElement('strato-widget') as StratoWidget;
  el.setAttribute('base', 'https://labs.example.edu/app/');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  const frame = el.shadowRoot?.querySelector('iframe') as HTMLIFrameElement;
  // jsdom gives iframes inside a shadow root no window; stand one in.
  Object.defineProperty(frame, 'contentWindow', { value: { postMessage: vi.fn() } });
  return { el, frame };
}

const deliver = (frame: HTMLIFrameElement, data: unknown, origin = 'https://labs.example.edu') =>
  window.dispatchEvent(Object.assign(new Event('message'), { data, origin, source: frame.contentWindow }));

describe('<strato-widget>', () => {
  it('renders an iframe whose URL mirrors the attributes, with this page as parentOrigin', () => {
    const { frame } = mount({ kind: 'availability', params: '{"targetNines":4}', seed: '7', theme: 'dark', controls: 'none', instance: 'w1', label: 'Availability demo' });
    const url = new URL(frame.src);
    expect(url.origin + url.pathname).toBe('https://labs.example.edu/app/');
    expect(url.hash.startsWith('#/embed/v1/availability?')).toBe(true);
    const q = new URLSearchParams(url.hash.split('?')[1]);
    expect(Object.fromEntries(q)).toMatchObject({ 'p.targetNines': '4', seed: '7', theme: 'dark', controls: 'none', instance: 'w1', parentOrigin: window.location.origin });
    expect(frame.title).toBe('Availability demo');
    expect(frame.getAttribute('part')).toBe('frame');
  });

  it('turns child messages into composed strato-<type> events and follows resize', () => {
    const { el, frame } = mount({ kind: 'availability', instance: 'w2' });
    const seen: string[] = [];
    document.body.addEventListener('strato-ready', () => seen.push('ready'));
    el.addEventListener('strato-score', (e) => seen.push(`score ${(e as CustomEvent).detail.scaled}`));
    deliver(frame, makeEnvelope('ready', 'w2', { widget: 'availability' }));
    deliver(frame, makeEnvelope('resize', 'w2', { height: 333 }));
    deliver(frame, makeEnvelope('score', 'w2', { scaled: 0.5 }));
    deliver(frame, makeEnvelope('score', 'w2', { scaled: 1 }), 'https://evil.example');
    expect(seen).toEqual(['ready', 'score 0.5']);
    expect(frame.style.height).toBe('333px');
  });

  it('methods send control messages to the app origin; theme changes send setTheme without reloading', () => {
    const { el, frame } = mount({ kind: 'availability', instance: 'w3' });
    const spy = vi.mocked((frame.contentWindow as Window).postMessage);
    const src = frame.src;
    el.play();
    el.seek(12);
    el.setAttribute('theme', 'light');
    expect(spy.mock.calls.map((c) => [c[0].type, c[0].payload.action ?? c[0].payload.theme, c[1]])).toEqual([
      ['control', 'play', 'https://labs.example.edu'], ['control', 'seek', 'https://labs.example.edu'], ['setTheme', 'light', 'https://labs.example.edu'],
    ]);
    expect(frame.src).toBe(src);
    el.setAttribute('seed', '9');
    expect(frame.src).not.toBe(src);
  });

  it('getPermalink() resolves with the permalink of the state reply', async () => {
    const { el, frame } = mount({ kind: 'availability', instance: 'w4' });
    vi.mocked((frame.contentWindow as Window).postMessage).mockImplementation(() => {
      deliver(frame, makeEnvelope('state', 'w4', { permalink: 'https://labs.example.edu/app/#/embed/v1/availability?s=e30', simTime: 0, playing: false }));
    });
    await expect(el.getPermalink()).resolves.toMatch(/s=e30$/);
  });

  it('accepts the Share dialog\'s base64url scenario attribute as well as JSON', async () => {
    const { encodeJson } = await import('../base64url');
    const scenario = { kind: 'availability', seed: 3, params: {}, commands: [], until: 5 };
    for (const value of [encodeJson(scenario), JSON.stringify(scenario)]) {
      const { frame } = mount({ kind: 'availability', scenario: value, t: '2.5' });
      const q = new URLSearchParams(new URL(frame.src).hash.split('?')[1]);
      expect([q.get('s'), q.get('t')]).toEqual([encodeJson(scenario), '2.5']);
    }
  });

  it('defaultAppBase is two folders above the module', () => {
    expect(defaultAppBase('https://labs.example.edu/strato/embed/v1/strato-elements.js')).toBe('https://labs.example.edu/strato/');
  });

  it('upgrades data-strato-widget holders into elements', () => {
    document.body.innerHTML = '<div data-strato-widget="availability" data-seed="3" data-base="https://labs.example.edu/"></div>';
    expect(upgradeDataAttributes(document)).toBe(1);
    const el = document.querySelector('strato-widget');
    expect([el?.getAttribute('kind'), el?.getAttribute('seed')]).toEqual(['availability', '3']);
  });
});
