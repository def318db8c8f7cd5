/**
 * Progress in localStorage, keyed `stratolab.progress.<labId>@<major>`. Saving is synchronous on
 * every change. Nothing is ever silently thrown away: a record that cannot be read is moved to a
 * `.unreadable-<time>` key before a fresh one starts, and an import first backs up the current
 * record under `.before-import`. Storage failures (quota, private mode) are reported, not thrown.
 */
import { PROGRESS_FORMAT, majorOf, type LabProgress } from './progress';

export function progressKey(labId: string, version: string): string {
  return `stratolab.progress.${labId}@${majorOf(version)}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks the shape of an untrusted progress record (from storage or an imported file). */
export function parseProgress(input: unknown, labId: string, version: string): { ok: true; progress: LabProgress } | { ok: false; error: string } {
  if (!isObject(input)) return { ok: false, error: 'not a progress record (expected a JSON object)' };
  if (input.format !== PROGRESS_FORMAT) return { ok: false, error: `unknown format ${JSON.stringify(input.format)} (expected "${PROGRESS_FORMAT}")` };
  if (input.labId !== labId) return { ok: false, error: `this progress is for lab "${String(input.labId)}", not "${labId}"` };
  if (typeof input.labVersion !== 'string' || majorOf(input.labVersion) !== majorOf(version)) {
    return { ok: false, error: `this progress is for version ${String(input.labVersion)}; the lab is now ${version} (a new major version)` };
  }
  if (typeof input.learnerId !== 'string' || !isObject(input.steps)) return { ok: false, error: 'learnerId or steps missing' };
  for (const [id, s] of Object.entries(input.steps)) {
    if (!isObject(s) || !isObject(s.tasks) || !isObject(s.quizzes) || !Array.isArray(s.hints)) return { ok: false, error: `steps.${id} is malformed` };
  }
  return { ok: true, progress: { ...(input as unknown as LabProgress), labVersion: version } };
}

export type LoadResult = { progress: LabProgress | null; warning?: string };

export function loadProgress(labId: string, version: string, now: string): LoadResult {
  const store = storage();
  if (!store) return { progress: null, warning: 'This browser does not allow saving progress here; export it before you leave.' };
  const key = progressKey(labId, version);
  const raw = store.getItem(key);
  if (raw === null) return { progress: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = parseProgress(parsed, labId, version);
  if (result.ok) return { progress: result.progress };
  const backup = `${key}.unreadable-${now}`;
  store.setItem(backup, raw);
  store.removeItem(key);
  return { progress: null, warning: `Saved progress could not be read (${result.error}); it was kept under "${backup}" and a fresh record started.` };
}

/** Saves; returns an error message instead of throwing (quota exceeded, storage disabled). */
export function saveProgress(p: LabProgress): string | null {
  const store = storage();
  if (!store) return 'progress cannot be saved in this browser';
  try {
    store.setItem(progressKey(p.labId, p.labVersion), JSON.stringify(p));
    return null;
  } catch (e) {
    return `progress could not be saved (${e instanceof Error ? e.message : String(e)}); export it to keep it`;
  }
}

/** Reads the saved progress without repairing anything (catalog badges). */
export function peekProgress(labId: string, version: string): LabProgress | null {
  const raw = storage()?.getItem(progressKey(labId, version));
  if (!raw) return null;
  try {
    const r = parseProgress(JSON.parse(raw), labId, version);
    return r.ok ? r.progress : null;
  } catch {
    return null;
  }
}

export function exportProgress(p: LabProgress): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}

/** Parses an exported file; on success the current record is backed up and replaced. */
export function importProgress(text: string, labId: string, version: string): { ok: true; progress: LabProgress } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const result = parseProgress(parsed, labId, version);
  if (!result.ok) return result;
  const store = storage();
  const key = progressKey(labId, version);
  const current = store?.getItem(key);
  if (store && current) store.setItem(`${key}.before-import`, current);
  const error = saveProgress(result.progress);
  return error ? { ok: false, error } : result;
}
