/** A region's intensity as hour-of-day (UTC) × day: the daily solar dip and the weekly rhythm at a glance. */
import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { Heatmap } from '../../charts/Heatmap';
import type { TableData } from '../../charts/table-data';
import { hourByDay } from './timeline-data';

export function HourDayHeatmap({ values, stepMin, regionName }: { values: ArrayLike<number>; stepMin: number; regionName: string }) {
  const m = useMemo(() => hourByDay(values, stepMin), [values, stepMin]);
  const cols = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}`);
  const table: TableData = {
    columns: [{ key: 'day', label: 'day' }, ...cols.map((c) => ({ key: c, label: `${c}:00 UTC`, unit: 'gCO2e/kWh' }))],
    rows: m.values.map((row, d) => [m.rows[d]!, ...row.map((v) => Number(v.toFixed(1)))]),
  };
  let lowest = { d: 0, h: 0, v: Number.POSITIVE_INFINITY };
  m.values.forEach((row, d) => row.forEach((v, h) => { if (v < lowest.v) lowest = { d, h, v }; }));
  const title = `Hour × day: ${regionName}`;
  return (
    <ChartFrame title={title} table={table}>
      <Heatmap title={title} description={`Mean intensity per UTC hour, ${m.rows.length} rows; the cleanest cell is ${cols[lowest.h]}:00 in ${m.rows[lowest.d]} at ${lowest.v.toFixed(0)} gCO2e/kWh.`}
        rowLabels={m.rows} colLabels={cols} values={m.values} showValues={false} />
    </ChartFrame>
  );
}
