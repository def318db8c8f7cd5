/**
 * Semantic lint of a schema-valid lab: what JSON Schema cannot say. Each rule is a small function
 * that returns issues with JSON paths; `lintLab` runs them all and reports every problem.
 *
 * Rules: unique-ids, references, kinds, scenario, snapshot-fields, solve, tolerance, choices,
 * check-ops. See docs/labs.md for what each one means.
 */
import { isScenarioError, joinPath } from '../core/errors';
import type { Snapshot } from '../core/model';
import { getModel as registryModel } from '../registry';
import { findUnsafeLogic, readVars } from './check-ops';
import { suggestPath } from './suggest-path';
import { applySolve, startStepRun, type ModelLookup } from './step-run';
import type { LabIssue, LabJson, LabStep } from './types';

export interface LintOptions {
  getModel?: ModelLookup;
  /** Widget kind → the model kind it drives (from app/widgets/registry.ts). Omitted: widget kinds are not checked. */
  widgets?: Record<string, { modelKind: string }>;
  /** Ids of every lab in the course; omitted: prerequisites are not checked. */
  knownLabIds?: readonly string[];
  /**
   * Apply every task's solve to find fields that appear only later (default true, as in CI). The
   * app passes false when opening a lab, so opening stays fast: then a field missing at the start is
   * reported only if its top-level field is missing too.
   */
  applySolves?: boolean;
}

type Rule = (lab: LabJson, options: Required<Pick<LintOptions, 'getModel'>> & LintOptions) => LabIssue[];

const issue = (rule: string, path: string, message: string): LabIssue => ({ path, message, rule });
const stepPath = (i: number, ...rest: Array<string | number>) => joinPath(`steps[${i}]`, ...rest);

/** Step ids are unique; task, quiz and hint ids are unique across the lab (progress keys on them); choice ids within their item. */
export const uniqueIds: Rule = (lab) => {
  const out: LabIssue[] = [];
  const steps = new Map<string, string>();
  const items = new Map<string, string>();
  const claim = (seen: Map<string, string>, id: string, path: string, what: string) => {
    const first = seen.get(id);
    if (first !== undefined) out.push(issue('unique-ids', path, `duplicate ${what} id "${id}" (first used at ${first})`));
    else seen.set(id, path);
  };
  lab.steps.forEach((s, i) => {
    claim(steps, s.id, stepPath(i, 'id'), 'step');
    (s.hints ?? []).forEach((h, j) => claim(items, h.id, stepPath(i, 'hints', j, 'id'), 'item'));
    (s.tasks ?? []).forEach((t, j) => {
      claim(items, t.id, stepPath(i, 'tasks', j, 'id'), 'item');
      (t.hints ?? []).forEach((h, k) => claim(items, h.id, stepPath(i, 'tasks', j, 'hints', k, 'id'), 'item'));
    });
    (s.quizzes ?? []).forEach((q, j) => {
      claim(items, q.id, stepPath(i, 'quizzes', j, 'id'), 'item');
      (q.hints ?? []).forEach((h, k) => claim(items, h.id, stepPath(i, 'quizzes', j, 'hints', k, 'id'), 'item'));
      if (q.type !== 'numeric') {
        const choices = new Map<string, string>();
        q.choices.forEach((c, k) => claim(choices, c.id, stepPath(i, 'quizzes', j, 'choices', k, 'id'), 'choice'));
      }
    });
  });
  return out;
};

/** Prerequisites name known labs (not itself); tasks and computed answers need a widget; solve verbs exist in the model. */
export const references: Rule = (lab, { getModel, knownLabIds }) => {
  const out: LabIssue[] = [];
  (lab.prerequisites ?? []).forEach((p, i) => {
    if (p === lab.id) out.push(issue('references', `prerequisites[${i}]`, 'a lab cannot be its own prerequisite'));
    else if (knownLabIds && !knownLabIds.includes(p)) out.push(issue('references', `prerequisites[${i}]`, `no lab has id "${p}"`));
  });
  lab.steps.forEach((s, i) => {
    if (!s.widget) {
      (s.tasks ?? []).forEach((_t, j) => out.push(issue('references', stepPath(i, 'tasks', j), 'a task checks the widget, but this step has no widget')));
      (s.quizzes ?? []).forEach((q, j) => {
        if (q.type === 'numeric' && 'compute' in q.answer) out.push(issue('references', stepPath(i, 'quizzes', j, 'answer', 'compute'), 'a computed answer reads the widget, but this step has no widget'));
      });
      return;
    }
    const verbs = knownVerbs(getModel, s.widget.scenario.kind);
    if (!verbs) return;
    (s.tasks ?? []).forEach((t, j) =>
      (t.solve.commands ?? []).forEach((c, k) => {
        if (!verbs.includes(c.do)) out.push(issue('references', stepPath(i, 'tasks', j, 'solve', 'commands', k, 'do'), `model "${s.widget!.scenario.kind}" has no command "${c.do}" (commands: ${verbs.join(', ') || 'none'})`));
      }),
    );
  });
  return out;
};

function knownVerbs(getModel: ModelLookup, kind: string): string[] | null {
  try {
    return getModel(kind).commands.map((c) => c.do);
  } catch {
    return null;
  }
}

/** The scenario's model kind is registered; the widget kind exists and drives that model. */
export const kinds: Rule = (lab, { getModel, widgets }) => {
  const out: LabIssue[] = [];
  lab.steps.forEach((s, i) => {
    if (!s.widget) return;
    const modelKind = s.widget.scenario.kind;
    if (knownVerbs(getModel, modelKind) === null) out.push(issue('kinds', stepPath(i, 'widget', 'scenario', 'kind'), `unknown model kind "${modelKind}"`));
    if (!widgets) return;
    const w = widgets[s.widget.kind];
    if (!w) out.push(issue('kinds', stepPath(i, 'widget', 'kind'), `unknown widget kind "${s.widget.kind}" (known: ${Object.keys(widgets).join(', ')})`));
    else if (w.modelKind !== modelKind) out.push(issue('kinds', stepPath(i, 'widget', 'scenario', 'kind'), `widget "${s.widget.kind}" drives model "${w.modelKind}", not "${modelKind}"`));
  });
  return out;
};

/** Every task's solve does something. */
export const solveRule: Rule = (lab) =>
  lab.steps.flatMap((s, i) =>
    (s.tasks ?? []).flatMap((t, j) => {
      const { params, commands, runToSec } = t.solve;
      const empty = (!params || Object.keys(params).length === 0) && (!commands || commands.length === 0) && runToSec === undefined;
      return empty ? [issue('solve', stepPath(i, 'tasks', j, 'solve'), 'solve does nothing: give params, commands or runToSec')] : [];
    }),
  );

/** Numeric tolerances are finite and > 0. */
export const tolerance: Rule = (lab) =>
  lab.steps.flatMap((s, i) =>
    (s.quizzes ?? []).flatMap((q, j) => {
      if (q.type !== 'numeric') return [];
      const [key, v] = Object.entries(q.tolerance)[0] ?? ['abs', NaN];
      return Number.isFinite(v) && v > 0 ? [] : [issue('tolerance', stepPath(i, 'quizzes', j, 'tolerance', key), `tolerance must be a finite number > 0, got ${v}`)];
    }),
  );

/** Single choice has exactly one correct answer; multiple choice at least one. */
export const choices: Rule = (lab) =>
  lab.steps.flatMap((s, i) =>
    (s.quizzes ?? []).flatMap((q, j) => {
      if (q.type === 'numeric') return [];
      const n = q.choices.filter((c) => c.correct).length;
      if (q.type === 'single' && n !== 1) return [issue('choices', stepPath(i, 'quizzes', j, 'choices'), `single choice needs exactly one correct answer, has ${n}`)];
      if (q.type === 'multiple' && n < 1) return [issue('choices', stepPath(i, 'quizzes', j, 'choices'), 'multiple choice needs at least one correct answer')];
      return [];
    }),
  );

/** Checks and computed answers use only allowed JSON Logic operations and literal var paths. */
export const checkOps: Rule = (lab) =>
  lab.steps.flatMap((s, i) => [
    ...(s.tasks ?? []).flatMap((t, j) => findUnsafeLogic(t.check, stepPath(i, 'tasks', j, 'check'))),
    ...(s.quizzes ?? []).flatMap((q, j) => (q.type === 'numeric' && 'compute' in q.answer ? findUnsafeLogic(q.answer.compute, stepPath(i, 'quizzes', j, 'answer', 'compute')) : [])),
  ]);

/** Resolves a dot path in a snapshot (`components.0.up`). */
export function hasPath(snapshot: Snapshot, path: string): boolean {
  let node: unknown = snapshot;
  for (const seg of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, seg)) return false;
    node = (node as Record<string, unknown>)[seg];
  }
  return true;
}

/** The scenario runs; every field a check or computed answer reads exists at the step's start or after a solve. */
export const scenarioAndFields: Rule = (lab, { getModel, applySolves = true }) =>
  lab.steps.flatMap((s, i) => (s.widget && knownVerbs(getModel, s.widget.scenario.kind) ? stepFields(lab, s, i, getModel, applySolves) : []));

function stepFields(lab: LabJson, step: LabStep, i: number, getModel: ModelLookup, applySolves: boolean): LabIssue[] {
  const snapshots: Snapshot[] = [];
  const out: LabIssue[] = [];
  try {
    snapshots.push(startStepRun(lab, step, { getModel }).snapshot());
  } catch (e) {
    return [issue('scenario', stepPath(i, isScenarioError(e) ? e.path : 'widget'), isScenarioError(e) ? e.reason : String(e))];
  }
  const verbs = knownVerbs(getModel, step.widget!.scenario.kind) ?? [];
  (applySolves ? (step.tasks ?? []) : []).forEach((t, j) => {
    // A solve with an unknown verb is already reported by `references`.
    if ((t.solve.commands ?? []).some((c) => !verbs.includes(c.do))) return;
    try {
      snapshots.push(applySolve(startStepRun(lab, step, { getModel }), t.solve, getModel).snapshot());
    } catch (e) {
      out.push(issue('scenario', stepPath(i, 'tasks', j, isScenarioError(e) ? e.path : 'solve'), isScenarioError(e) ? e.reason : String(e)));
    }
  });
  const reads: Array<[string, string[]]> = [
    ...(step.tasks ?? []).map((t, j): [string, string[]] => [stepPath(i, 'tasks', j, 'check'), readVars(t.check)]),
    ...(step.quizzes ?? []).flatMap((q, j): Array<[string, string[]]> => (q.type === 'numeric' && 'compute' in q.answer ? [[stepPath(i, 'quizzes', j, 'answer', 'compute'), readVars(q.answer.compute)]] : [])),
  ];
  for (const [path, vars] of reads) {
    for (const v of vars) {
      if (snapshots.some((snap) => hasPath(snap, v))) continue;
      if (!applySolves && hasPath(snapshots[0] ?? {}, v.split('.')[0]!)) continue;
      const near = suggestPath(v, snapshots[0] ?? {});
      const hint = near ? `did you mean "${near}"?` : `top-level fields: ${Object.keys(snapshots[0] ?? {}).join(', ')}`;
      out.push(issue('snapshot-fields', path, `the "${step.widget!.scenario.kind}" snapshot has no field "${v}" (${hint})`));
    }
  }
  return out;
}

export const LINT_RULES: Record<string, Rule> = {
  'unique-ids': uniqueIds,
  references,
  kinds,
  solve: solveRule,
  tolerance,
  choices,
  'check-ops': checkOps,
  'scenario+snapshot-fields': scenarioAndFields,
};

/** Runs every lint rule on a schema-valid lab. */
export function lintLab(lab: LabJson, options: LintOptions = {}): LabIssue[] {
  const opts = { ...options, getModel: options.getModel ?? registryModel };
  return Object.values(LINT_RULES).flatMap((rule) => rule(lab, opts));
}
