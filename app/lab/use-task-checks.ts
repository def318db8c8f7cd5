/**
 * Evaluates a step's task checks in the worker whenever the widget's state changes, latest-only:
 * while one evaluation is in flight, newer snapshots replace each other and only the last one is
 * evaluated next — so play at 60 frames per second never queues work.
 */
import { useEffect, useRef, useState } from 'react';
import type { Snapshot } from '../../engine/core/model';
import type { CheckResult } from '../../engine/lab/evaluate-check';
import type { LabTask } from '../../engine/lab/types';
import { useLabEngine } from './lab-engine';

export type CheckResults = Record<string, CheckResult>;

export function useTaskChecks(tasks: LabTask[], pathOf: (index: number) => string, snapshot: Snapshot | null): CheckResults {
  const engine = useLabEngine();
  const [results, setResults] = useState<CheckResults>({});
  const state = useRef<{ busy: boolean; pending: Snapshot | null; live: boolean }>({ busy: false, pending: null, live: true });
  const latest = useRef({ tasks, pathOf });
  useEffect(() => {
    latest.current = { tasks, pathOf };
  }, [tasks, pathOf]);

  useEffect(() => {
    const s = state.current;
    s.live = true;
    return () => {
      s.live = false;
    };
  }, []);

  useEffect(() => {
    if (!snapshot || tasks.length === 0) return;
    const s = state.current;
    s.pending = snapshot;
    if (s.busy) return;
    const run = async () => {
      s.busy = true;
      while (s.pending && s.live) {
        const snap = s.pending;
        s.pending = null;
        const { tasks: ts, pathOf: p } = latest.current;
        const evaluated = await Promise.all(ts.map((t, i) => engine.checkTask(t.check, snap, p(i))));
        if (s.live) setResults(Object.fromEntries(ts.map((t, i) => [t.id, evaluated[i]!])));
      }
      s.busy = false;
    };
    void run().catch(() => {
      s.busy = false;
    });
  }, [engine, snapshot, tasks.length]);

  return results;
}
