/**
 * Any lab JSON (bundled, pasted, fetched): validated in the worker, then either the runner or the
 * list of problems with their JSON paths — never a crash. The authoring preview can reuse it.
 */
import { ErrorBoundary } from '../framework/ErrorBoundary';
import { LabErrors } from './LabErrors';
import { LabRunner } from './LabRunner';
import { useValidatedLab } from './use-validated-lab';
import './lab.css';

export function LabFromJson({ raw, title, source }: { raw: unknown; title: string; source: string }) {
  const state = useValidatedLab(raw);
  if (state.status === 'checking') return <p className="muted" role="status">Opening the lab…</p>;
  if (state.status === 'invalid') return <LabErrors title={title} source={source} issues={state.issues} />;
  return (
    <ErrorBoundary what="the lab">
      <LabRunner lab={state.lab} />
    </ErrorBoundary>
  );
}
