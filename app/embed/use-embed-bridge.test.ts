import { describe, expect, it } from 'vitest';
import type { SimState } from '../framework/simulation-session';
import { isStateChange } from './use-embed-bridge';

const scenario = { kind: 'k', seed: 1, params: {}, commands: [], until: 10 };
const base: SimState = { status: 'ready', scenario, baseScenario: scenario, tSec: 0, until: 10, snapshot: {}, series: {}, playing: false, speed: 1, error: null, revision: 1 };
const at = (patch: Partial<SimState>): SimState => ({ ...base, ...patch });

describe('isStateChange (when the parent hears `state`)', () => {
  it('on pause, on a seek or step while paused, and on a new scenario', () => {
    expect(isStateChange(at({ playing: false, tSec: 4 }), at({ playing: true, tSec: 4 }))).toBe(true);
    expect(isStateChange(at({ tSec: 5 }), at({ tSec: 4 }))).toBe(true);
    expect(isStateChange(at({ scenario: { ...scenario, params: { a: 1 } } }), base)).toBe(true);
  });
  it('not on every frame of play, and not before the engine is ready', () => {
    expect(isStateChange(at({ playing: true, tSec: 5 }), at({ playing: true, tSec: 4 }))).toBe(false);
    expect(isStateChange(at({ status: 'loading', tSec: 5 }), base)).toBe(false);
  });
});
