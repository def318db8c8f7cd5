/**
 * Actions on a SimulationSession, as plain module functions (zustand's "no store actions"
 * practice). Every engine request goes through the session's serial queue, so there is never
 * more than one in flight; play is paced by `pace()` on animation frames.
 */
import type { Command, ScenarioJson } from '../../engine/core/model';
import type { Result, SessionView } from '../engine-client/engine-client';
import { clampTime, defaultTimeScale, pace, stepSizeSec } from './pacing';
import type { SimulationSession, SimState } from './simulation-session';

type Job = () => Promise<void>;

function enqueue(session: SimulationSession, job: Job, key?: string): void {
  if (session.internal.closed) return;
  session.queue.push(job, key);
}

/** While playing, series (copied in the worker, O(rows)) are fetched at most this often. */
export const PLAY_SERIES_INTERVAL_MS = 250;

/** Applies an engine answer to the store (and fetches the series that go with it, unless told not to). */
async function accept(session: SimulationSession, result: Result<SessionView>, extra: Partial<SimState> = {}, withSeries = true): Promise<boolean> {
  if (!result.ok) {
    session.store.setState((s) => ({ error: result.error, playing: false, revision: s.revision + 1, ...extra }));
    return false;
  }
  const view = result.value;
  const series = withSeries ? await session.engine.series(view.id) : session.store.getState().series;
  session.store.setState((s) => ({
    status: 'ready',
    // Every answer carries the scenario; while playing it is the same one, and keeping its
    // identity lets the parameter panel, the share dialog and memoised views skip the frame.
    scenario: sameJson(s.scenario, view.scenario) ? s.scenario : view.scenario,
    tSec: view.tSec,
    until: view.until,
    snapshot: view.snapshot,
    series,
    error: null,
    revision: s.revision + 1,
    ...extra,
  }));
  return true;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Opens `scenario` (advanced to tSec) and switches to it. If it is invalid, the previous scenario
 * keeps running and the error (with its JSON path) is shown.
 */
async function openAndSwitch(session: SimulationSession, scenario: unknown, tSec: number, asBase: boolean): Promise<void> {
  const opened = await session.engine.open(scenario);
  if (!opened.ok) {
    const hadSession = session.internal.engineId !== null;
    session.store.setState((s) => ({ error: opened.error, status: hadSession ? s.status : 'failed', revision: s.revision + 1 }));
    return;
  }
  const id = opened.value.id;
  const result = tSec > 0 ? await session.engine.advanceTo(id, clampTime(tSec, opened.value.until)) : opened;
  if (!result.ok) {
    await session.engine.close(id);
    session.store.setState((s) => ({ error: result.error, revision: s.revision + 1 }));
    return;
  }
  const previous = session.internal.engineId;
  session.internal.engineId = id;
  if (previous !== null) await session.engine.close(previous);
  if (session.internal.closed) {
    session.internal.engineId = null;
    await session.engine.close(id);
    return;
  }
  const base = asBase ? (opened.value.scenario as ScenarioJson) : session.store.getState().baseScenario;
  await accept(session, result, { baseScenario: base });
}

/** Replaces the whole scenario (labs, permalinks, embeds); optionally at time tSec. */
export function loadScenario(session: SimulationSession, scenario: unknown, tSec = 0): void {
  session.internal.closed = false;
  pause(session);
  enqueue(session, () => openAndSwitch(session, scenario, tSec, true), 'load');
}

/** Restarts from t = 0 with new params and the loaded scenario's scripted commands (live ones are dropped). */
export function setParams(session: SimulationSession, params: Record<string, unknown>): void {
  pause(session);
  const base = session.store.getState().baseScenario;
  enqueue(session, () => openAndSwitch(session, { ...base, params }, 0, true), 'load');
}

/** Back to t = 0 with the loaded scenario (live commands are dropped). */
export function reset(session: SimulationSession): void {
  pause(session);
  const base = session.store.getState().baseScenario;
  enqueue(session, () => openAndSwitch(session, base, 0, true), 'load');
}

function advance(session: SimulationSession, tSec: number, key: string, after?: Partial<SimState>, withSeries = true): void {
  enqueue(
    session,
    async () => {
      const id = session.internal.engineId;
      if (id === null) return;
      const until = session.store.getState().until;
      await accept(session, await session.engine.advanceTo(id, clampTime(tSec, until)), after, withSeries);
    },
    key,
  );
}

/** Moves to tSec (backwards is an exact replay). A fast scrub sends only the latest target. */
export function seek(session: SimulationSession, tSec: number): void {
  advance(session, tSec, 'seek');
}

export function step(session: SimulationSession): void {
  pause(session);
  const { tSec, until } = session.store.getState();
  seek(session, tSec + stepSizeSec(until));
}

/** A live command at the current time; it is recorded in the scenario. */
export function dispatchCommand(session: SimulationSession, command: Omit<Command, 'at'>): void {
  enqueue(session, async () => {
    const id = session.internal.engineId;
    if (id === null) return;
    await accept(session, await session.engine.dispatch(id, command));
  });
}

export function setSpeed(session: SimulationSession, speed: number): void {
  if (speed > 0 && Number.isFinite(speed)) session.store.setState({ speed });
}

export function play(session: SimulationSession): void {
  const s = session.store.getState();
  if (s.playing || s.status !== 'ready') return;
  if (s.tSec >= s.until) seek(session, 0);
  session.store.setState({ playing: true });
  session.internal.pace = { lastWallMs: null };
  session.internal.lastSeriesMs = -Infinity;
  scheduleFrame(session);
}

export function pause(session: SimulationSession): void {
  if (session.internal.frame !== null) session.scheduler.cancel(session.internal.frame);
  session.internal.frame = null;
  if (!session.store.getState().playing) return;
  session.store.setState({ playing: false });
  // Play may have skipped series on its last frames: bring them up to the paused time.
  enqueue(session, async () => {
    const id = session.internal.engineId;
    if (id !== null) session.store.setState({ series: await session.engine.series(id) });
  }, 'series');
}

export function togglePlay(session: SimulationSession): void {
  if (session.store.getState().playing) pause(session);
  else play(session);
}

function scheduleFrame(session: SimulationSession): void {
  session.internal.frame = session.scheduler.request((nowMs) => onFrame(session, nowMs));
}

/** One animation frame of play: at most one advanceTo, never while another request is pending. */
export function onFrame(session: SimulationSession, nowMs: number): void {
  session.internal.frame = null;
  const s = session.store.getState();
  if (!s.playing || session.internal.closed) return;
  const out = pace(session.internal.pace, {
    nowMs,
    tSec: s.tSec,
    untilSec: s.until,
    speed: s.speed,
    timeScale: session.timeScale ?? defaultTimeScale(s.until),
    inFlight: session.queue.busy || viewBehind(session),
    reducedMotion: session.scheduler.reducedMotion(),
  });
  session.internal.pace = out.state;
  if (out.targetSec !== null) {
    const withSeries = out.reachesEnd || nowMs - session.internal.lastSeriesMs >= PLAY_SERIES_INTERVAL_MS;
    if (withSeries) session.internal.lastSeriesMs = nowMs;
    advance(session, out.targetSec, 'play', out.reachesEnd ? { playing: false } : undefined, withSeries);
  }
  if (out.reachesEnd && out.targetSec === null && s.tSec >= s.until) {
    pause(session);
    return;
  }
  scheduleFrame(session);
}

/**
 * A view that draws the session says which revision it has on screen (after React committed it);
 * `null` detaches it. While the view is behind, play asks the engine for nothing new: on a slow
 * or busy machine frames are then skipped instead of queuing renders the screen cannot keep up with.
 */
export function markShown(session: SimulationSession, revision: number | null): void {
  session.internal.shownRevision = revision;
}

function viewBehind(session: SimulationSession): boolean {
  const shown = session.internal.shownRevision;
  return shown !== null && shown < session.store.getState().revision;
}

/** Stops play and closes the engine session (a later loadScenario reopens it). */
export function closeSession(session: SimulationSession): void {
  pause(session);
  session.internal.closed = true;
  session.queue.push(async () => {
    const id = session.internal.engineId;
    session.internal.engineId = null;
    if (id !== null) await session.engine.close(id);
  });
}
