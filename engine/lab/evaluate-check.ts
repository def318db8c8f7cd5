/**
 * Evaluates a task's JSON Logic check (json-logic-js, never eval) against a snapshot and explains
 * the outcome: a trace tree of every sub-expression with its value, and the list of leaf
 * conditions that made the check fail, each saying what was read and with what value
 * ("system.availability (= 0.998001) >= 0.999 is false"). Plain data, so it crosses the worker.
 */
import jsonLogic from 'json-logic-js';
import { joinPath } from '../core/errors';
import type { JsonValue } from '../core/model';
import { findUnsafeLogic, varPath } from './check-ops';
import type { JsonLogic } from './types';

export interface TraceNode {
  /** JSON path of this sub-expression inside the check (`check.and[1]`). */
  path: string;
  op: string;
  /** The sub-expression's value (JSON Logic semantics). */
  value: JsonValue;
  pass: boolean;
  /** Human text, e.g. `system.availability (= 0.998) >= 0.999`. */
  text: string;
  children?: TraceNode[];
}

export interface CheckResult {
  pass: boolean;
  trace: TraceNode | null;
  /** The leaf conditions responsible for a failure (empty when it passes). */
  failures: Array<{ path: string; text: string }>;
  /** One sentence for learners: what failed and with what value; or why the check could not run. */
  message: string;
  /** Set when the check itself is broken (disallowed operation, evaluation error). */
  error?: string;
}

const LOGICAL = new Set(['and', 'or', '!', '!!']);

export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return 'missing';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(8))) : String(v);
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function apply(rule: JsonLogic, data: JsonValue): JsonValue {
  return jsonLogic.apply(rule as never, data) as JsonValue;
}

function describeOperand(rule: JsonLogic, data: JsonValue): string {
  if (rule === null || typeof rule !== 'object') return formatValue(rule);
  if (!Array.isArray(rule) && 'var' in rule) return `${varPath(rule.var ?? null) || 'snapshot'} (= ${formatValue(apply(rule, data))})`;
  const src = JSON.stringify(rule);
  return `${src.length > 50 ? `${src.slice(0, 47)}…` : src} (= ${formatValue(apply(rule, data))})`;
}

const ITERATING = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some']);

function leafText(op: string, args: JsonLogic[], data: JsonValue): string {
  if (ITERATING.has(op)) {
    const body = JSON.stringify(args.slice(1));
    return `${op}(${describeOperand(args[0] ?? null, data)}, ${body.length > 60 ? `${body.slice(0, 57)}…` : body}) (= ${formatValue(apply({ [op]: args }, data))})`;
  }
  const parts = args.map((a) => describeOperand(a, data));
  if (args.length === 2) return `${parts[0]} ${op} ${parts[1]}`;
  if (args.length === 3 && (op === '<' || op === '<=')) return `${parts[0]} ${op} ${parts[1]} ${op} ${parts[2]}`;
  return `${op}(${parts.join(', ')})`;
}

function explain(rule: JsonLogic, data: JsonValue, path: string): TraceNode {
  const value = apply(rule, data);
  const pass = jsonLogic.truthy(value);
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) {
    return { path, op: 'value', value, pass, text: formatValue(value) };
  }
  const op = Object.keys(rule)[0]!;
  const raw = rule[op]!;
  const args: JsonLogic[] = Array.isArray(raw) ? raw : [raw];
  const at = joinPath(path, op);
  if (LOGICAL.has(op)) {
    const children = args.map((a, i) => explain(a, data, Array.isArray(raw) ? joinPath(at, i) : at));
    return { path, op, value, pass, text: op, children };
  }
  if (op === 'var') return { path, op, value, pass, text: describeOperand(rule, data) };
  return { path, op, value, pass, text: leafText(op, args, data) };
}

/** Leaves whose truth went the wrong way for the whole check to pass. */
function culprits(node: TraceNode, wanted: boolean): TraceNode[] {
  if (node.pass === wanted) return [];
  if (!node.children) return [node];
  if (node.op === '!') return culprits(node.children[0]!, !wanted);
  if (node.op === '!!') return culprits(node.children[0]!, wanted);
  const wrong = node.children.filter((c) => c.pass !== wanted);
  return wrong.flatMap((c) => culprits(c, wanted));
}

function failureText(leaf: TraceNode, wanted: boolean): string {
  return wanted ? `${leaf.text} is false` : `${leaf.text} holds but must not`;
}

function failed(message: string, error?: string): CheckResult {
  return { pass: false, trace: null, failures: [], message, ...(error ? { error } : {}) };
}

/** Runs a check against a snapshot; `path` names the check in the lab (`steps[1].tasks[0].check`). */
export function evaluateCheck(rule: JsonLogic, snapshot: JsonValue, path = 'check'): CheckResult {
  const unsafe = findUnsafeLogic(rule, path);
  if (unsafe.length) return failed(`This check cannot run: ${unsafe[0]!.path}: ${unsafe[0]!.message}`, unsafe[0]!.message);
  if (snapshot === null) return failed('No simulation state yet: wait for the widget to load.');
  try {
    const trace = explain(rule, snapshot, path);
    if (trace.pass) return { pass: true, trace, failures: [], message: 'Check passed.' };
    const leaves = culprits(trace, true);
    const failures = leaves.map((l) => ({ path: l.path, text: failureText(l, leafWanted(trace, l)) }));
    return { pass: false, trace, failures, message: `Not yet: ${failures.map((f) => f.text).join('; ')}.` };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed(`This check cannot run: ${reason}`, reason);
  }
}

/** Whether a culprit leaf had to be true (false under an odd number of `!`). */
function leafWanted(root: TraceNode, leaf: TraceNode): boolean {
  let wanted = true;
  const walk = (n: TraceNode, w: boolean): boolean => {
    if (n === leaf) {
      wanted = w;
      return true;
    }
    const next = n.op === '!' ? !w : w;
    return (n.children ?? []).some((c) => walk(c, next));
  };
  walk(root, true);
  return wanted;
}
