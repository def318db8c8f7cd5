import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { formatDurationSec, formatNumber, formatPercent } from '../../charts/scales';
import { seriesTable } from '../../charts/table-data';
import type { SeriesBundle } from '../../../engine/core/series';
import type { AvailabilitySnapshot } from './types';

const DAY_SEC = 86400;
const EMPTY = new Float64Array(0);

/** Measured vs analytic availability over time, and the system/component states behind it. */
export function AvailabilityCharts({ series, snap, tSec, untilSec }: { series: SeriesBundle; snap: AvailabilitySnapshot; tSec: number; untilSec: number }) {
  const tDays = useMemo(() => (series.tSec ?? EMPTY).map((t) => t / DAY_SEC), [series.tSec]);
  const measured = series.measuredAvailability ?? EMPTY;
  const analytic = series.analyticAvailability ?? EMPTY;
  const availabilityTable = seriesTable(series, [
    { key: 'tSec', label: 'time', unit: 's' },
    { key: 'measuredAvailability', label: 'measured availability', unit: 'fraction' },
    { key: 'analyticAvailability', label: 'analytic availability', unit: 'fraction' },
  ]);
  const statesTable = seriesTable(series, [
    { key: 'tSec', label: 'time', unit: 's' },
    { key: 'systemUp', label: 'system up', unit: '1 = up' },
    { key: 'componentsDown', label: 'components down' },
  ]);
  const xDomain: [number, number] = [0, Math.max(untilSec / DAY_SEC, 1e-9)];
  const fmtTable = (v: number, key: string) => (key === 'tSec' ? formatDurationSec(v) : key.endsWith('Availability') ? formatPercent(v) : formatNumber(v, 6));
  const at = formatDurationSec(tSec);
  return (
    <>
      <ChartFrame title="Measured vs analytic availability" table={availabilityTable} format={fmtTable}>
        <LineChart
          title="Measured vs analytic availability over time"
          description={`At ${at}, measured availability is ${formatPercent(snap.system.measuredAvailability)}; analytic is ${formatPercent(snap.analytic.availability)}.`}
          x={tDays}
          xDomain={xDomain}
          series={[
            { key: 'measured', label: 'measured (simulation)', values: measured },
            { key: 'analytic', label: 'analytic (steady state)', values: analytic, dash: '6 3' },
          ]}
          xLabel="time (days)"
          yLabel="availability"
          formatY={(v) => `${formatNumber(v * 100, 5)} %`}
          markerX={tSec / DAY_SEC}
        />
      </ChartFrame>
      <ChartFrame title="System up and components down" table={statesTable} format={fmtTable}>
        <LineChart
          title="System state and number of failed components over time"
          description={`At ${at} the system is ${snap.system.up ? 'up' : 'down'} and ${snap.components.filter((c) => !c.up).length} components are down; ${snap.system.outages} outages so far.`}
          x={tDays}
          xDomain={xDomain}
          series={[
            { key: 'systemUp', label: 'system up (1) / down (0)', values: series.systemUp ?? EMPTY, step: true },
            { key: 'componentsDown', label: 'components down', values: series.componentsDown ?? EMPTY, step: true, area: true },
          ]}
          xLabel="time (days)"
          yLabel="count"
          height={180}
          markerX={tSec / DAY_SEC}
        />
      </ChartFrame>
    </>
  );
}
