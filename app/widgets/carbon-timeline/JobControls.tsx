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
  onDeadline: (jobIds: string[], deadline: string, interruptible: boolean) => void;
}

export function JobControls({ snap, windows, readonly, onMove, onReset, onWindow, onDeadline }: JobControlsProps) {
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
      <AdhocRules snap={snap} onDeadline={onDeadline} />
    </fieldset>
  );
}

/** One deadline rule and interruptibility for all ad hoc jobs at once (one setDeadline command each). */
function AdhocRules({ snap, onDeadline }: Pick<JobControlsProps, 'snap' | 'onDeadline'>) {
  const id = useId();
  const adhoc = snap.jobSpecs.filter((j) => j.kind === 'adhoc');
  if (adhoc.length === 0) return null;
  const first = adhoc[0]!;
  const ids = adhoc.map((j) => j.id);
  return (
    <div className="row" role="group" aria-label="Ad hoc jobs">
      <div className="field">
        <label htmlFor={`${id}-dl`}>Deadline of the {adhoc.length} ad hoc job{adhoc.length > 1 ? 's' : ''}</label>
        <select id={`${id}-dl`} value={first.deadline ?? 'none'} onChange={(e) => onDeadline(ids, e.target.value, first.interruptible ?? false)}>
          <option value="none">none (run at arrival)</option>
          <option value="next-workday">next workday 09:00</option>
          <option value="semi-weekly">semi-weekly (Mon/Thu 09:00)</option>
        </select>
      </div>
      <label><input type="checkbox" checked={first.interruptible ?? false} onChange={(e) => onDeadline(ids, first.deadline ?? 'none', e.target.checked)} /> interruptible</label>
    </div>
  );
}
