/**
 * Connects one embedded simulation session to the parent page: `ready` when the first state
 * arrives (and on `hello`), `resize` from the content root, `state` on pause/seek/param changes
 * (throttled), `score` from the optional goal, `error` for engine errors and bad URL values; and
 * parent messages applied through applyParentMessage. Driven by store subscriptions, not renders.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { SimulationSession, SimState } from '../framework/simulation-session';
import * as actions from '../framework/session-actions';
import { appBaseUrl } from '../framework/permalink';
import { createChildMessenger, type ChildMessenger } from './child-messenger';
import { buildEmbedUrl, type EmbedOptions } from './embed-options';
import { createGoalTracker } from './goal-check';
import { applyParentMessage, type EmbedTarget } from './parent-commands';
import { PARENT_TYPES, PROTOCOL_VERSION, type ThemeChoice, type ThemeTokens } from './protocol';
import { createResizeReporter, type ResizeReporter } from './resize-reporter';

export interface EmbedBridgeOptions {
  options: EmbedOptions;
  session: SimulationSession;
  rootRef: RefObject<HTMLElement | null>;
  onTheme(theme: ThemeChoice, tokens: ThemeTokens): void;
  warnings: string[];
}

const STATE_THROTTLE_MS = 250;

export function statePermalink(kind: string, s: SimState): string {
  return buildEmbedUrl(appBaseUrl(), kind, { scenario: s.scenario, tSec: s.tSec });
}

/** True when a change is one the parent hears about as `state` (pause, seek while paused, new scenario). */
export function isStateChange(s: SimState, prev: SimState): boolean {
  if (s.status !== 'ready') return false;
  return (prev.playing && !s.playing) || (!s.playing && s.tSec !== prev.tSec) || s.scenario !== prev.scenario;
}

function makeTarget(session: SimulationSession, opts: EmbedBridgeOptions, messenger: () => ChildMessenger, reporter: () => ResizeReporter | null): EmbedTarget {
  const { options } = opts;
  const postState = () => {
    const s = session.store.getState();
    messenger().post('state', { permalink: statePermalink(options.kind, s), simTime: s.tSec, playing: s.playing });
  };
  return {
    readonly: options.readonly,
    play: () => actions.play(session),
    pause: () => actions.pause(session),
    step: () => actions.step(session),
    seek: (t) => actions.seek(session, t),
    reset: () => actions.reset(session),
    setParams: (params) => actions.setParams(session, { ...session.store.getState().baseScenario.params, ...params }),
    setTheme: opts.onTheme,
    loadScenario: (scenario, t) => actions.loadScenario(session, scenario, t),
    announce: () => {
      messenger().post('ready', { widget: options.kind, version: PROTOCOL_VERSION, capabilities: [...PARENT_TYPES] });
      reporter()?.flush(true);
    },
    postState,
    reportError: (code, message) => messenger().post('error', { code, message }),
  };
}

export function useEmbedBridge(opts: EmbedBridgeOptions): void {
  const optsRef = useRef(opts);
  useEffect(() => {
    optsRef.current = opts;
  });
  const { session, rootRef } = opts;
  useEffect(() => {
    const o = optsRef.current;
    let reporter: ResizeReporter | null = null;
    const messenger = createChildMessenger({
      self: window,
      parent: window.parent !== window ? window.parent : null,
      parentOrigin: o.options.parentOrigin,
      instance: o.options.instance,
      onMessage: (env) => applyParentMessage(env, target),
    });
    let lastScore: object | null = null;
    let announced = false;
    const base = makeTarget(session, { ...o, onTheme: (t, k) => optsRef.current.onTheme(t, k) }, () => messenger, () => reporter);
    // A host script that loaded late missed the first messages: `hello` gets ready and the current score again.
    // Before the first state, a `hello` is answered by the `ready` that follows it.
    const target = { ...base, announce: () => announced && (base.announce(), lastScore && messenger.post('score', lastScore)) };
    if (rootRef.current) reporter = createResizeReporter({ root: rootRef.current, onResize: (size) => messenger.post('resize', size) });
    const goal = o.options.check ? createGoalTracker(o.options.check, o.options.checkId, `${o.options.instance}-1`) : null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onChange = (s: SimState, prev: SimState) => {
      if (!announced && s.status === 'ready' && s.snapshot) {
        announced = true;
        base.announce();
        if (optsRef.current.warnings.length) target.reportError('bad-url-param', optsRef.current.warnings.join('; '));
      }
      if (s.error && s.error !== prev.error) messenger.post('error', { code: 'scenario', message: s.error.message, path: s.error.path });
      if (goal && s.snapshot && s.revision !== prev.revision) {
        const verdict = goal(s.snapshot);
        if (verdict && 'error' in verdict) target.reportError('bad-check', verdict.error);
        else if (verdict) {
          lastScore = verdict;
          messenger.post('score', verdict);
        }
      }
      if (isStateChange(s, prev) && timer === null) timer = setTimeout(() => { timer = null; target.postState(); }, STATE_THROTTLE_MS);
    };
    const unsubscribe = session.store.subscribe(onChange);
    onChange(session.store.getState(), session.store.getState());
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      messenger.stop();
      reporter?.stop();
    };
  }, [session, rootRef]);
}
