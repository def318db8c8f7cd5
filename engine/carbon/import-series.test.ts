import { describe, expect, it } from 'vitest';
import { parseIntensityCsv } from './import-csv-series';
import { parseIntensityJson } from './import-json-series';
import { parseUtcTime } from './parse-utc-time';
import { resampleSeries } from './resample-series';
import { fillGaps } from './fill-gaps';

const EM_OLD = `Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,Data Source,Data Estimated,Data Estimation Method
2022-01-01 00:00:00,USA,California Independent System Operator,US-CAL-CISO,209.26,274.07,55.43,41.25,caiso.com,false,
2022-01-01 01:00:00,USA,California Independent System Operator,US-CAL-CISO,200.00,260.00,55.43,41.25,caiso.com,false,`;
const EM_NEW = `Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),Carbon intensity gCO₂eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),Data source,Data estimated,Data estimation method
2021-01-01 00:00:00,Sweden,Sweden,SE,2.54,30.02,99.42,60.13,svk.se,true,ESTIMATED_FORECASTS_HIERARCHY`;

describe('series importers (formats from refs/carbon-energy.md §4)', () => {
  it('parseUtcTime() reads naive times as UTC and honours Z and ±HH:MM', () => {
    expect(parseUtcTime('2022-01-01 00:00:00', 'x')).toBe(Date.UTC(2022, 0, 1));
    expect(parseUtcTime('2018-01-20T12:00Z', 'x')).toBe(Date.UTC(2018, 0, 20, 12));
    expect(parseUtcTime('2022-07-15T00:00:00+02:00', 'x')).toBe(Date.UTC(2022, 6, 14, 22));
    expect(() => parseUtcTime('yesterday', 'csv line 3')).toThrow(/csv line 3/);
  });

  it('reads the life-cycle column of an old-header Electricity Maps export by default, direct on request', () => {
    const s = parseIntensityCsv(EM_OLD);
    expect([...s.valuesGPerKWh]).toEqual([274.07, 260]);
    expect(s.stepMin).toBe(60);
    expect(s.metric).toBe('lifecycle');
    expect(parseIntensityCsv(EM_OLD, { metric: 'direct' }).valuesGPerKWh[0]).toBe(209.26);
  });

  it('matches the new Electricity Maps header case-insensitively ("Life cycle" = "LCA")', () => {
    expect(parseIntensityCsv(EM_NEW).valuesGPerKWh[0]).toBe(30.02);
  });

  it('reads Let\'s Wait Awhile and SustainDC files, leaving a missing hour as NaN', () => {
    const lwa = parseIntensityCsv('Time,Carbon Intensity\n2020-01-01 00:00:00,100\n2020-01-01 00:15:00,110\n2020-01-01 00:45:00,130');
    expect(lwa.stepMin).toBe(15);
    expect(Number.isNaN(lwa.valuesGPerKWh[2])).toBe(true);
    const eia = parseIntensityCsv('timestamp,WND,SUN,WAT,OIL,NG,COL,NUC,OTH,avg_CI\n2022-01-01 00:00:00+00:00,1,2,3,4,5,6,7,8,222.5');
    expect(eia.valuesGPerKWh[0]).toBe(222.5);
  });

  it('converts WattTime lbs/MWh to g/kWh (870 lb/MWh = 394.6 g/kWh) and marks co2_moer marginal', () => {
    const s = parseIntensityJson(JSON.stringify({
      data: [{ point_time: '2022-07-15T00:00:00+00:00', value: 870 }, { point_time: '2022-07-15T00:05:00+00:00', value: 860 }],
      meta: { region: 'CAISO_NORTH', signal_type: 'co2_moer', units: 'lbs_co2_per_mwh', data_point_period_seconds: 300 },
    }));
    expect(s.valuesGPerKWh[0]).toBeCloseTo(394.625, 3);
    expect(s.signal).toBe('marginal');
    expect(s.stepMin).toBe(5);
  });

  it('reads the UK Carbon Intensity API, preferring actual over forecast', () => {
    const s = parseIntensityJson(JSON.stringify({ data: [
      { from: '2018-01-20T12:00Z', to: '2018-01-20T12:30Z', intensity: { forecast: 266, actual: 263, index: 'moderate' } },
      { from: '2018-01-20T12:30Z', to: '2018-01-20T13:00Z', intensity: { forecast: 270, actual: null, index: 'moderate' } },
    ] }));
    expect([...s.valuesGPerKWh]).toEqual([263, 270]);
    expect(s.stepMin).toBe(30);
  });

  it('refuses a WattTime signal index, naming the field', () => {
    expect(() => parseIntensityJson('{"data":[],"meta":{"units":"percentile"}}')).toThrow(/meta\.units/);
  });

  it('resamples 15-min to 30-min by keeping minutes 0 and 30 (the study\'s rule) or by the mean', () => {
    const s = parseIntensityCsv('Time,CI\n2020-01-01 00:00,100\n2020-01-01 00:15,200\n2020-01-01 00:30,300\n2020-01-01 00:45,400');
    expect([...resampleSeries(s, 30, 'point').valuesGPerKWh]).toEqual([100, 300]);
    expect([...resampleSeries(s, 30, 'mean').valuesGPerKWh]).toEqual([150, 350]);
    expect([...resampleSeries(s, 5, 'point').valuesGPerKWh].slice(0, 4)).toEqual([100, 100, 100, 200]);
  });

  it('fillGaps() interpolates a two-slot hole linearly and counts it', () => {
    const r = fillGaps(Float64Array.from([10, Number.NaN, Number.NaN, 40]));
    expect([...r.values]).toEqual([10, 20, 30, 40]);
    expect(r.filled).toBe(2);
  });
});
