/**
 * One call for "is this lab usable?": schema validation (every error, with its path), then — only
 * if the shape is right — semantic lint. Used by the CLI, the facade (the worker) and the app.
 */
import { lintLab, type LintOptions } from './lint-lab';
import type { LabIssue, LabJson } from './types';
import { validateLabSchema } from './validate-lab';

export type LabCheck = { ok: true; lab: LabJson; issues: [] } | { ok: false; lab: LabJson | null; issues: LabIssue[] };

export function checkLab(input: unknown, options: LintOptions = {}): LabCheck {
  const shape = validateLabSchema(input);
  if (!shape.ok) return { ok: false, lab: null, issues: shape.issues };
  const issues = lintLab(shape.lab, options);
  return issues.length ? { ok: false, lab: shape.lab, issues } : { ok: true, lab: shape.lab, issues: [] };
}
