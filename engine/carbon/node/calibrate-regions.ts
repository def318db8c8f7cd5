/**
 * `npx tsx engine/carbon/node/calibrate-regions.ts`: the statistics the built-in parametric regions
 * (default-regions.ts) are calibrated to, computed from the public series in ../shared/data/carbon.
 * Only these summary numbers go into the repository, never the data. Per series: mean, standard
 * deviation, the mean daily profile on the region's local standard clock (solar-hours dip and
 * evening peak as fractions of the mean), weekend vs weekday mean, seasonal amplitude of monthly
 * means, and the residual's sd and lag-1-hour autocorrelation (the "weather" part).
 */
import { join } from 'node:path';
import { CARBON_DATA_DIR, loadSeries } from './load-study-data';
import { resampleSeries } from '../resample-series';
import { fillGaps } from '../fill-gaps';
import { regionStatistics } from '../region-statistics';

const SOURCES: Array<{ id: string; file: string; utcOffsetH: number; fromYear: number }> = [
  { id: 'de', file: 'lets-wait-awhile/ger_ci.csv', utcOffsetH: 1, fromYear: 2020 },
  { id: 'gb', file: 'lets-wait-awhile/gb_ci.csv', utcOffsetH: 0, fromYear: 2020 },
  { id: 'fr', file: 'lets-wait-awhile/fr_ci.csv', utcOffsetH: 1, fromYear: 2020 },
  { id: 'ca', file: 'electricitymaps-2022/US-CAL-CISO_2022_hourly.csv', utcOffsetH: -8, fromYear: 2022 },
  { id: 'es', file: 'electricitymaps-2022/ES_2022_hourly.csv', utcOffsetH: 1, fromYear: 2022 },
  { id: 'no', file: 'electricitymaps-2022/NO_2022_hourly.csv', utcOffsetH: 1, fromYear: 2022 },
  { id: 'tx', file: 'eia-sustaindc-2022/ERCO_2022_hourly.csv', utcOffsetH: -6, fromYear: 2022 },
];

for (const src of SOURCES) {
  const hourly = resampleSeries(loadSeries(join(CARBON_DATA_DIR, src.file), src.id), 60, 'mean');
  const values = fillGaps(hourly.valuesGPerKWh).values;
  const yearStart = Date.UTC(src.fromYear, 0, 1);
  const from = Math.max(0, Math.round((yearStart - hourly.startMs) / 3_600_000));
  const stats = regionStatistics(values.subarray(from, from + 8760), yearStart, src.utcOffsetH);
  console.log(src.id.padEnd(3), JSON.stringify(stats, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(3)) : v)));
}
