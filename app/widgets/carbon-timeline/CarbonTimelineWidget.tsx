/**
 * Carbon timeline: a region's intensity with the forecast the scheduler sees, the jobs before and
 * after shifting (drag them, or use the job controls), the savings; an hour × day heatmap; and a
 * region comparison with location shifting. Time controls (scrub through the days) come from WidgetHost.
 */
import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import type { WidgetProps } from '../types';
import { HourDayHeatmap } from './HourDayHeatmap';
import { JobControls } from './JobControls';
import { RegionComparison } from './RegionComparison';
import { SchedulerControls } from './SchedulerControls';
import { TimelineChart } from './TimelineChart';
import { forecastBand, jobsTable, slotHours, timelineTable } from './timeline-data';
import type { CarbonJob, CarbonSnapshot } from './types';
import './carbon-timeline.css';

type Mode = 'timeline' | 'heatmap' | 'regions';

const EMPTY = new Float64Array(0);

export default function CarbonTimelineWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as CarbonSnapshot | null;
  const id = useId();
  const [mode, setMode] = useState<Mode>('timeline');
  const [regionId, setRegionId] = useState<string | null>(null);
  const s = sim.series;
  // Derived from the series (which change at most 4× a second while playing), not on every frame.
  const hours = useMemo(() => Float64Array.from(s.tSec ?? [], (t) => t / 3600), [s]);
  const region = snap?.regions.find((r) => r.id === regionId) ?? snap?.regions.find((r) => r.id === snap.jobs[0]?.home) ?? snap?.regions[0];
  const bandKey = snap && region ? `${snap.forecast.method}:${snap.forecast.errorFraction}:${region.meanGPerKWh}` : '';
  const regionKey = region?.id ?? '';
  const band = useMemo(() => (snap && regionKey ? forecastBand(s[`forecast.${regionKey}`] ?? EMPTY, snap, regionKey) : null), [s, regionKey, bandKey]); // eslint-disable-line react-hooks/exhaustive-deps -- snap enters only through bandKey
  const table = useMemo(() => timelineTable(s, regionKey), [s, regionKey]);
  if (!snap || !region) return null;
  const truth = s[`ci.${region.id}`] ?? EMPTY;
  const forecast = s[`forecast.${region.id}`] ?? EMPTY;
  const move = (job: CarbonJob, startSlot: number) => sim.dispatch({ do: 'moveJob', job: job.id, startHours: slotHours(startSlot, snap.stepMin), region: job.region });
  const reset = (job: CarbonJob) => sim.dispatch({ do: 'resetJob', job: job.id });
  const windows = Object.fromEntries(snap.jobSpecs.filter((j) => j.kind === 'periodic').map((j) => [j.id, j.windowHours ?? 0]));
  const t = snap.totals;
  const importSeries = (name: string, text: string) => {
    const params: Record<string, unknown> = { ...sim.scenario.params };
    const regions = Array.isArray(params.regions) ? params.regions : [];
    delete params.startUtc; // the engine starts the horizon at the imported series' first midnight
    sim.setParams({ ...params, regions: [...regions, { id: `import-${regions.length + 1}`, import: { text, name } }] });
  };
  const jobsHere = snap.jobs.filter((j) => j.home === region.id || j.region === region.id);
  const chartTitle = `Carbon intensity and jobs: ${region.id}`;
  return (
    <div className="ct-widget">
      <div className="row ct-top">
        <div className="field">
          <label htmlFor={`${id}-region`}>Region</label>
          <select id={`${id}-region`} value={region.id} onChange={(e) => setRegionId(e.target.value)}>
            {snap.regions.map((r) => <option key={r.id} value={r.id}>{r.id} — {r.name}</option>)}
          </select>
        </div>
        <div role="tablist" aria-label="View" className="segmented">
          {(['timeline', 'heatmap', 'regions'] as const).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} onClick={() => setMode(m)}>{{ timeline: 'Timeline', heatmap: 'Hour × day', regions: 'Regions' }[m]}</button>
          ))}
        </div>
      </div>
      <p className="field-hint ct-provenance">
        <span className="badge">{region.metric === 'lifecycle' ? 'life-cycle' : region.metric === 'direct' ? 'direct (combustion)' : 'basis unspecified'}</span>{' '}
        <span className="badge">{region.signal} intensity</span> {region.source}. Now {region.nowGPerKWh} gCO2e/kWh (forecast {region.forecastNowGPerKWh}), mean {region.meanGPerKWh}.
      </p>
      <section aria-label="Savings" className="ct-summary" aria-live="polite">
        <strong>{t.savingPct.toFixed(1)} % saved</strong>: {t.shiftedG.toFixed(0)} g instead of {t.baselineG.toFixed(0)} g for {t.jobs} job runs ({t.energyKWh} kWh);
        mean delay {t.meanDelayHours} h, max {t.maxDelayHours} h. Emitted so far: {t.emittedSoFarG.toFixed(0)} g (baseline {t.baselineSoFarG.toFixed(0)} g).
      </section>
      {mode === 'timeline' && (
        <>
          <ChartFrame title={chartTitle} table={table}>
            <TimelineChart title={chartTitle} description={`${jobsHere.length} job runs in ${region.id}; the scheduler uses a ${snap.forecast.method} forecast and the ${snap.policy.type} policy.`}
              hours={hours} truth={truth} forecast={forecast} band={band} jobs={jobsHere} regionId={region.id}
              stepMin={snap.stepMin} nowHours={sim.tSec / 3600} readonly={readonly} onMove={move} onReset={reset}
              windows={windows} onWindow={(job, w) => sim.dispatch({ do: 'setWindow', job, windowHours: w })} />
          </ChartFrame>
          <div className="ct-panels">
            <SchedulerControls snap={snap} readonly={readonly} dispatch={sim.dispatch} />
            <JobControls snap={snap} windows={windows} readonly={readonly} onMove={move} onReset={reset} onWindow={(job, w) => sim.dispatch({ do: 'setWindow', job, windowHours: w })}
              onDeadline={(ids, deadline, interruptible) => ids.forEach((job) => sim.dispatch({ do: 'setDeadline', job, deadline, interruptible }))} />
          </div>
          <DataTable caption="Job runs: nominal vs planned" table={jobsTable(snap.jobs)} maxRows={60} />
        </>
      )}
      {mode === 'heatmap' && <HourDayHeatmap values={truth} stepMin={snap.stepMin} regionName={`${region.id} — ${region.name}`} />}
      {mode === 'regions' && <RegionComparison snap={snap} series={s} nowHours={sim.tSec / 3600} readonly={readonly} dispatch={sim.dispatch} onImport={importSeries} />}
    </div>
  );
}
