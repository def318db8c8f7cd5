import { describe, expect, it } from 'vitest';
import { availabilityExample } from '../../../engine/availability/example';
import { UPTIME_TIERS as ENGINE_TIERS } from '../../../engine/availability/tiers';
import { defaultScenario } from './default-scenario';
import { UPTIME_TIERS } from './tiers';

// app/ may import engine types only, so the widget repeats two engine values; these keep them equal.
describe('values the widget repeats from the engine', () => {
  it('the default scenario is the engine example', () => {
    expect(defaultScenario).toEqual(availabilityExample);
  });
  it('the tier table has the engine’s tiers and availabilities', () => {
    expect(UPTIME_TIERS.map((t) => [t.tier, t.availability])).toEqual(ENGINE_TIERS.map((t) => [t.tier, t.availability]));
  });
});
