/**
 * Schema validation of an untrusted lab with Ajv (JSON Schema 2020-12), reporting EVERY error with
 * its JSON path in the engine's path style (`steps[2].tasks[0].solve`), not Ajv's JSON Pointer.
 * The compiled validator is cached: compiling costs milliseconds, validating microseconds.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { joinPath } from '../core/errors';
import { labSchema } from './lab-schema';
import type { LabIssue, LabJson } from './types';

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    compiled = ajv.compile(labSchema as unknown as Record<string, unknown>);
  }
  return compiled;
}

/** '/steps/0/tasks/1' → 'steps[0].tasks[1]'. */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '';
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return joinPath('', ...parts);
}

function describeError(e: ErrorObject): LabIssue {
  const base = pointerToPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    return { path: joinPath(base, String(p.missingProperty)), message: 'is required', rule: 'schema' };
  }
  if (e.keyword === 'additionalProperties') {
    return { path: joinPath(base, String(p.additionalProperty)), message: 'is not a known field (check the spelling; see docs/labs.md)', rule: 'schema' };
  }
  if (e.keyword === 'false schema') return { path: base, message: 'is not allowed here (solve commands apply at the current time; use solve.runToSec to move time)', rule: 'schema' };
  if (e.keyword === 'minProperties' || e.keyword === 'maxProperties') {
    const props = Object.keys(((e.parentSchema ?? {}) as { properties?: object }).properties ?? {});
    const limit = Number(p.limit);
    const many = e.keyword === 'minProperties' ? `at least ${limit}` : `at most ${limit}`;
    return { path: base, message: `must have ${many} field${limit === 1 ? '' : 's'}${props.length ? ` (of: ${props.join(', ')})` : ''}`, rule: 'schema' };
  }
  let message = e.message ?? 'is invalid';
  if (e.keyword === 'enum') message += `: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'const') message += `: ${JSON.stringify(p.allowedValue)}`;
  return { path: base, message, rule: 'schema' };
}

/** Drops the umbrella errors (`if`/`oneOf`) when a more specific one names the same place or below. */
function dropUmbrellas(issues: Array<LabIssue & { keyword: string }>): LabIssue[] {
  return issues
    .filter((i, _n, all) => !['if', 'oneOf', 'anyOf'].includes(i.keyword) || !all.some((o) => o !== i && !['if', 'oneOf', 'anyOf'].includes(o.keyword) && o.path.startsWith(i.path)))
    .map(({ path, message, rule }) => ({ path, message, rule }));
}

export type SchemaResult = { ok: true; lab: LabJson } | { ok: false; issues: LabIssue[] };

/** Validates the lab's shape. Every problem is reported, each with its JSON path. */
export function validateLabSchema(input: unknown): SchemaResult {
  const validate = validator();
  if (validate(input)) return { ok: true, lab: input as LabJson };
  const raw = (validate.errors ?? []).map((e) => ({ ...describeError(e), keyword: e.keyword }));
  const seen = new Set<string>();
  const issues = dropUmbrellas(raw).filter((i) => {
    const key = `${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ok: false, issues };
}
