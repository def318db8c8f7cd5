/**
 * Pure helpers for the parameter panel generated from a widget's paramsSchema (JSON Schema
 * 2020-12 subset): what kind of input a schema node gets, and immutable get/set by path.
 * Paths print the way engine errors name them (`params.system.children[2].mtbfHours`), so an
 * error can be shown next to its field.
 */
export type Key = string | number;
export type Schema = Record<string, unknown>;

export type FieldKind = 'number' | 'integer' | 'boolean' | 'enum' | 'string' | 'object' | 'json';

export function fieldKind(schema: Schema): FieldKind {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) return 'enum';
  if (type === 'number') return 'number';
  if (type === 'integer') return 'integer';
  if (type === 'boolean') return 'boolean';
  if (type === 'string') return 'string';
  if (type === 'object' && isRecord(schema.properties)) return 'object';
  return 'json';
}

export function properties(schema: Schema): Array<[string, Schema]> {
  return isRecord(schema.properties) ? Object.entries(schema.properties).filter((e): e is [string, Schema] => isRecord(e[1])) : [];
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function pathToString(base: string, path: readonly Key[]): string {
  let out = base;
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

export function getAt(value: unknown, path: readonly Key[]): unknown {
  let cur = value;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k as string];
  }
  return cur;
}

/** A copy of `root` with `value` at `path` (undefined removes the key). */
export function setAt<T>(root: T, path: readonly Key[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [Key, ...Key[]];
  const container: Record<string, unknown> | unknown[] = Array.isArray(root) ? [...root] : isRecord(root) ? { ...root } : typeof head === 'number' ? [] : {};
  const next = setAt((container as Record<string, unknown>)[head as string], rest, value);
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[head as string];
  else (container as Record<string, unknown>)[head as string] = next;
  return container as T;
}

/** Human label of a schema node: its title, else the key split into words ("mtbfHours" → "mtbf hours"). */
export function labelOf(key: string, schema: Schema): string {
  if (typeof schema.title === 'string') return schema.title;
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ').toLowerCase();
}

/** Number input attributes from minimum/maximum/exclusive bounds. */
export function numberBounds(schema: Schema): { min?: number; max?: number; step: number | 'any' } {
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const min = num(schema.minimum) ?? num(schema.exclusiveMinimum);
  const max = num(schema.maximum) ?? num(schema.exclusiveMaximum);
  const step = fieldKind(schema) === 'integer' ? 1 : typeof schema.multipleOf === 'number' ? schema.multipleOf : 'any';
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), step };
}

/**
 * The field that shows an error: the deepest field whose path is the error's path or a prefix
 * of it (a JSON-edited array owns errors inside it); null when no field matches.
 */
export function errorOwner(schema: Schema, errorPath: string, base = 'params', path: readonly Key[] = []): string | null {
  let best: string | null = null;
  for (const [key, child] of properties(schema)) {
    const p = pathToString(base, [...path, key]);
    const covers = errorPath === p || errorPath.startsWith(p + '.') || errorPath.startsWith(p + '[');
    if (!covers) continue;
    best = fieldKind(child) === 'object' ? (errorOwner(child, errorPath, base, [...path, key]) ?? p) : p;
  }
  return best;
}
