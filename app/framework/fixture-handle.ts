/**
 * A SimulationHandle from fixture data, for widget tests (STYLE.md: "widget tests render from
 * fixture snapshots") and static previews. Actions are recorded, not executed.
 */
import type { Command, ScenarioJson, Snapshot } from '../../engine/core/model';
import type { SeriesBundle } from '../../engine/core/series';
import type { SimulationHandle } from '../widgets/types';

export interface FixtureHandle extends SimulationHandle {
  /** Every action called on the handle, in order: ['dispatch', {do:'fail',...}], ['seek', 3], … */
  calls: Array<[string, unknown?]>;
}

export function createFixtureHandle(init: { scenario: ScenarioJson; snapshot: Snapshot; series?: SeriesBundle; tSec?: number }): FixtureHandle {
  const calls: Array<[string, unknown?]> = [];
  const record = (name: string) => (arg?: unknown) => void calls.push(arg === undefined ? [name] : [name, arg]);
  return {
    calls,
    scenario: init.scenario,
    tSec: init.tSec ?? 0,
    until: init.scenario.until,
    snapshot: init.snapshot,
    series: init.series ?? {},
    playing: false,
    speed: 1,
    error: null,
    dispatch: record('dispatch') as (c: Omit<Command, 'at'>) => void,
    setParams: record('setParams') as (p: Record<string, unknown>) => void,
    load: record('load') as (s: ScenarioJson) => void,
    seek: record('seek') as (t: number) => void,
    play: record('play') as () => void,
    pause: record('pause') as () => void,
    step: record('step') as () => void,
    reset: record('reset') as () => void,
    setSpeed: record('setSpeed') as (s: number) => void,
  };
}
