/**
 * The embed route `#/embed/v1/<kind>?…`: one widget alone, sized by its content, talking to its
 * parent page through the strato postMessage protocol (see docs/embedding.md). It works as a
 * plain iframe at a fixed height with no script on the host page.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { hrefFor } from '../router/route';
import * as actions from '../framework/session-actions';
import type { SimulationSession } from '../framework/simulation-session';
import { useSimState, useSimulationSession } from '../framework/use-simulation';
import { WidgetHost } from '../framework/WidgetHost';
import { applyThemeChoice } from '../styles/theme';
import { getWidget } from '../widgets/registry';
import type { WidgetDefinition } from '../widgets/types';
import { parseEmbedQuery, type EmbedOptions } from './embed-options';
import { embedScenario } from './embed-scenario';
import type { ThemeChoice, ThemeTokens } from './protocol';
import { applyThemeTokens } from './theme-tokens';
import { useEmbedBridge } from './use-embed-bridge';
import { createChildMessenger } from './child-messenger';
import { EmbeddedLab } from './EmbeddedLab';
import './embed.css';

export default function EmbedPage({ kind, query }: { kind: string; query: URLSearchParams }) {
  const queryText = query.toString();
  const options = useMemo(() => parseEmbedQuery(kind, new URLSearchParams(queryText)), [kind, queryText]);
  const def = getWidget(kind);
  useEmbedDocument(options);
  if (kind === 'lab' && !def) return <EmbeddedLab options={options} labId={query.get('id') ?? ''} />;
  if (!def) return <UnknownKind options={options} />;
  return <EmbeddedWidget key={`${kind}?${queryText}`} def={def} options={options} />;
}

/** Embed-mode document: no viewport-height layout, the requested language, the requested theme. */
function useEmbedDocument(options: EmbedOptions): void {
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('strato-embed');
    html.lang = options.lang;
    applyThemeChoice(options.theme);
    for (const w of options.warnings) console.warn(`[strato embed] ${w}`);
    return () => html.classList.remove('strato-embed');
  }, [options]);
}

function UnknownKind({ options }: { options: EmbedOptions }) {
  useEffect(() => {
    const parent = window.parent !== window ? window.parent : null;
    const m = createChildMessenger({ self: window, parent, parentOrigin: options.parentOrigin, instance: options.instance, onMessage: () => {} });
    m.post('error', { code: 'unknown-kind', message: `no widget of kind "${options.kind}"` });
    return () => m.stop();
  }, [options]);
  return (
    <main className="embed-root" aria-label="Stratolab embed">
      <p role="alert">
        There is no Stratolab widget called <code>{options.kind}</code>. <a href={hrefFor({ name: 'gallery', query: new URLSearchParams() })} target="_blank" rel="noopener">See the gallery</a>.
      </p>
    </main>
  );
}

function EmbeddedWidget({ def, options }: { def: WidgetDefinition; options: EmbedOptions }) {
  const initial = useMemo(() => embedScenario(def.defaultScenario, options), [def, options]);
  const warnings = useMemo(() => (initial.warning ? [...options.warnings, initial.warning] : options.warnings), [initial, options]);
  const session = useSimulationSession({ scenario: initial.scenario, tSec: options.tSec, timeScale: def.timeScale });
  const ready = useSimState(session, (s) => s.snapshot !== null);
  const rootRef = useRef<HTMLElement>(null);
  const onTheme = useCallback((theme: ThemeChoice, tokens: ThemeTokens) => {
    applyThemeChoice(theme);
    const refused = applyThemeTokens(document.documentElement, tokens);
    if (refused.length) console.warn(`[strato embed] ignored theme tokens: ${refused.join(', ')}`);
  }, []);
  useEmbedBridge({ options, session, rootRef, onTheme, warnings });
  useAutoplay(options, ready, session);
  return (
    <main ref={rootRef} className={`embed-root embed-controls-${options.controls}`} aria-label={def.title} data-instance={options.instance}>
      {warnings.length > 0 && options.controls !== 'none' && (
        <details className="embed-warnings">
          <summary>{warnings.length} embed setting{warnings.length > 1 ? 's' : ''} ignored</summary>
          <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </details>
      )}
      <WidgetHost definition={def} session={session} controls={options.controls} readonly={options.readonly} showToolbar={options.controls === 'full'} />
    </main>
  );
}

/** autoplay=1 starts play once the first state is in, unless the reader prefers reduced motion. */
function useAutoplay(options: EmbedOptions, ready: boolean, session: SimulationSession): void {
  const started = useRef(false);
  useEffect(() => {
    if (!options.autoplay || !ready || started.current) return;
    started.current = true;
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) actions.play(session);
  }, [options.autoplay, ready, session]);
}
