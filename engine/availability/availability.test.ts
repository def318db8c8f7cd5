import { describe, expect, it } from 'vitest';
import { seriesToJson } from '../core/series';
import { createEngineApi } from '../api';
import { replay } from '../replay';
import { atLeastK } from './analytic';
import { availabilityExample } from './example';
import { downtimeFor, ninesOf } from './nines';
import { tierFor } from './tiers';

const comp = (id: string, availability: number) => ({ type: 'component', id, availability });
const scenario = (diagram: unknown, extra: Record<string, unknown> = {}) => ({ kind: 'availability', seed: 1, params: { diagram, ...extra }, until: 0 });
const analytic = (diagram: unknown) => (replay(scenario(diagram)).snapshot().analytic as { availability: number }).availability;

describe('availability: analytic reliability block diagrams', () => {
  it('multiplies availabilities in series: two 99.9 % parts give 99.8001 %', () => {
    expect(analytic({ type: 'series', id: 's', blocks: [comp('a', 0.999), comp('b', 0.999)] })).toBeCloseTo(0.998001, 12);
  });

  it('gives 1 − Π(1 − Aᵢ) in parallel: two 99 % parts give 99.99 %', () => {
    expect(analytic({ type: 'parallel', id: 'p', blocks: [comp('a', 0.99), comp('b', 0.99)] })).toBeCloseTo(0.9999, 12);
  });

  it('computes 2-of-3 with equal parts as 3A² − 2A³ (A = 0.9 → 0.972)', () => {
    expect(analytic({ type: 'kofn', id: 'k', k: 2, blocks: [comp('a', 0.9), comp('b', 0.9), comp('c', 0.9)] })).toBeCloseTo(0.972, 12);
  });

  it('treats 1-of-n as parallel and n-of-n as series for unequal parts', () => {
    const ps = [0.9, 0.8, 0.95];
    expect(atLeastK(ps, 1)).toBeCloseTo(1 - 0.1 * 0.2 * 0.05, 12);
    expect(atLeastK(ps, 3)).toBeCloseTo(0.9 * 0.8 * 0.95, 12);
  });

  it('derives A = MTBF / (MTBF + MTTR): 999 h and 1 h give 99.9 %', () => {
    expect(analytic({ type: 'component', id: 'x', mtbfHours: 999, mttrHours: 1 })).toBeCloseTo(0.999, 12);
  });
});

describe('availability: the nines table and tiers', () => {
  it('reproduces the published nines table (365.25-day year)', () => {
    // Wikipedia "High availability": 99.9 % → 8.77 h/yr, 43.83 min/month, 10.08 min/week;
    // 99.99 % → 52.60 min/yr; 99.999 % → 5.26 min/yr, 26.30 s/month, 6.05 s/week.
    expect(downtimeFor(0.999).perYearMin / 60).toBeCloseTo(8.77, 2);
    expect(downtimeFor(0.999).perMonthMin).toBeCloseTo(43.83, 2);
    expect(downtimeFor(0.999).perWeekMin).toBeCloseTo(10.08, 2);
    expect(downtimeFor(0.9999).perYearMin).toBeCloseTo(52.6, 1);
    expect(downtimeFor(0.99999).perYearMin).toBeCloseTo(5.26, 2);
    expect(downtimeFor(0.99999).perMonthMin * 60).toBeCloseTo(26.3, 1);
    expect(downtimeFor(0.99999).perWeekMin * 60).toBeCloseTo(6.05, 2);
  });

  it('counts nines as −log10(1 − A), with none for a perfect component', () => {
    expect(ninesOf(0.999)).toBeCloseTo(3, 9);
    expect(ninesOf(1)).toBeNull();
  });

  it("places Uptime's published tier availabilities (Tier III 99.982 % ≈ 1.6 h/yr, Tier IV 99.995 % ≈ 26.3 min/yr)", () => {
    expect(tierFor(0.9999)).toBe('III');
    expect(tierFor(0.99995)).toBe('IV');
    expect(tierFor(0.99)).toBeNull();
    expect(downtimeFor(0.99982).perYearMin / 60).toBeCloseTo(1.58, 2);
    expect(downtimeFor(0.99995).perYearMin).toBeCloseTo(26.3, 1);
  });
});

describe('availability: failure simulation', () => {
  it('converges to the analytic availability over a long run (renewal-reward)', () => {
    const diagram = { type: 'parallel', id: 'p', blocks: [
      { type: 'component', id: 'a', mtbfHours: 100, mttrHours: 10 },
      { type: 'component', id: 'b', mtbfHours: 100, mttrHours: 10 },
    ] };
    const run = replay({ ...scenario(diagram), until: 3600 * 200_000 });
    const snap = run.snapshot() as { analytic: { availability: number }; system: { measuredAvailability: number; outages: number } };
    expect(snap.analytic.availability).toBeCloseTo(1 - (10 / 110) ** 2, 12);
    expect(Math.abs(snap.system.measuredAvailability - snap.analytic.availability)).toBeLessThan(0.002);
    expect(snap.system.outages).toBeGreaterThan(100);
  });

  it('takes the system down when a forced failure breaks the last path, and back up on repair', () => {
    const diagram = { type: 'series', id: 's', blocks: [comp('a', 1), comp('b', 1)] };
    const snap = replay({ ...scenario(diagram), until: 100, commands: [{ at: 10, do: 'fail', component: 'a' }, { at: 30, do: 'repair', component: 'a' }] }).snapshot() as {
      system: { up: boolean; outages: number; downtimeSec: number };
    };
    expect(snap.system).toMatchObject({ up: true, outages: 1, downtimeSec: 20 });
  });

  it('reports a bad component id in a command with its path', () => {
    const s = { ...scenario(comp('a', 0.9)), until: 5, commands: [{ at: 1, do: 'fail', component: 'zz' }] };
    expect(() => replay(s)).toThrow(/commands\[0\]\.component: no component "zz"/);
  });

  it('rejects an unknown command verb when the scenario loads, not when time reaches it', () => {
    const s = { ...scenario(comp('a', 0.9)), until: 5, commands: [{ at: 4, do: 'explode', component: 'a' }] };
    expect(() => replay(s, 0)).toThrow(/commands\[0\]\.do: unknown command "explode" for availability \(known: fail, repair\)/);
  });

  it('reports bad params with their JSON path', () => {
    expect(() => replay(scenario({ type: 'series', id: 's', blocks: [{ type: 'component', id: 'a', availability: 1.5 }] }))).toThrow(
      /params\.diagram\.blocks\[0\]\.availability: must be ≤ 1/,
    );
    expect(() => replay(scenario({ type: 'kofn', id: 'k', k: 3, blocks: [comp('a', 0.9), comp('b', 0.9)] }))).toThrow(/params\.diagram\.k: must be ≤ 2/);
    expect(() => replay(scenario({ type: 'series', id: 'a', blocks: [comp('a', 0.9)] }))).toThrow(/duplicate id "a"/);
  });
});

describe('availability: determinism', () => {
  it('gives identical snapshots and series for the same scenario twice', () => {
    const a = replay(availabilityExample);
    const b = replay(availabilityExample);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(seriesToJson(a.model.series())).toEqual(seriesToJson(b.model.series()));
  });

  it('scrubbing back to t equals a fresh replay to t, however time was advanced', () => {
    const api = createEngineApi();
    const opened = api.open(availabilityExample);
    if (!opened.ok) throw new Error(opened.error.message);
    const id = opened.value.id;
    for (let t = 0; t <= 20_000_000; t += 1_234_567) api.advanceTo(id, t);
    const back = api.advanceTo(id, 9_000_000);
    const fresh = replay(availabilityExample, 9_000_000);
    expect(back.ok && JSON.stringify(back.value.snapshot)).toBe(JSON.stringify(fresh.snapshot()));
    expect(seriesToJson(api.series(id))).toEqual(seriesToJson(fresh.model.series()));
  });

  it('opens a session with its t = 0 commands applied, as replay(s, 0) does', () => {
    const api = createEngineApi();
    const s = { ...availabilityExample, commands: [{ at: 0, do: 'fail', component: 'network' }] };
    const opened = api.open(s);
    if (!opened.ok) throw new Error(opened.error.message);
    expect((opened.value.snapshot.system as { up: boolean }).up).toBe(false);
    expect(JSON.stringify(opened.value.snapshot)).toBe(JSON.stringify(replay(s, 0).snapshot()));
  });

  it('records a live command in the scenario so a replay reproduces it', () => {
    const api = createEngineApi();
    const opened = api.open(availabilityExample);
    if (!opened.ok) throw new Error(opened.error.message);
    api.advanceTo(opened.value.id, 1000);
    const after = api.dispatch(opened.value.id, { do: 'fail', component: 'network' });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.scenario.commands).toEqual([{ at: 1000, do: 'fail', component: 'network' }]);
    const again = replay(after.value.scenario, 1000);
    expect(JSON.stringify(again.snapshot())).toBe(JSON.stringify(after.value.snapshot));
  });
});
