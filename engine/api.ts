/**
 * The session facade: plain data in, plain data out. The worker exposes exactly this object with
 * Comlink; tests, the CLI and benchmarks call it directly in Node. It delegates — it never
 * accumulates domain logic.
 *
 * Scrubbing backwards is a replay from the start (plus the live commands recorded so far), which
 * is exact because the engine is deterministic.
 */
import { isScenarioError } from './core/errors';
import type { Command, ScenarioJson, Snapshot } from './core/model';
import type { Run } from './core/run';
import type { SeriesBundle } from './core/series';
import { allModels } from './registry';
import { startRun } from './replay';
import { createLabApi } from './lab/lab-api';

export interface EngineErrorInfo {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineErrorInfo };

export interface SessionView {
  id: number;
  tSec: number;
  until: number;
  snapshot: Snapshot;
  /** The scenario including every live command dispatched so far (for permalinks). */
  scenario: ScenarioJson;
}

export interface KindInfo {
  kind: string;
  title: string;
  summary: string;
  commands: Array<{ do: string; summary: string; args?: Record<string, string> }>;
  example: ScenarioJson;
}

function toErrorInfo(e: unknown): EngineErrorInfo {
  if (isScenarioError(e)) return { path: e.path, message: e.message };
  return { path: '', message: e instanceof Error ? e.message : String(e) };
}

function attempt<T>(fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  }
}

export function createEngineApi() {
  const sessions = new Map<number, Run>();
  let nextId = 1;

  const get = (id: number): Run => {
    const run = sessions.get(id);
    if (!run) throw new Error(`no open session ${id}`);
    return run;
  };
  const view = (id: number): SessionView => {
    const run = get(id);
    return { id, tSec: run.tSec, until: run.scenario.until, snapshot: run.snapshot(), scenario: run.scenario };
  };

  return {
    // Labs: validateLab, checkTask, gradeQuiz, learnerScenario (engine/lab/lab-api.ts).
    ...createLabApi(),
    kinds(): KindInfo[] {
      return allModels().map((d) => ({ kind: d.kind, title: d.title, summary: d.summary, commands: d.commands.map((c) => ({ ...c })), example: d.example }));
    },
    open(scenario: unknown): Result<SessionView> {
      return attempt(() => {
        const run = startRun(scenario);
        run.advanceTo(0); // commands at t = 0 are part of the initial state, as in replay(s, 0)
        const id = nextId++;
        sessions.set(id, run);
        return view(id);
      });
    },
    /** Moves to tSec; a time before now replays from the start with the recorded commands. */
    advanceTo(id: number, tSec: number): Result<SessionView> {
      return attempt(() => {
        const run = get(id);
        if (tSec < run.tSec) {
          const fresh = startRun(run.scenario);
          sessions.set(id, fresh);
          fresh.advanceTo(tSec);
        } else {
          run.advanceTo(tSec);
        }
        return view(id);
      });
    },
    dispatch(id: number, command: Omit<Command, 'at'>): Result<SessionView> {
      return attempt(() => {
        get(id).dispatch(command);
        return view(id);
      });
    },
    snapshot(id: number): Result<SessionView> {
      return attempt(() => view(id));
    },
    series(id: number): SeriesBundle {
      return get(id).model.series();
    },
    close(id: number): void {
      sessions.delete(id);
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
