import { describe, expect, it } from 'vitest';
import { seriesToJson } from '../core/series';
import { replay } from '../replay';
import { DEFAULT_FACILITY, facilityPower } from './facility-power';
import { companionMetrics, pueByCategory } from './pue-metrics';
import { PUE_EXAMPLE } from './pue-example';

describe('PUE, its categories and companion metrics (hand-derived)', () => {
  it('1 500 kWh facility for 1 000 kWh IT: PUE 1.5, DCiE 66.7 %; CUE = 0.4 kg/kWh × 1.5; 100 kWh reused → ERE 1.4', () => {
    const t = { totalKWh: 1500, itKWh: 1000, pduOutputKWh: 1010, upsOutputKWh: 1035, waterL: 1800, peakTotalKW: 2, peakUpsOutputKW: 1.25 };
    const m = companionMetrics(t, { carbonKgPerKWh: 0.4, reusedKWh: 100, renewableKWh: 300 });
    expect(m.pue).toBe(1.5);
    expect(m.dcie).toBeCloseTo(2 / 3, 12);
    expect(m.cue).toBeCloseTo(0.6, 12);
    expect(m.ere).toBeCloseTo(1.4, 12);
    expect(m.wue).toBeCloseTo(1.8, 12);
    expect(m.gec).toBeCloseTo(0.2, 12);
  });

  it('the same year reads higher the further downstream IT is metered: category 1 (UPS out) < 2 (PDU out) < 3 (IT in)', () => {
    const t = { totalKWh: 1500, itKWh: 1000, pduOutputKWh: 1010, upsOutputKWh: 1035, waterL: 0, peakTotalKW: 2, peakUpsOutputKW: 1.25 };
    const c = pueByCategory(t);
    expect(c.category1).toBeCloseTo(1500 / 1035, 12);
    expect(c.category2).toBeCloseTo(1500 / 1010, 12);
    expect(c.category3).toBe(1.5);
    expect(c.category0).toBe(1.6); // peak demand: 2 kW ÷ 1.25 kW
  });

  it('facilityPower: below the free-cooling limit cooling is heat ÷ 20; the losses chain as documented', () => {
    const p = facilityPower(DEFAULT_FACILITY, 600, 0);
    const pduOut = 600 * 1.01;
    const upsOut = pduOut * 1.025;
    const ups = 1000 * 0.02 + upsOut * 0.04;
    expect(p.upsOutputKW).toBeCloseTo(upsOut, 9);
    expect(p.coolingKW).toBeCloseTo((upsOut + ups + 10) / 20, 9);
    expect(p.waterLPerHour).toBe(0);
  });
});

describe('pue scenario kind', () => {
  it('is deterministic and replay to t equals advancing past t and seeking back', () => {
    expect(JSON.stringify(replay(PUE_EXAMPLE).snapshot())).toBe(JSON.stringify(replay(PUE_EXAMPLE).snapshot()));
    expect(JSON.stringify(seriesToJson(replay(PUE_EXAMPLE).model.series()))).toBe(JSON.stringify(seriesToJson(replay(PUE_EXAMPLE).model.series())));
    const past = replay(PUE_EXAMPLE);
    expect(JSON.stringify(replay(past.scenario, 86400 * 100).snapshot())).toBe(JSON.stringify(replay(PUE_EXAMPLE, 86400 * 100).snapshot()));
  });

  it('summer PUE exceeds winter PUE, and the best 15-minute reading flatters the annual figure', () => {
    const s = replay({ ...PUE_EXAMPLE, commands: [] }).snapshot() as unknown as { year: { pue: number; monthlyPue: number[]; best15MinPue: number } };
    expect(s.year.monthlyPue[6]!).toBeGreaterThan(s.year.monthlyPue[0]!);
    expect(s.year.best15MinPue).toBeLessThan(s.year.pue);
  });

  it('raising the free-cooling limit mid-year lowers the annual PUE', () => {
    const base = replay({ ...PUE_EXAMPLE, commands: [] }).snapshot() as unknown as { year: { pue: number } };
    const changed = replay(PUE_EXAMPLE).snapshot() as unknown as { year: { pue: number } };
    expect(changed.year.pue).toBeLessThan(base.year.pue);
  });
});
