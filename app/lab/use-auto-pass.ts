/**
 * Records a task as passed the moment its live check passes (the learner need not press "Check"),
 * and returns a short announcement for the live region.
 */
import { useEffect, useState } from 'react';
import type { LabStep } from '../../engine/lab/types';
import { recordCheck, type StepProgress } from './progress';
import type { CheckResults } from './use-task-checks';
import type { ProgressUpdate } from './use-lab-progress';

export function useAutoPass(step: LabStep, results: CheckResults, stepProgress: StepProgress | undefined, update: ProgressUpdate): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const newlyPassed = (step.tasks ?? []).filter((t) => results[t.id]?.pass && !stepProgress?.tasks[t.id]?.passed);
    if (!newlyPassed.length) return;
    update((p, now) => newlyPassed.reduce((acc, t) => recordCheck(acc, step.id, t.id, true, now), p));
    setAnnouncement(`Task done: ${newlyPassed.map((t) => t.id).join(', ')}.`);
  }, [results, step, stepProgress, update]);
  return announcement;
}
