/**
 * `#/embed/v1/lab?id=<labId>`: a whole bundled lab in an iframe. It posts `ready`, `resize`,
 * `progress` and `score` (from the runner's saved progress) and answers `hello`, `getState` and
 * `setTheme`; simulation `control` is per widget inside the lab, so it is refused with an `error`.
 * Simplification: the lab runner has no progress callback, so the embed reads the saved progress
 * record once a second and posts only when it changed.
 */
import { useEffect, useRef } from 'react';
import { appBaseUrl } from '../framework/permalink';
import { findLab } from '../lab/lab-catalog';
import { LabFromJson } from '../lab/LabFromJson';
import { peekProgress } from '../lab/progress-storage';
import { applyThemeChoice } from '../styles/theme';
import { createChildMessenger } from './child-messenger';
import type { EmbedOptions } from './embed-options';
import { labProgressPayload, labScorePayload } from './lab-events';
import { PROTOCOL_VERSION, type Envelope, type SetThemePayload } from './protocol';
import { createResizeReporter } from './resize-reporter';
import { applyThemeTokens } from './theme-tokens';

type LabShape = Parameters<typeof labProgressPayload>[0] & { version: string };

const POLL_MS = 1000;

function useLabBridge(options: EmbedOptions, lab: LabShape | null, rootRef: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!lab || !rootRef.current) return;
    let last = '';
    const attemptId = `${options.instance}-1`;
    const messenger = createChildMessenger({ self: window, parent: window.parent !== window ? window.parent : null, parentOrigin: options.parentOrigin, instance: options.instance, onMessage: (env) => handle(env) });
    const reporter = createResizeReporter({ root: rootRef.current, onResize: (size) => messenger.post('resize', size) });
    const announce = () => {
      messenger.post('ready', { widget: 'lab', labId: lab.id, version: PROTOCOL_VERSION, capabilities: ['hello', 'setTheme', 'getState'] });
      reporter.flush(true);
    };
    const handle = (env: Envelope) => {
      if (env.type === 'hello') {
        // A host script that loaded late missed the first messages: send the current ones again.
        announce();
        last = '';
        return poll();
      }
      if (env.type === 'getState') return messenger.post('state', { permalink: `${appBaseUrl()}#/lab/${encodeURIComponent(lab.id)}`, simTime: 0, playing: false });
      if (env.type === 'setTheme') {
        const p = env.payload as unknown as SetThemePayload;
        applyThemeChoice(p.theme);
        applyThemeTokens(document.documentElement, p.tokens ?? {});
        return;
      }
      messenger.post('error', { code: 'unsupported', message: `"${env.type}" is not supported by lab embeds; use the widgets inside the lab` });
    };
    const poll = () => {
      const p = peekProgress(lab.id, lab.version);
      const progress = labProgressPayload(lab, p);
      const score = labScorePayload(lab, p, attemptId);
      const key = JSON.stringify([progress, score.scoreGiven]);
      if (key === last) return;
      last = key;
      messenger.post('progress', progress);
      messenger.post('score', score);
    };
    announce();
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      clearInterval(timer);
      messenger.stop();
      reporter.stop();
    };
  }, [options, lab, rootRef]);
}

export function EmbeddedLab({ options, labId }: { options: EmbedOptions; labId: string }) {
  const entry = findLab(labId);
  const rootRef = useRef<HTMLElement>(null);
  const lab = entry ? (entry.raw as LabShape) : null;
  useLabBridge(options, lab, rootRef);
  return (
    <main ref={rootRef} className="embed-root embed-lab" aria-label={entry?.summary.title ?? 'Stratolab lab'}>
      {entry ? (
        <LabFromJson raw={entry.raw} title={entry.summary.title} source={entry.summary.source} />
      ) : (
        <p role="alert">
          There is no Stratolab lab with id <code>{labId || '(none: add ?id=<lab id>)'}</code>.
        </p>
      )}
    </main>
  );
}
