import { describe, expect, it } from 'vitest';
import { forecastBand, hourByDay } from './timeline-data';
import type { CarbonSnapshot } from './types';

describe('carbon timeline data', () => {
  it('hourByDay() averages the two half-hours of each hour into a day × 24 matrix', () => {
    const v = Array.from({ length: 96 }, (_, i) => i);
    const m = hourByDay(v, 30);
    expect(m.rows).toEqual(['day 1', 'day 2']);
    expect(m.values[0]![0]).toBe(0.5);
    expect(m.values[1]![23]).toBe(94.5);
  });

  it('hourByDay() switches to weekly rows beyond 60 days (a year → 53 rows)', () => {
    const v = Array.from({ length: 365 * 24 }, (_, i) => Math.floor(i / (24 * 7)));
    const m = hourByDay(v, 60);
    expect(m.rows.length).toBe(53);
    expect(m.rows[1]).toBe('week 2');
    expect(m.values[1]![5]).toBe(1);
  });

  it('forecastBand() is ±err × mean around the forecast for Gaussian noise, and absent otherwise', () => {
    const snap = { forecast: { method: 'noise', errorFraction: 0.1 }, regions: [{ id: 'x', meanGPerKWh: 200 }] } as unknown as CarbonSnapshot;
    const band = forecastBand([100, 300], snap, 'x')!;
    expect([...band.lo]).toEqual([80, 280]);
    expect([...band.hi]).toEqual([120, 320]);
    expect(forecastBand([1], { ...snap, forecast: { method: 'perfect' } }, 'x')).toBeNull();
  });
});
