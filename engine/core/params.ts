/**
 * Small readers for untrusted params: each checks one field and throws `ScenarioError` naming its
 * JSON path, so every domain reports bad input the same way ("params.hosts[2].mtbfHours: must be a
 * number > 0, got "ten"").
 */
import { ScenarioError, joinPath } from './errors';

type Obj = Record<string, unknown>;

const describe = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));

export function readObject(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioError(path, `must be an object, got ${describe(value)}`);
  }
  return value as Obj;
}

export function readArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ScenarioError(path, `must be an array, got ${describe(value)}`);
  return value;
}

export interface NumberRule {
  min?: number;
  max?: number;
  /** min is exclusive (a rate must be > 0). */
  minExclusive?: boolean;
  integer?: boolean;
  default?: number;
}

export function readNumber(obj: Obj, key: string, path: string, rule: NumberRule = {}): number {
  const at = joinPath(path, key);
  const raw = obj[key];
  if (raw === undefined && rule.default !== undefined) return rule.default;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new ScenarioError(at, `must be a number, got ${describe(raw)}`);
  if (rule.integer && !Number.isInteger(raw)) throw new ScenarioError(at, `must be an integer, got ${raw}`);
  if (rule.min !== undefined && (rule.minExclusive ? raw <= rule.min : raw < rule.min)) {
    throw new ScenarioError(at, `must be ${rule.minExclusive ? '>' : '≥'} ${rule.min}, got ${raw}`);
  }
  if (rule.max !== undefined && raw > rule.max) throw new ScenarioError(at, `must be ≤ ${rule.max}, got ${raw}`);
  return raw;
}

export function readOptionalNumber(obj: Obj, key: string, path: string, rule: NumberRule = {}): number | undefined {
  return obj[key] === undefined ? undefined : readNumber(obj, key, path, rule);
}

export function readString(obj: Obj, key: string, path: string, fallback?: string): string {
  const raw = obj[key];
  if (raw === undefined && fallback !== undefined) return fallback;
  if (typeof raw !== 'string') throw new ScenarioError(joinPath(path, key), `must be a string, got ${describe(raw)}`);
  return raw;
}

export function readEnum<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[], fallback?: T): T {
  const raw = obj[key];
  if (raw === undefined && fallback !== undefined) return fallback;
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
    throw new ScenarioError(joinPath(path, key), `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(raw)}`);
  }
  return raw as T;
}

export function readBoolean(obj: Obj, key: string, path: string, fallback?: boolean): boolean {
  const raw = obj[key];
  if (raw === undefined && fallback !== undefined) return fallback;
  if (typeof raw !== 'boolean') throw new ScenarioError(joinPath(path, key), `must be true or false, got ${describe(raw)}`);
  return raw;
}

/** Rejects keys the model does not know, so a typo ("mtbfHour") is reported, not silently ignored. */
export function rejectUnknownKeys(obj: Obj, path: string, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) {
      throw new ScenarioError(joinPath(path, key), `unknown field (expected one of: ${known.join(', ')})`);
    }
  }
}
