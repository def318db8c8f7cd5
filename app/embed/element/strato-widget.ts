/**
 * <strato-widget>: the custom-element form of an embed, for pages that allow a script tag.
 * It wraps the iframe contract (mode "iframe" of refs/lab-platforms.md (e)3) in a Shadow DOM:
 * attributes mirror the URL parameters, methods drive the widget with `control` messages, child
 * messages come out as bubbling, composed `strato-<type>` events, and `--strato-*` CSS custom
 * properties on the element theme both the frame and the widget inside (sent with `setTheme`).
 *
 * Simplification: no inline (same-document) mode; the iframe keeps the host page's CSS and the
 * widget's worker apart, at the cost of one extra document per widget.
 */
import { decodeBase64Url } from '../base64url';
import { buildEmbedUrl, type EmbedQueryInput } from '../embed-options';
import type { ControlAction, ParentMessageType, ThemeChoice, ThemeTokens } from '../protocol';
import { acceptFromFrame, applyHeight, dispatchAsEvent, frameOrigin, sendToFrame } from '../host/frame-link';
import { elementStyles } from './element-styles';

const URL_ATTRIBUTES = ['kind', 'params', 'scenario', 'seed', 't', 'autoplay', 'speed', 'controls', 'lang', 'readonly', 'instance', 'check', 'base'];
const TOKEN_PROPS: Array<[keyof ThemeTokens, string]> = [['accent', '--strato-accent'], ['bg', '--strato-bg'], ['fg', '--strato-fg'], ['fontFamily', '--strato-font-family'], ['radius', '--strato-radius']];
let counter = 0;

function parseJsonAttribute(raw: string | null, name: string): unknown {
  if (raw === null || raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    try {
      return JSON.parse(decodeBase64Url(raw));
    } catch {
      console.warn(`[strato-widget] ignored the ${name} attribute: it is neither JSON nor base64url JSON`);
      return undefined;
    }
  }
}

/** Where the app lives: the `base` attribute, else two levels above this module (…/embed/v1/x.js). */
export function defaultAppBase(moduleUrl: string): string {
  return new URL('../../', moduleUrl).href;
}

export class StratoWidget extends HTMLElement {
  static observedAttributes = [...URL_ATTRIBUTES, 'theme', 'label', 'height'];
  static moduleUrl = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
  private frame: HTMLIFrameElement | null = null;
  private lastState: { permalink: string } | null = null;
  private readonly instanceId = `strato-el-${++counter}`;
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.frame) {
      const style = document.createElement('style');
      style.textContent = elementStyles;
      this.frame = document.createElement('iframe');
      this.frame.setAttribute('part', 'frame');
      this.frame.setAttribute('allow', 'fullscreen; clipboard-write');
      this.frame.setAttribute('loading', 'lazy');
      root.append(style, this.frame);
    }
    this.frame.title = this.getAttribute('label') ?? `Interactive: ${this.getAttribute('kind') ?? 'widget'}`;
    this.frame.style.height = `${Number(this.getAttribute('height')) || 460}px`;
    this.frame.src = this.embedUrl();
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.frame || oldValue === newValue) return;
    if (name === 'theme') this.sendTheme();
    else if (name === 'label') this.frame.title = newValue ?? '';
    else if (URL_ATTRIBUTES.includes(name)) this.frame.src = this.embedUrl();
  }

  /** The iframe URL these attributes describe (parentOrigin is this page, so every message is allowed). */
  embedUrl(): string {
    const a = (n: string) => this.getAttribute(n);
    const input: EmbedQueryInput = {
      params: (parseJsonAttribute(a('params'), 'params') as Record<string, unknown> | undefined) ?? {},
      scenario: parseJsonAttribute(a('scenario'), 'scenario'),
      check: parseJsonAttribute(a('check'), 'check'),
      seed: a('seed') !== null && Number.isInteger(Number(a('seed'))) ? Number(a('seed')) : null,
      tSec: Number(a('t')) || 0,
      autoplay: a('autoplay') === '' || a('autoplay') === '1' || a('autoplay') === 'true',
      speed: Number(a('speed')) || 1,
      controls: (a('controls') as EmbedQueryInput['controls']) ?? 'compact',
      theme: (a('theme') as ThemeChoice | null) ?? 'auto',
      lang: a('lang') ?? undefined,
      readonly: a('readonly') !== null && a('readonly') !== '0' && a('readonly') !== 'false',
      parentOrigin: window.location.origin,
      instance: a('instance') ?? this.instanceId,
    };
    return buildEmbedUrl(a('base') ?? defaultAppBase(StratoWidget.moduleUrl), a('kind') ?? '', input);
  }

  play(): void { this.control('play'); }
  pause(): void { this.control('pause'); }
  step(): void { this.control('step'); }
  reset(): void { this.control('reset'); }
  seek(simTime: number): void { this.control('seek', simTime); }
  setParams(params: Record<string, unknown>): void { this.send('setParams', { params }); }

  /** Asks the widget for its state and resolves with its permalink (the last known one after 3 s). */
  getPermalink(): Promise<string> {
    return new Promise((resolve, reject) => {
      const done = (e: Event) => {
        clearTimeout(timer);
        resolve((e as CustomEvent<{ permalink: string }>).detail.permalink);
      };
      const timer = setTimeout(() => {
        this.removeEventListener('strato-state', done);
        if (this.lastState) resolve(this.lastState.permalink);
        else reject(new Error('the widget did not answer getState'));
      }, 3000);
      this.addEventListener('strato-state', done, { once: true });
      this.send('getState', {});
    });
  }

  private control(action: ControlAction, simTime?: number): void {
    this.send('control', simTime === undefined ? { action } : { action, simTime });
  }

  private send(type: ParentMessageType, payload: object): void {
    if (this.frame) sendToFrame(this.frame, type, payload);
  }

  private sendTheme(): void {
    const style = getComputedStyle(this);
    const tokens: ThemeTokens = {};
    for (const [key, prop] of TOKEN_PROPS) {
      const value = style.getPropertyValue(prop).trim();
      if (value) tokens[key] = value;
    }
    this.send('setTheme', { theme: (this.getAttribute('theme') as ThemeChoice | null) ?? 'auto', tokens });
  }

  private receive(event: MessageEvent): void {
    if (!this.frame) return;
    const env = acceptFromFrame(this.frame, event, (m) => console.warn(m));
    if (!env) return;
    if (env.type === 'ready') this.sendTheme();
    if (env.type === 'resize') applyHeight(this.frame, env.payload);
    if (env.type === 'state') this.lastState = env.payload as { permalink: string };
    dispatchAsEvent(this, env, true);
  }

  get appOrigin(): string | null {
    return this.frame ? frameOrigin(this.frame) : null;
  }
}
