/**
 * Reading a manifest field by field. Every read marks its path as consumed; afterwards
 * `unconsumedPaths` walks the document and lists each field the simulation did not read, so the
 * apply result can say "not simulated: spec.containers[0].volumeMounts (line 12)" instead of
 * silently dropping it. Bad values throw ManifestError with document, line/column and field path.
 */
import { parseResourceQuantity } from '../quantity';
import { formatFieldPath, ManifestError, type FieldPath, type ManifestDoc } from './yaml-docs';

export interface DocContext {
  doc: ManifestDoc;
  scenarioPath: string;
  label: string;
  touched: Set<string>;
  whole: Set<string>;
}

export interface Cursor { ctx: DocContext; path: FieldPath; value: unknown }

export type Obj = Record<string, unknown>;

export function rootCursor(doc: ManifestDoc, scenarioPath: string): Cursor {
  return { ctx: { doc, scenarioPath, label: `document ${doc.index}`, touched: new Set(['']), whole: new Set() }, path: [], value: doc.value };
}

export function fail(c: Cursor, reason: string): never {
  const { line, col } = c.ctx.doc.locate(c.path);
  const field = formatFieldPath(c.path);
  throw new ManifestError(c.ctx.scenarioPath, `${c.ctx.label}, line ${line}, column ${col}`, `${field ? `${field}: ` : ''}${reason}`);
}

const describe = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));

/** The child cursor; marks the child as read (its own subfields are checked separately). */
export function at(c: Cursor, key: string | number): Cursor {
  const path = [...c.path, key];
  c.ctx.touched.add(formatFieldPath(path));
  const container = c.value as Obj | unknown[] | null | undefined;
  const value = container === null || container === undefined ? undefined : (container as Obj)[key as string];
  return { ctx: c.ctx, path, value };
}

/** Marks a whole subtree as read (labels, annotations, data maps). */
export function whole(c: Cursor): Cursor {
  c.ctx.whole.add(formatFieldPath(c.path));
  return c;
}

export const present = (c: Cursor): boolean => c.value !== undefined && c.value !== null;

export function obj(c: Cursor): Obj | undefined {
  if (!present(c)) return undefined;
  if (typeof c.value !== 'object' || Array.isArray(c.value)) fail(c, `must be an object, got ${describe(c.value)}`);
  return c.value as Obj;
}

export function list(c: Cursor): Cursor[] {
  if (!present(c)) return [];
  if (!Array.isArray(c.value)) fail(c, `must be a list, got ${describe(c.value)}`);
  return c.value.map((_, i) => at(c, i));
}

export function str(c: Cursor, fallback?: string): string {
  if (!present(c)) {
    if (fallback !== undefined) return fallback;
    fail(c, 'is required');
  }
  if (typeof c.value === 'number' || typeof c.value === 'boolean') return String(c.value);
  if (typeof c.value !== 'string') fail(c, `must be a string, got ${describe(c.value)}`);
  return c.value;
}

export function int(c: Cursor, fallback: number, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY): number {
  if (!present(c)) return fallback;
  if (typeof c.value !== 'number' || !Number.isInteger(c.value)) fail(c, `must be an integer, got ${describe(c.value)}`);
  if (c.value < min || c.value > max) fail(c, `must be between ${min} and ${max}, got ${c.value}`);
  return c.value;
}

export function bool(c: Cursor, fallback: boolean): boolean {
  if (!present(c)) return fallback;
  if (typeof c.value !== 'boolean') fail(c, `must be true or false, got ${describe(c.value)}`);
  return c.value;
}

export function oneOf<T extends string>(c: Cursor, allowed: readonly T[], fallback: T): T {
  if (!present(c)) return fallback;
  if (typeof c.value !== 'string' || !(allowed as readonly string[]).includes(c.value)) {
    fail(c, `must be one of ${allowed.join(', ')}, got ${describe(c.value)}`);
  }
  return c.value as T;
}

export function stringMap(c: Cursor): Record<string, string> {
  const o = obj(whole(c));
  if (!o) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') fail(at(c, k), `must be a string, got ${describe(v)}`);
    out[k] = String(v);
  }
  return out;
}

export function quantity(c: Cursor, resource: string): number {
  const raw = c.value;
  const v = typeof raw === 'string' || typeof raw === 'number' ? parseResourceQuantity(resource, raw) : undefined;
  if (v === undefined) fail(c, `is not a valid quantity: ${describe(raw)} (examples: 250m, 1, 128Mi, 2Gi)`);
  return v;
}

export function resourceList(c: Cursor): Record<string, number> {
  const o = obj(c);
  const out: Record<string, number> = {};
  if (!o) return out;
  for (const key of Object.keys(o)) out[key] = quantity(at(c, key), key);
  return out;
}

/** Every field of the document the converter did not read, topmost first, with its line. */
export function unconsumedPaths(ctx: DocContext): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: FieldPath): void => {
    const key = formatFieldPath(path);
    if (ctx.whole.has(key)) return;
    if (!ctx.touched.has(key)) {
      out.push(`${key} (line ${ctx.doc.locate(path).line})`);
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(ctx.doc.value, []);
  return out;
}
