/**
 * The JSON Logic operations a lab may use, and a static walk that finds any other operation or an
 * unsafe `var` path. Labs are untrusted input: an operation outside this list (json-logic-js'
 * `log`, or anything a later version adds) or a `var` that reaches into the prototype chain
 * (`constructor`, `__proto__`) is refused before evaluation, so a check can only read the snapshot.
 */
import { joinPath } from '../core/errors';
import type { JsonLogic, LabIssue } from './types';

export const CHECK_OPS = [
  'var', 'missing', 'missing_some', 'if', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'map', 'filter', 'reduce',
  'all', 'none', 'some', 'merge', 'in', 'cat', 'substr',
] as const;

const ALLOWED = new Set<string>(CHECK_OPS);
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

function isObject(v: unknown): v is Record<string, JsonLogic> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The literal path of a `var` operand (`{"var": "a.b"}` or `{"var": ["a.b", default]}`), else null. */
export function varPath(arg: JsonLogic): string | null {
  const first = Array.isArray(arg) ? arg[0] : arg;
  if (typeof first === 'string') return first;
  if (typeof first === 'number') return String(first);
  if (first === undefined || first === null) return '';
  return null;
}

function checkVar(arg: JsonLogic, path: string, out: LabIssue[]): void {
  const p = varPath(arg);
  if (p === null) {
    out.push({ path, message: '"var" must name a literal path (computed paths are not allowed)', rule: 'check-ops' });
  } else if (p.split('.').some((s) => FORBIDDEN_SEGMENTS.has(s))) {
    out.push({ path, message: `"var" path "${p}" reaches outside the snapshot`, rule: 'check-ops' });
  }
}

/** Every disallowed operation or unsafe var in a rule, each with its JSON path. */
export function findUnsafeLogic(rule: JsonLogic, path: string): LabIssue[] {
  const out: LabIssue[] = [];
  const walk = (node: JsonLogic, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, joinPath(at, i)));
      return;
    }
    if (!isObject(node)) return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      out.push({ path: at, message: `a JSON Logic operation is an object with exactly one key, got ${keys.length}`, rule: 'check-ops' });
      return;
    }
    const op = keys[0]!;
    const arg = node[op]!;
    const argPath = joinPath(at, op);
    if (!ALLOWED.has(op)) {
      out.push({ path: argPath, message: `unknown or disallowed JSON Logic operation "${op}" (allowed: ${CHECK_OPS.join(' ')})`, rule: 'check-ops' });
      return;
    }
    if (op === 'var') checkVar(arg, argPath, out);
    walk(arg, argPath);
  };
  walk(rule, path);
  return out;
}

/** The literal `var` paths a rule reads at the top level (not inside map/filter/reduce/all/none/some). */
export function readVars(rule: JsonLogic): string[] {
  const found: string[] = [];
  const walk = (node: JsonLogic): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    const [op] = Object.keys(node);
    if (op === undefined) return;
    const arg = node[op]!;
    if (op === 'var') {
      const p = varPath(arg);
      if (p) found.push(p);
      return;
    }
    // Inside iteration operators `var` reads the current item, not the snapshot: only the collection is a snapshot read.
    if (['map', 'filter', 'reduce', 'all', 'none', 'some'].includes(op) && Array.isArray(arg)) return walk(arg[0] ?? null);
    walk(arg);
  };
  walk(rule);
  return [...new Set(found)];
}
