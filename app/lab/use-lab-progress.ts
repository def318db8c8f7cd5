/**
 * React state for one lab's progress, saved to localStorage synchronously on every change (no
 * debounce: a closed tab loses nothing). Storage problems become a visible warning, never a crash.
 */
import { useCallback, useRef, useState } from 'react';
import { getLearnerId } from './learner-id';
import { emptyProgress, type LabProgress } from './progress';
import { loadProgress, saveProgress } from './progress-storage';

export type ProgressUpdate = (fn: (p: LabProgress, nowIso: string) => LabProgress) => void;

export interface LabProgressState {
  progress: LabProgress;
  warning: string | null;
  update: ProgressUpdate;
  /** Replaces the record (after an import that progress-storage already validated and saved). */
  replace(p: LabProgress): void;
}

const nowIso = () => new Date().toISOString();

export function useLabProgress(labId: string, version: string): LabProgressState {
  const [initial] = useState(() => {
    const loaded = loadProgress(labId, version, nowIso());
    return { progress: loaded.progress ?? emptyProgress(labId, version, getLearnerId(), nowIso()), warning: loaded.warning ?? null };
  });
  const [progress, setProgress] = useState(initial.progress);
  const [warning, setWarning] = useState<string | null>(initial.warning);
  const ref = useRef(initial.progress);
  const update = useCallback<ProgressUpdate>((fn) => {
    const next = fn(ref.current, nowIso());
    if (next === ref.current) return;
    ref.current = next;
    const error = saveProgress(next);
    if (error) setWarning(error);
    setProgress(next);
  }, []);
  const replace = useCallback((p: LabProgress) => {
    ref.current = p;
    setProgress(p);
  }, []);
  return { progress, warning, update, replace };
}
