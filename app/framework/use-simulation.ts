/**
 * React bindings of a SimulationSession: `useSimulationSession` creates one per component and
 * opens/closes its engine session with the component; `useSimulationHandle` turns the store into
 * the `SimulationHandle` that widgets receive (app/widgets/types.ts).
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { ScenarioJson } from '../../engine/core/model';
import type { SimulationHandle } from '../widgets/types';
import { useEngine } from './engine-context';
import * as actions from './session-actions';
import { createSimulationSession, type SimState, type SimulationSession } from './simulation-session';

export interface UseSessionOptions {
  scenario: ScenarioJson | unknown;
  /** Initial time in seconds (permalinks). */
  tSec?: number;
  timeScale?: number;
}

/** A session owned by the calling component; it reloads when the scenario's JSON or tSec change. */
export function useSimulationSession({ scenario, tSec = 0, timeScale }: UseSessionOptions): SimulationSession {
  const engine = useEngine();
  const [session] = useState(() => createSimulationSession(engine, placeholderScenario(scenario), { timeScale }));
  // Reload only when the scenario's content changes, not its object identity.
  const key = JSON.stringify([scenario, tSec]);
  useEffect(() => {
    const [s, t] = JSON.parse(key) as [unknown, number];
    actions.loadScenario(session, s, t);
    return () => actions.closeSession(session);
  }, [session, key]);
  return session;
}

export function useSimState<T>(session: SimulationSession, selector: (s: SimState) => T): T {
  return useStore(session.store, selector);
}

export function useSimulationHandle(session: SimulationSession): SimulationHandle {
  const state = useViewState(session);
  return useMemo(() => toHandle(session, state), [session, state]);
}

/**
 * The whole state, for the view that draws a widget. Updates arrive as transitions: React renders
 * them in slices and yields to input and painting between slices, so drawing a frame of play (or
 * a large answer, like a comparison of runs) never blocks the main thread for long; the view is
 * a function of the engine's answers, which are asynchronous anyway. The view reports what it has
 * committed (`markShown`), and play waits for it.
 */
export function useViewState(session: SimulationSession): SimState {
  const [state, setState] = useState(() => session.store.getState());
  useEffect(() => {
    setState(session.store.getState());
    const unsubscribe = session.store.subscribe((s) => startTransition(() => setState(s)));
    return () => {
      unsubscribe();
      actions.markShown(session, null);
    };
  }, [session]);
  useEffect(() => actions.markShown(session, state.revision), [session, state.revision]);
  return state;
}

type HandleActions = Pick<SimulationHandle, 'dispatch' | 'setParams' | 'load' | 'seek' | 'play' | 'pause' | 'step' | 'reset' | 'setSpeed'>;

const actionsBySession = new WeakMap<SimulationSession, HandleActions>();

/** One set of action functions per session: the same functions on every frame, so memoised parts of a widget keep their props. */
function actionsOf(session: SimulationSession): HandleActions {
  let a = actionsBySession.get(session);
  if (!a) {
    a = {
      dispatch: (command) => actions.dispatchCommand(session, command),
      setParams: (params) => actions.setParams(session, params),
      load: (scenario) => actions.loadScenario(session, scenario),
      seek: (t) => actions.seek(session, t),
      play: () => actions.play(session),
      pause: () => actions.pause(session),
      step: () => actions.step(session),
      reset: () => actions.reset(session),
      setSpeed: (speed) => actions.setSpeed(session, speed),
    };
    actionsBySession.set(session, a);
  }
  return a;
}

export function toHandle(session: SimulationSession, s: SimState): SimulationHandle {
  return {
    scenario: s.scenario,
    tSec: s.tSec,
    until: s.until,
    snapshot: s.snapshot,
    series: s.series,
    playing: s.playing,
    speed: s.speed,
    error: s.error,
    ...actionsOf(session),
  };
}

/** The store needs a ScenarioJson before the engine has validated the real one. */
function placeholderScenario(input: unknown): ScenarioJson {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Partial<ScenarioJson>;
  return {
    kind: typeof o.kind === 'string' ? o.kind : '',
    seed: typeof o.seed === 'number' ? o.seed : 1,
    params: typeof o.params === 'object' && o.params !== null ? o.params : {},
    commands: Array.isArray(o.commands) ? o.commands : [],
    until: typeof o.until === 'number' ? o.until : 0,
  };
}
