/**
 * The `pue` snapshot: the facility right now (at t), the year so far, and the whole year measured
 * every way — PUE by Green Grid category and by window (annual, monthly, daily, 15-minute), with the
 * companion metrics. Series: daily averages (365 rows). Units: kW, MWh, °C, L/kWh, kgCO₂/kWh.
 */
import type { Snapshot } from '../core/model';
import type { SeriesBundle } from '../core/series';
import { DAYS, STEPS_PER_DAY, STEP_HOURS, dailyPue, energyTotals, monthlyPue, stepPueRange, type YearArrays } from './facility-year';
import { companionMetrics, pueByCategory } from './pue-metrics';
import type { PueParams } from './pue-params';

const r = (x: number, d = 4): number => Number(x.toFixed(d));

function yearFigures(y: YearArrays, p: PueParams, to: number): Snapshot {
  const t = energyTotals(y, to);
  const reusedKWh = p.heatReuseShare * t.itKWh;
  const c = companionMetrics(t, { carbonKgPerKWh: p.carbonKgPerKWh, reusedKWh, renewableKWh: p.renewableShare * t.totalKWh });
  const cat = pueByCategory(t);
  const range = stepPueRange(y, to);
  return {
    totalMWh: r(t.totalKWh / 1000, 3), itMWh: r(t.itKWh / 1000, 3), waterM3: r(t.waterL / 1000, 1),
    pue: r(c.pue), dcie: r(c.dcie), wueLPerKWh: r(c.wue), cueKgPerKWh: r(c.cue), ere: r(c.ere), gec: r(c.gec),
    categories: { category0: r(cat.category0), category1: r(cat.category1), category2: r(cat.category2), category3: r(cat.category3) },
    best15MinPue: r(range.min), worst15MinPue: r(range.max),
  };
}

export function buildPueSnapshot(y: YearArrays, p: PueParams, tSec: number): Snapshot {
  const n = y.totalKW.length;
  const step = Math.min(n - 1, Math.max(0, Math.floor(tSec / 3600 / STEP_HOURS)));
  const monthly = monthlyPue(y);
  const daily = dailyPue(y);
  return {
    tSec,
    day: Math.floor(step / STEPS_PER_DAY),
    now: {
      outsideC: r(y.outsideC[step]!, 2), itKW: r(y.itKW[step]!, 2), coolingKW: r(y.coolingKW[step]!, 2),
      upsLossKW: r(y.upsLossKW[step]!, 2), distributionLossKW: r(y.distributionLossKW[step]!, 2),
      lightingKW: r(y.lightingKW[step]!, 2), totalKW: r(y.totalKW[step]!, 2), pue: r(y.totalKW[step]! / y.itKW[step]!),
    },
    yearToDate: step > 0 ? yearFigures(y, p, step) : null,
    year: {
      ...yearFigures(y, p, n),
      monthlyPue: monthly.map((v) => r(v)),
      bestMonthPue: r(Math.min(...monthly)), worstMonthPue: r(Math.max(...monthly)),
      bestDayPue: r(Math.min(...daily)), worstDayPue: r(Math.max(...daily)),
    },
  };
}

export function buildPueSeries(y: YearArrays): SeriesBundle {
  const cols = ['outsideC', 'itKW', 'coolingKW', 'upsLossKW', 'distributionLossKW', 'lightingKW', 'totalKW'] as const;
  const out: SeriesBundle = { tSec: new Float64Array(DAYS), pue: new Float64Array(DAYS) };
  for (const c of cols) out[c] = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    out.tSec![d] = d * 86400;
    for (const c of cols) {
      let s = 0;
      for (let i = d * STEPS_PER_DAY; i < (d + 1) * STEPS_PER_DAY; i++) s += y[c][i]!;
      out[c]![d] = s / STEPS_PER_DAY;
    }
    out.pue![d] = out.totalKW![d]! / out.itKW![d]!;
  }
  return out;
}
