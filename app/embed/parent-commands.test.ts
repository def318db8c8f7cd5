import { describe, expect, it, vi } from 'vitest';
import { encodeJson } from './base64url';
import { applyParentMessage, scenarioFromPermalink, type EmbedTarget } from './parent-commands';
import { makeEnvelope } from './protocol';

function target(readonly = false) {
  return {
    readonly, play: vi.fn(), pause: vi.fn(), step: vi.fn(), seek: vi.fn(), reset: vi.fn(), setParams: vi.fn(),
    setTheme: vi.fn(), loadScenario: vi.fn(), announce: vi.fn(), postState: vi.fn(), reportError: vi.fn(),
  } satisfies EmbedTarget;
}

describe('applyParentMessage', () => {
  it('maps control actions onto the simulation', () => {
    const t = target();
    for (const action of ['play', 'pause', 'step', 'reset']) applyParentMessage(makeEnvelope('control', '', { action }), t);
    applyParentMessage(makeEnvelope('control', '', { action: 'seek', simTime: 7.5 }), t);
    expect([t.play, t.pause, t.step, t.reset].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(t.seek).toHaveBeenCalledWith(7.5);
  });
  it('answers hello with ready and getState with state', () => {
    const t = target();
    applyParentMessage(makeEnvelope('hello', '', {}), t);
    applyParentMessage(makeEnvelope('getState', '', {}), t);
    expect([t.announce.mock.calls.length, t.postState.mock.calls.length]).toEqual([1, 1]);
  });
  it('sets params and theme', () => {
    const t = target();
    applyParentMessage(makeEnvelope('setParams', '', { params: { a: 1 } }), t);
    applyParentMessage(makeEnvelope('setTheme', '', { theme: 'dark', tokens: { accent: 'red' } }), t);
    expect(t.setParams).toHaveBeenCalledWith({ a: 1 });
    expect(t.setTheme).toHaveBeenCalledWith('dark', { accent: 'red' });
  });
  it('loads the scenario and time of a permalink', () => {
    const t = target();
    const scenario = { kind: 'k', seed: 1, params: {}, commands: [], until: 5 };
    applyParentMessage(makeEnvelope('loadState', '', { permalink: `https://x.edu/#/embed/v1/k?s=${encodeJson(scenario)}&t=2` }), t);
    expect(t.loadScenario).toHaveBeenCalledWith(scenario, 2);
  });
  it('refuses edits in a read-only embed and reports why', () => {
    const t = target(true);
    applyParentMessage(makeEnvelope('setParams', '', { params: { a: 1 } }), t);
    applyParentMessage(makeEnvelope('loadState', '', { permalink: 's=e30' }), t);
    expect(t.setParams).not.toHaveBeenCalled();
    expect(t.loadScenario).not.toHaveBeenCalled();
    expect(t.reportError).toHaveBeenCalledTimes(2);
  });
});

describe('scenarioFromPermalink', () => {
  it('explains bad permalinks instead of throwing', () => {
    expect(scenarioFromPermalink('#/embed/v1/k?t=1')).toMatch(/no s=/);
    expect(scenarioFromPermalink('s=!!')).toMatch(/could not be decoded/);
    expect(scenarioFromPermalink(`s=${encodeJson([1])}`)).toMatch(/not a JSON object/);
  });
});
