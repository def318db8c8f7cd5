/**
 * A simulation session on the app side: a zustand vanilla store holding what the engine last
 * reported for one engine session, plus the serial request queue and the frame scheduler that
 * paces play. Actions are plain module functions (session-actions.ts), so non-React code — the
 * lab runner, the embed bridge, tests — drives a session exactly as the UI does.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioJson, Snapshot } from '../../engine/core/model';
import type { SeriesBundle } from '../../engine/core/series';
import type { EngineClient, EngineErrorInfo } from '../engine-client/engine-client';
import { initialPace, type PaceState } from './pacing';
import { createSerialQueue, type SerialQueue } from './serial-queue';

export interface SimState {
  /** 'loading' until the first scenario opens; 'failed' if no scenario could be opened at all. */
  status: 'loading' | 'ready' | 'failed';
  /** The scenario as it stands: the loaded one plus every live command (for permalinks). */
  scenario: ScenarioJson;
  /** The scenario as loaded (reset and parameter changes start from it). */
  baseScenario: ScenarioJson;
  tSec: number;
  until: number;
  snapshot: Snapshot | null;
  series: SeriesBundle;
  playing: boolean;
  speed: number;
  /** The last error the engine reported, with its JSON path; cleared by the next success. */
  error: EngineErrorInfo | null;
  /** Increments on every engine answer (hosts can react to "something changed"). */
  revision: number;
}

export interface FrameScheduler {
  request(cb: (nowMs: number) => void): number;
  cancel(handle: number): void;
  reducedMotion(): boolean;
}

export interface SimulationSession {
  readonly store: StoreApi<SimState>;
  readonly engine: EngineClient;
  readonly queue: SerialQueue;
  readonly scheduler: FrameScheduler;
  /** Simulated seconds per wall second at speed 1 (null: derive from `until`). */
  readonly timeScale: number | null;
  /** Mutable internals owned by session-actions.ts. */
  internal: {
    engineId: number | null;
    frame: number | null;
    pace: PaceState;
    closed: boolean;
    lastSeriesMs: number;
    /** The revision a view has on screen, when a view paces play (WidgetHost); null: nobody waits for rendering. */
    shownRevision: number | null;
  };
}

export interface SessionOptions {
  timeScale?: number;
  scheduler?: FrameScheduler;
}

export const browserScheduler: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
  reducedMotion: () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
};

export function createSimulationSession(engine: EngineClient, scenario: ScenarioJson, options: SessionOptions = {}): SimulationSession {
  const store = createStore<SimState>(() => ({
    status: 'loading',
    scenario,
    baseScenario: scenario,
    tSec: 0,
    until: scenario.until,
    snapshot: null,
    series: {},
    playing: false,
    speed: 1,
    error: null,
    revision: 0,
  }));
  const queue = createSerialQueue((e) => {
    store.setState({ error: { path: '', message: e instanceof Error ? e.message : String(e) }, playing: false });
  });
  return {
    store,
    engine,
    queue,
    scheduler: options.scheduler ?? browserScheduler,
    timeScale: options.timeScale ?? null,
    internal: { engineId: null, frame: null, pace: initialPace(), closed: false, lastSeriesMs: -Infinity, shownRevision: null },
  };
}
