/**
 * The keyboard (and screen-reader) way to do what dragging does: pick a job instance, move it by
 * one slot, send it back to the scheduler, and change a periodic job's flexibility window.
 */
import { useId, useState } from 'react';
import type { CarbonJob, CarbonSnapshot } from './types';

export interface JobControlsProps {
  snap: CarbonSnapshot;
  windows: Record<string, number>;
  readonly: boolean;
  onMove: (job: CarbonJob, startSlot: number) => void;
  onReset: (job: CarbonJob) => void;
  onWindow: (jobId: string, windowHours: number) => void;
}

export function JobControls({ snap, windows, readonly, onMove, onReset, onWindow }: JobControlsProps) {
  const id = useId();
  const [selected, setSelected] = useState(snap.jobs[0]?.id ?? '');
  const job = snap.jobs.find((j) => j.id === selected) ?? snap.jobs[0];
  if (!job) return null;
  const start = job.runs[0]![0];
  const movable = !job.interruptible && !readonly;
  return (
    <fieldset className="ct-controls" disabled={readonly}>
      <legend>Jobs</legend>
      <div className="field">
        <label htmlFor={`${id}-job`}>Job</label>
        <select id={`${id}-job`} value={job.id} onChange={(e) => setSelected(e.target.value)}>
          {snap.jobs.map((j) => <option key={j.id} value={j.id}>{j.id} — {j.savedG >= 0 ? 'saves' : 'costs'} {Math.abs(j.savedG).toFixed(0)} g</option>)}
        </select>
      </div>
      <div className="row" role="group" aria-label={`Move ${job.id}`}>
        <button type="button" disabled={!movable || start <= job.firstStartSlot} onClick={() => onMove(job, start - 1)}>← {snap.stepMin} min earlier</button>
        <button type="button" disabled={!movable || start >= job.lastStartSlot} onClick={() => onMove(job, start + 1)}>{snap.stepMin} min later →</button>
        <button type="button" disabled={readonly || !job.manual} onClick={() => onReset(job)}>Back to the scheduler</button>
      </div>
      <p className="field-hint" aria-live="polite">
        {job.id}: starts {job.startUtc} ({job.delayHours >= 0 ? '+' : ''}{job.delayHours} h vs nominal), {job.shiftedG} g instead of {job.baselineG} g{job.manual ? ' — placed by hand' : ''}{job.interruptible ? ' — interruptible: runs in the cheapest slots' : ''}.
      </p>
      {Object.entries(windows).map(([jobId, w]) => (
        <div className="field" key={jobId}>
          <label htmlFor={`${id}-w-${jobId}`}>Window of “{jobId}”: ±{w} h</label>
          <input id={`${id}-w-${jobId}`} type="range" min={0} max={12} step={0.5} value={w} onChange={(e) => onWindow(jobId, Number(e.target.value))} />
        </div>
      ))}
    </fieldset>
  );
}
