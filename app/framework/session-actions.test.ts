import { describe, expect, it } from 'vitest';
import type { Command, ScenarioJson } from '../../engine/core/model';
import type { EngineClient, Result, SessionView } from '../engine-client/engine-client';
import * as actions from './session-actions';
import { createSimulationSession, type FrameScheduler } from './simulation-session';

/** A fake engine: a clock model whose snapshot is { t, commands }; answers only when released. */
function createFakeEngine(options: { manual?: boolean } = {}) {
  const sessions = new Map<number, { scenario: ScenarioJson; tSec: number }>();
  let nextId = 1;
  let inFlight = 0;
  let maxInFlight = 0;
  const gates: Array<() => void> = [];
  const calls: string[] = [];
  const view = (id: number): SessionView => {
    const s = sessions.get(id)!;
    return { id, tSec: s.tSec, until: s.scenario.until, snapshot: { t: s.tSec, commands: s.scenario.commands.length }, scenario: structuredClone(s.scenario) };
  };
  const answer = async <T>(name: string, fn: () => T): Promise<T> => {
    calls.push(name);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (options.manual) await new Promise<void>((r) => gates.push(r));
    else await Promise.resolve();
    inFlight--;
    return fn();
  };
  const ok = (v: SessionView): Result<SessionView> => ({ ok: true, value: v });
  const engine: EngineClient = {
    kinds: () => answer('kinds', () => []),
    open: (sc) =>
      answer('open', () => {
        const scenario = sc as ScenarioJson;
        if (typeof scenario.params.bad === 'number') return { ok: false, error: { path: 'params.bad', message: 'params.bad: must not be set' } };
        const id = nextId++;
        sessions.set(id, { scenario: { ...scenario, commands: [...scenario.commands] }, tSec: 0 });
        return ok(view(id));
      }),
    advanceTo: (id, t) => answer(`advanceTo ${t}`, () => (sessions.get(id)!.tSec = t, ok(view(id)))),
    dispatch: (id, c) =>
      answer(`dispatch ${c.do}`, () => {
        const s = sessions.get(id)!;
        s.scenario.commands.push({ ...c, at: s.tSec } as Command);
        return ok(view(id));
      }),
    snapshot: (id) => answer('snapshot', () => ok(view(id))),
    series: (id) => answer('series', () => ({ tSec: Float64Array.of(0, sessions.get(id)!.tSec) })),
    close: (id) => answer('close', () => void sessions.delete(id)),
  };
  return { engine, calls, sessions, release: () => gates.splice(0).forEach((g) => g()), get maxInFlight() { return maxInFlight; } };
}

function manualScheduler(): FrameScheduler & { frame(now: number): void; pending: number } {
  let cb: ((n: number) => void) | null = null;
  return {
    request: (f) => ((cb = f), 1),
    cancel: () => void (cb = null),
    reducedMotion: () => false,
    frame(now) {
      const f = cb;
      cb = null;
      f?.(now);
    },
    get pending() {
      return cb ? 1 : 0;
    },
  };
}

const scenario: ScenarioJson = { kind: 'clock', seed: 1, params: {}, commands: [], until: 30 };

describe('simulation session', () => {
  it('opens a scenario at the permalink time', async () => {
    const fake = createFakeEngine();
    const session = createSimulationSession(fake.engine, scenario);
    actions.loadScenario(session, scenario, 12.5);
    await session.queue.idle();
    expect(session.store.getState()).toMatchObject({ status: 'ready', tSec: 12.5, until: 30, snapshot: { t: 12.5 } });
    expect(session.store.getState().series.tSec).toEqual(Float64Array.of(0, 12.5));
  });

  it('keeps the previous scenario running when new params are invalid, and shows the path', async () => {
    const fake = createFakeEngine();
    const session = createSimulationSession(fake.engine, scenario);
    actions.loadScenario(session, scenario);
    await session.queue.idle();
    actions.setParams(session, { bad: 1 });
    await session.queue.idle();
    const s = session.store.getState();
    expect(s.error).toEqual({ path: 'params.bad', message: 'params.bad: must not be set' });
    expect(s.status).toBe('ready');
    expect(s.scenario.params).toEqual({});
    expect(fake.sessions.size).toBe(1);
  });

  it('records live commands in the scenario and drops them on reset', async () => {
    const fake = createFakeEngine();
    const session = createSimulationSession(fake.engine, scenario);
    actions.loadScenario(session, scenario, 3);
    actions.dispatchCommand(session, { do: 'fail', component: 'a' });
    await session.queue.idle();
    expect(session.store.getState().scenario.commands).toEqual([{ do: 'fail', component: 'a', at: 3 }]);
    actions.reset(session);
    await session.queue.idle();
    expect(session.store.getState()).toMatchObject({ tSec: 0, scenario: { commands: [] } });
  });

  it('paces play with one advanceTo per frame and never two requests in flight', async () => {
    const fake = createFakeEngine({ manual: true });
    const sched = manualScheduler();
    const session = createSimulationSession(fake.engine, scenario, { scheduler: sched, timeScale: 10 });
    actions.loadScenario(session, scenario);
    while (session.store.getState().status !== 'ready') {
      fake.release();
      await new Promise((r) => setTimeout(r, 0));
    }
    actions.play(session);
    sched.frame(0);
    sched.frame(100); // asks for t = 1 s
    sched.frame(116); // the request is still pending: nothing new is sent
    sched.frame(132);
    expect(fake.calls.filter((c) => c.startsWith('advanceTo'))).toEqual(['advanceTo 1']);
    while (session.queue.busy) {
      fake.release();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(session.store.getState().tSec).toBe(1);
    expect(fake.maxInFlight).toBe(1);
  });

  it('stops playing at the end of the scenario', async () => {
    const fake = createFakeEngine();
    const sched = manualScheduler();
    const session = createSimulationSession(fake.engine, scenario, { scheduler: sched, timeScale: 1000 });
    actions.loadScenario(session, scenario);
    await session.queue.idle();
    actions.play(session);
    sched.frame(0);
    sched.frame(100);
    await session.queue.idle();
    expect(session.store.getState()).toMatchObject({ tSec: 30, playing: false });
  });

  it('sends only the latest of several quick seeks', async () => {
    const fake = createFakeEngine();
    const session = createSimulationSession(fake.engine, scenario);
    actions.loadScenario(session, scenario);
    actions.seek(session, 5);
    actions.seek(session, 6);
    actions.seek(session, 7);
    await session.queue.idle();
    expect(fake.calls.filter((c) => c.startsWith('advanceTo'))).toEqual(['advanceTo 7']);
  });

  it('fetches series at most every 250 ms while playing, and brings them up to date on pause', async () => {
    const fake = createFakeEngine();
    const sched = manualScheduler();
    const session = createSimulationSession(fake.engine, scenario, { scheduler: sched, timeScale: 0.1 });
    actions.loadScenario(session, scenario);
    await session.queue.idle();
    fake.calls.length = 0;
    actions.play(session);
    for (let now = 0; now <= 300; now += 50) {
      sched.frame(now);
      await session.queue.idle();
    }
    expect(fake.calls.filter((c) => c.startsWith('advanceTo'))).toHaveLength(6);
    expect(fake.calls.filter((c) => c === 'series')).toHaveLength(2);
    actions.pause(session);
    await session.queue.idle();
    const s = session.store.getState();
    expect(s.series.tSec![1]).toBe(s.tSec);
  });
  it('waits for the view to show the last answer before asking for the next frame', async () => {
    const fake = createFakeEngine();
    const sched = manualScheduler();
    const session = createSimulationSession(fake.engine, scenario, { scheduler: sched, timeScale: 1 });
    actions.loadScenario(session, scenario);
    await session.queue.idle();
    actions.markShown(session, session.store.getState().revision);
    fake.calls.length = 0;
    actions.play(session);
    sched.frame(0);
    sched.frame(100);
    await session.queue.idle();
    sched.frame(200); // the view has not committed the answer to t = 0.1 yet: nothing is sent
    await session.queue.idle();
    expect(fake.calls.filter((c) => c.startsWith('advanceTo'))).toEqual(['advanceTo 0.1']);
    actions.markShown(session, session.store.getState().revision);
    sched.frame(300);
    await session.queue.idle();
    expect(fake.calls.filter((c) => c.startsWith('advanceTo'))).toEqual(['advanceTo 0.1', 'advanceTo 0.3']);
    actions.markShown(session, null); // no view: play does not wait
    sched.frame(400);
    await session.queue.idle();
    sched.frame(500);
    await session.queue.idle();
    expect(fake.calls.filter((c) => c.startsWith('advanceTo'))).toHaveLength(4);
    actions.pause(session);
  });
});
