import { describe, expect, it } from 'vitest';
import { seriesToJson } from '../core/series';
import { replay } from '../replay';
import { CARBON_EXAMPLE } from './carbon-example';

type Snap = { totals: { savingPct: number; baselineG: number; shiftedG: number; jobs: number; movedRegionCount: number }; jobs: Array<{ id: string; region: string; runs: number[][]; delayHours: number }> };
const scenario = (params: Record<string, unknown>, commands: unknown[] = [], until = 86400) => ({ kind: 'carbon', seed: 3, params, commands, until });

// A hand-made 2-day series with a known cheapest hour: 300 g everywhere, 100 g at 04:00–05:00 UTC on day 1.
const values = Array.from({ length: 48 }, (_, h) => (h === 4 ? 100 : 300));
const flat = { id: 'x', series: { startUtc: '2024-01-01T00:00Z', stepMin: 60, valuesGPerKWh: values, name: 'hand-made' } };

describe('carbon scenario kind', { timeout: 30_000 }, () => {
  it('is deterministic: the same scenario twice gives identical snapshot and series JSON', () => {
    const a = replay(CARBON_EXAMPLE);
    const b = replay(CARBON_EXAMPLE);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(JSON.stringify(seriesToJson(a.model.series()))).toBe(JSON.stringify(seriesToJson(b.model.series())));
  });

  it('replaying to t equals advancing past t and seeking back (replay is the truth)', () => {
    const t = 2.5 * 86400;
    const direct = replay(CARBON_EXAMPLE, t).snapshot();
    const past = replay(CARBON_EXAMPLE, 5 * 86400);
    expect(past.tSec).toBe(5 * 86400);
    expect(JSON.stringify(replay(past.scenario, t).snapshot())).toBe(JSON.stringify(direct));
  });

  it('moves a 1-hour job at 01:00 with a ±4 h window to the 100 g hour: 300 → 100 g per kW, 66.7 % saved', () => {
    const s = replay(scenario({ startUtc: '2024-01-01T00:00Z', days: 1, stepMin: 60, regions: [flat], jobs: [{ id: 'n', kind: 'periodic', region: 'x', atHourUtc: 1, durationHours: 1, windowHours: 4, count: 1 }] })).snapshot() as unknown as Snap;
    expect(s.jobs[0]!.runs).toEqual([[4, 5]]);
    expect(s.totals.baselineG).toBe(300);
    expect(s.totals.shiftedG).toBe(100);
    expect(s.totals.savingPct).toBeCloseTo(66.667, 2);
  });

  it('a ±2 h window cannot reach 04:00 from 01:00, so nothing is saved', () => {
    const s = replay(scenario({ startUtc: '2024-01-01T00:00Z', days: 1, stepMin: 60, regions: [flat], jobs: [{ id: 'n', kind: 'periodic', region: 'x', atHourUtc: 1, durationHours: 1, windowHours: 2, count: 1 }] })).snapshot() as unknown as Snap;
    expect(s.totals.savingPct).toBe(0);
  });

  it('location shifting sends a job to the cleaner region only when the constraints allow it', () => {
    const params = { days: 2, regions: [{ id: 'de', preset: 'de' }, { id: 'fr', preset: 'fr' }, { id: 'gb', preset: 'gb' }], jobs: [{ id: 'a', kind: 'adhoc', region: 'de', arrivalHours: 9, durationHours: 2 }] };
    const eu = replay(scenario({ ...params, location: { enabled: true, residency: ['EU'] } })).snapshot() as unknown as Snap;
    expect(eu.jobs[0]!.region).toBe('fr');
    const tight = replay(scenario({ ...params, location: { enabled: true, maxLatencyMs: 1 } })).snapshot() as unknown as Snap;
    expect(tight.jobs[0]!.region).toBe('de');
  });

  it('commands re-plan: setPolicy none brings every job back to its nominal time', () => {
    const s = replay({ ...CARBON_EXAMPLE, commands: [{ at: 0, do: 'setPolicy', policy: { type: 'none' } }] }).snapshot() as unknown as Snap;
    expect(s.totals.savingPct).toBe(0);
  });

  it('moveJob outside the window is refused with the command path', () => {
    expect(() => replay({ ...CARBON_EXAMPLE, commands: [{ at: 0, do: 'moveJob', job: 'nightly#0', startHours: 12 }] })).toThrow(/commands\[0\]\.startHours: outside the job's window/);
  });

  it('names the JSON path of a bad param', () => {
    expect(() => replay(scenario({ regions: [{ id: 'de', preset: 'atlantis' }] }))).toThrow(/params\.regions\[0\]\.preset/);
    expect(() => replay(scenario({ jobs: [{ id: 'j', kind: 'adhoc', region: 'zz', arrivalHours: 1 }] }))).toThrow(/params\.jobs\[0\]\.region/);
  });

  it('an interruptible job runs exactly its duration in the cheapest slots of its window', () => {
    const v = Array.from({ length: 24 }, (_, h) => [5, 9, 1, 9, 2, 9, 3, 9][h] ?? 9);
    const s = replay(scenario({ startUtc: '2024-01-01T00:00Z', days: 1, stepMin: 60, regions: [{ id: 'x', series: { startUtc: '2024-01-01T00:00Z', stepMin: 60, valuesGPerKWh: v } }],
      jobs: [{ id: 'j', kind: 'adhoc', region: 'x', arrivalHours: 0, durationHours: 3, deadline: 'next-workday', interruptible: true }] })).snapshot() as unknown as Snap;
    expect(s.jobs[0]!.runs).toEqual([[2, 3], [4, 5], [6, 7]]);
  });
});

describe('carbon scenario kind: imported series', () => {
  const csv = 'Time,Carbon Intensity\n' + Array.from({ length: 48 }, (_, h) => `2021-06-0${1 + Math.floor(h / 24)} ${String(h % 24).padStart(2, '0')}:00:00,${h === 5 ? 50 : 200}`).join('\n');

  it('parses a region given as raw CSV text and starts the horizon at its first UTC midnight', () => {
    const s = replay({ kind: 'carbon', seed: 1, params: { days: 1, stepMin: 60, regions: [{ id: 'x', import: { text: csv, name: 'file' } }], jobs: [{ id: 'j', kind: 'periodic', region: 'x', atHourUtc: 3, durationHours: 1, windowHours: 3, count: 1 }] }, commands: [], until: 0 }).snapshot() as unknown as Snap & { startUtc: string; regions: Array<{ source: string; minGPerKWh: number }> };
    expect(s.startUtc).toBe('2021-06-01T00:00:00Z');
    expect(s.regions[0]!.minGPerKWh).toBe(50);
    expect(s.regions[0]!.source).toMatch(/imported timestamp,value CSV/);
    expect(s.jobs[0]!.runs).toEqual([[5, 6]]);
  });

  it('reports a bad row of imported text with its JSON path and line', () => {
    expect(() => replay({ kind: 'carbon', seed: 1, params: { regions: [{ id: 'x', import: { text: 'Time,CI\n2021-06-01 00:00:00,abc' } }] }, commands: [], until: 0 })).toThrow(/params\.regions\[0\]\.import\.text line 2/);
  });
});
