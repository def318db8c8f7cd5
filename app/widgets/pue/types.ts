/** The pue snapshot as this widget reads it (engine/energy/pue-snapshot.ts). */
export interface YearFigures {
  totalMWh: number; itMWh: number; waterM3: number; pue: number; dcie: number; wueLPerKWh: number; cueKgPerKWh: number; ere: number; gec: number;
  categories: { category0: number; category1: number; category2: number; category3: number };
  best15MinPue: number; worst15MinPue: number;
}

export interface PueSnapshot {
  tSec: number;
  day: number;
  now: { outsideC: number; itKW: number; coolingKW: number; upsLossKW: number; distributionLossKW: number; lightingKW: number; totalKW: number; pue: number };
  yearToDate: YearFigures | null;
  year: YearFigures & { monthlyPue: number[]; bestMonthPue: number; worstMonthPue: number; bestDayPue: number; worstDayPue: number };
}
