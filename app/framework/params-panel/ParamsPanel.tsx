import { useState } from 'react';
import type { SimulationHandle } from '../../widgets/types';
import { SchemaField } from './SchemaField';
import { errorOwner, properties, setAt, type Key, type Schema } from './schema-form';

export interface ParamsPanelProps {
  sim: SimulationHandle;
  schema: Schema;
  disabled?: boolean;
}

/**
 * The parameter panel generated from a widget's paramsSchema. Edits collect in a draft; Apply
 * restarts the scenario with them. Invalid params keep the previous scenario running, and the
 * engine's error appears beside the field its JSON path names (or above, if no field matches).
 */
export function ParamsPanel({ sim, schema, disabled }: ParamsPanelProps) {
  const current = sim.scenario.params;
  const [draft, setDraft] = useState<Record<string, unknown>>(current);
  const [basis, setBasis] = useState(current);
  const [version, setVersion] = useState(0);
  // A schema without properties (or a composite one) is edited as JSON only.
  const hasFields = properties(schema).length > 0;
  const [asJson, setAsJson] = useState(!hasFields);
  const [jsonText, setJsonText] = useState(() => (hasFields ? '' : JSON.stringify(current, null, 2)));
  const [jsonError, setJsonError] = useState<string | null>(null);
  if (basis !== current && JSON.stringify(basis) !== JSON.stringify(current)) {
    // The scenario was replaced from outside (a lab, a permalink): start the draft over.
    setBasis(current);
    setDraft(current);
    setVersion((v) => v + 1);
    setJsonText(JSON.stringify(current, null, 2));
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(current);
  const error = sim.error && sim.error.path.startsWith('params') ? sim.error : null;
  const owner = error ? errorOwner(schema, error.path) : null;
  const shown = owner !== null && !asJson;
  const errorFor = (path: string) => (error && path === owner ? error.message : null);
  const onChange = (path: readonly Key[], value: unknown) => setDraft((d) => setAt(d, path, value));
  const apply = () => {
    if (!asJson) return sim.setParams(draft);
    try {
      const parsed = JSON.parse(jsonText) as Record<string, unknown>;
      setJsonError(null);
      setDraft(parsed);
      sim.setParams(parsed);
    } catch (e) {
      setJsonError(`Not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const fields = properties(schema).map(([k, s]) => (
    <SchemaField key={k} name={k} schema={s} value={draft[k]} path={[k]} onChange={onChange} errorFor={errorFor} disabled={disabled} />
  ));
  return (
    <form className="params-panel" aria-label="Parameters" noValidate onSubmit={(e) => (e.preventDefault(), apply())}>
      <h2>Parameters</h2>
      {asJson ? (
        <label className="field">
          params (JSON)
          <textarea rows={14} value={jsonText} spellCheck={false} disabled={disabled} onChange={(e) => setJsonText(e.target.value)} />
        </label>
      ) : (
        <div key={version}>{fields}</div>
      )}
      {jsonError && <p className="field-error">{jsonError}</p>}
      {error && !shown && (
        <p className="alert alert-error" role="alert">
          <span className="error-path">{error.path}</span>: {error.message.replace(`${error.path}: `, '')}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={disabled || (!dirty && !asJson)}>
          Apply and restart
        </button>
        <button type="button" disabled={disabled || !dirty} onClick={() => (setDraft(current), setVersion((v) => v + 1))}>
          Discard edits
        </button>
        {hasFields && (
          <button
            type="button"
            aria-pressed={asJson}
            onClick={() => {
              setJsonText(JSON.stringify(draft, null, 2));
              setAsJson(!asJson);
            }}
          >
            Edit as JSON
          </button>
        )}
      </div>
    </form>
  );
}
