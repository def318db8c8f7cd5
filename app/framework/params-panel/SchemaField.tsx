import { useId, useState } from 'react';
import { fieldKind, labelOf, numberBounds, pathToString, properties, type Key, type Schema } from './schema-form';

export interface SchemaFieldProps {
  name: string;
  schema: Schema;
  value: unknown;
  path: readonly Key[];
  onChange(path: readonly Key[], value: unknown): void;
  /** The engine error's JSON path and message, if it points here. */
  errorFor(path: string): string | null;
  disabled?: boolean;
}

/** One schema node as a labelled input (objects recurse into a fieldset; the rest edit as JSON). */
export function SchemaField(props: SchemaFieldProps) {
  const { name, schema, value, path, onChange, errorFor, disabled } = props;
  const id = useId();
  const kind = fieldKind(schema);
  const label = labelOf(name, schema);
  const jsonPath = pathToString('params', path);
  const error = errorFor(jsonPath);
  const hint = typeof schema.description === 'string' ? schema.description : null;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  if (kind === 'object') {
    const obj = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    return (
      <fieldset>
        <legend>{label}</legend>
        {properties(schema).map(([k, s]) => (
          <SchemaField key={k} {...props} name={k} schema={s} value={obj[k]} path={[...path, k]} />
        ))}
      </fieldset>
    );
  }
  const common = { id, disabled, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  return (
    <div className="field">
      {kind === 'boolean' ? (
        <label className="row">
          <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(path, e.target.checked)} />
          {label}
        </label>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {(kind === 'number' || kind === 'integer') && (
        <input
          type="number"
          inputMode="decimal"
          {...common}
          {...numberBounds(schema)}
          value={typeof value === 'number' ? value : ''}
          placeholder={typeof schema.default === 'number' ? String(schema.default) : undefined}
          onChange={(e) => onChange(path, e.target.value === '' ? undefined : Number(e.target.value))}
        />
      )}
      {kind === 'enum' && (
        <select {...common} value={typeof value === 'string' ? value : String(schema.default ?? '')} onChange={(e) => onChange(path, e.target.value)}>
          {(schema.enum as string[]).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      )}
      {kind === 'string' && <input type="text" {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(path, e.target.value)} />}
      {kind === 'json' && <JsonInput {...common} value={value} onChange={(v) => onChange(path, v)} />}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-err`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Arrays and composite nodes are edited as JSON text; a parse error is shown, never applied. */
function JsonInput({ value, onChange, ...rest }: { value: unknown; onChange(v: unknown): void; id: string; disabled?: boolean }) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 2));
  const [parseError, setParseError] = useState<string | null>(null);
  return (
    <>
      <textarea
        {...rest}
        rows={Math.min(12, Math.max(3, text.split('\n').length))}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          try {
            onChange(JSON.parse(e.target.value));
            setParseError(null);
          } catch (err) {
            setParseError(`Not JSON yet: ${err instanceof Error ? err.message : String(err)}`);
          }
        }}
      />
      {parseError && <span className="field-error">{parseError}</span>}
    </>
  );
}
