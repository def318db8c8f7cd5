/**
 * The PUE dashboard: where the facility's power goes over a year (IT, cooling, UPS and
 * distribution losses, lighting) against the outside temperature; the same year's PUE by Green
 * Grid category and by measurement window; and the companion metrics. Live command: change a
 * facility number from the current day on.
 */
import { useId, useMemo, useState } from 'react';
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { LineChart } from '../../charts/LineChart';
import { seriesTable, type TableData } from '../../charts/table-data';
import type { WidgetProps } from '../types';
import type { PueSnapshot } from './types';
import './pue.css';

const SETTABLE: Array<[string, string]> = [
  ['freeCoolingMaxC', 'Free cooling up to (°C)'], ['chillerCopAt25C', 'Chiller COP at 25 °C'], ['upsLoadShare', 'UPS loss share of load'],
  ['meanItLoad', 'Mean IT load (share of rated)'], ['heatReuseShare', 'Heat reused (share of IT energy)'], ['renewableShare', 'Renewable share'],
];

export default function PueWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as PueSnapshot | null;
  const id = useId();
  const [param, setParam] = useState(SETTABLE[0]![0]);
  const [value, setValue] = useState('18');
  const s = sim.series;
  const pueTimes10 = useMemo(() => (s.pue ?? new Float64Array()).map((v) => v * 10), [s]);
  if (!snap) return null;
  const y = snap.year;
  const day = (v: number) => String(Math.round(v / 86400));
  const powerTable = seriesTable(s, [
    { key: 'tSec', label: 'day start', unit: 's' }, { key: 'itKW', label: 'IT', unit: 'kW' }, { key: 'coolingKW', label: 'cooling', unit: 'kW' },
    { key: 'upsLossKW', label: 'UPS loss', unit: 'kW' }, { key: 'distributionLossKW', label: 'distribution loss', unit: 'kW' },
    { key: 'lightingKW', label: 'lighting/other', unit: 'kW' }, { key: 'totalKW', label: 'total', unit: 'kW' }, { key: 'pue', label: 'daily PUE' }, { key: 'outsideC', label: 'outside', unit: '°C' },
  ]);
  const ways: Array<[string, number]> = [
    ['Category 0 (peak kW, IT at UPS out)', y.categories.category0], ['Category 1 (annual, IT at UPS out)', y.categories.category1],
    ['Category 2 (annual, IT at PDU out)', y.categories.category2], ['Category 3 (annual, IT at server input)', y.categories.category3],
    ['Best month', y.bestMonthPue], ['Worst month', y.worstMonthPue], ['Best day', y.bestDayPue], ['Best 15 minutes', y.best15MinPue], ['Worst 15 minutes', y.worst15MinPue],
  ];
  const waysTable: TableData = { columns: [{ key: 'how', label: 'measured as' }, { key: 'pue', label: 'PUE' }], rows: ways.map(([k, v]) => [k, v]) };
  return (
    <div className="pue-widget">
      <dl className="pue-stats">
        <div><dt>Day {snap.day + 1}, outside</dt><dd>{snap.now.outsideC.toFixed(1)} °C</dd></div>
        <div><dt>PUE now (15 min)</dt><dd>{snap.now.pue.toFixed(3)}</dd></div>
        <div><dt>Annual PUE (cat. 3)</dt><dd>{y.pue.toFixed(3)}</dd></div>
        <div><dt>DCiE</dt><dd>{(y.dcie * 100).toFixed(1)} %</dd></div>
        <div><dt>WUE</dt><dd>{y.wueLPerKWh.toFixed(2)} L/kWh</dd></div>
        <div><dt>CUE</dt><dd>{y.cueKgPerKWh.toFixed(3)} kgCO₂/kWh</dd></div>
        <div><dt>ERE</dt><dd>{y.ere.toFixed(3)}</dd></div>
        <div><dt>GEC</dt><dd>{(y.gec * 100).toFixed(0)} %</dd></div>
      </dl>
      <ChartFrame title="Facility power over the year (daily means)" table={powerTable}>
        <LineChart title="Facility power by use" description={`Day ${snap.day + 1}: ${snap.now.totalKW.toFixed(0)} kW in total, ${snap.now.coolingKW.toFixed(0)} kW for cooling`}
          x={s.tSec ?? []} xLabel="day of year" formatX={day} yLabel="kW" markerX={sim.tSec}
          series={[
            { key: 'it', label: 'IT', values: s.itKW ?? [] }, { key: 'cool', label: 'cooling', values: s.coolingKW ?? [] },
            { key: 'ups', label: 'UPS loss', values: s.upsLossKW ?? [] }, { key: 'dist', label: 'distribution loss', values: s.distributionLossKW ?? [] },
            { key: 'light', label: 'lighting/other', values: s.lightingKW ?? [] },
          ]} />
        <LineChart title="Daily PUE and outside temperature" description={`Daily PUE ranges ${y.bestDayPue.toFixed(3)}–${y.worstDayPue.toFixed(3)}`}
          x={s.tSec ?? []} xLabel="day of year" formatX={day} markerX={sim.tSec}
          series={[{ key: 'pue', label: 'PUE × 10', values: pueTimes10 }, { key: 't', label: 'outside °C', values: s.outsideC ?? [] }]} />
      </ChartFrame>
      <ChartFrame title="One year, many PUEs" table={waysTable}>
        <BarChart title="PUE by how it is measured" description={`From ${y.best15MinPue.toFixed(3)} (best 15 minutes) to ${y.categories.category0.toFixed(3)} (peak demand) for the same year`}
          bars={ways.map(([label, v]) => ({ label, value: v }))} valueLabel="PUE" domain={[1, Math.max(...ways.map((w) => w[1])) * 1.02]} />
      </ChartFrame>
      <fieldset className="pue-controls" disabled={readonly}>
        <legend>Change the facility from day {snap.day + 1} on</legend>
        <div className="row">
          <label className="field" htmlFor={`${id}-p`}>Setting
            <select id={`${id}-p`} value={param} onChange={(e) => setParam(e.target.value)}>{SETTABLE.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select>
          </label>
          <label className="field" htmlFor={`${id}-v`}>Value
            <input id={`${id}-v`} type="number" step="any" min={0} value={value} onChange={(e) => setValue(e.target.value)} />
          </label>
          <button type="button" disabled={!(Number(value) >= 0) || value === ''} onClick={() => sim.dispatch({ do: 'set', param, value: Number(value) })}>Apply</button>
        </div>
      </fieldset>
    </div>
  );
}
