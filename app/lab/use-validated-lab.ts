/**
 * Validates an untrusted lab in the worker (schema + lint, every issue with its path) against the
 * widgets this app registers and the labs it ships. Nothing is rendered from a lab that failed.
 * Solves are not run here (that is `npm run lab -- test`'s job in CI), so opening stays fast.
 */
import { useEffect, useState } from 'react';
import type { LabIssue, LabJson } from '../../engine/lab/types';
import { allWidgets } from '../widgets/registry';
import { allLabs } from './lab-catalog';
import { useLabEngine } from './lab-engine';

export type ValidatedLab = { status: 'checking' } | { status: 'invalid'; issues: LabIssue[] } | { status: 'ready'; lab: LabJson };

export function widgetKinds(): Record<string, { modelKind: string }> {
  return Object.fromEntries(allWidgets().map((w) => [w.kind, { modelKind: w.modelKind }]));
}

export function useValidatedLab(raw: unknown): ValidatedLab {
  const engine = useLabEngine();
  const [state, setState] = useState<ValidatedLab>({ status: 'checking' });
  useEffect(() => {
    let live = true;
    setState({ status: 'checking' });
    const knownLabIds = allLabs().map((l) => l.summary.id);
    engine
      .validateLab(raw, { widgets: widgetKinds(), knownLabIds, applySolves: false })
      .then((r) => live && setState(r.ok ? { status: 'ready', lab: r.lab } : { status: 'invalid', issues: r.issues }))
      .catch((e: unknown) => live && setState({ status: 'invalid', issues: [{ path: '', message: `the lab could not be checked: ${e instanceof Error ? e.message : String(e)}`, rule: 'internal' }] }));
    return () => {
      live = false;
    };
  }, [engine, raw]);
  return state;
}
