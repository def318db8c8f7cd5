/**
 * The authoring state: the text (autosaved to localStorage on every edit, valid or not), where it
 * came from, and its validation — JSON syntax here with line/column, then schema + lint in the
 * worker (every issue with its JSON path). The preview gets only the last lab that fully
 * validated, so a broken edit never blanks it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LabIssue, LabJson } from '../../engine/lab/types';
import { useLabEngine } from '../lab/lab-engine';
import { widgetKinds } from '../lab/use-validated-lab';
import { loadDraft, loadLastGood, saveDraft, saveLastGood } from './draft-store';
import { parseLabText } from './lab-source';
import type { EditorIssue } from './MonacoEditor';
import { templateText } from './templates';

export type DraftIssue = EditorIssue & { rule: string };
export type DraftStatus = 'checking' | 'valid' | 'invalid';

const VALIDATE_DELAY_MS = 250;

function initialDraft(): { text: string; source: string } {
  const saved = loadDraft();
  if (saved) return { text: saved.text, source: saved.source };
  return { text: templateText('widget-task-quiz') ?? '{}\n', source: 'template: Widget + task + quiz' };
}

export function useAuthorDraft() {
  const engine = useLabEngine();
  const [{ text, source }, setDraft] = useState(initialDraft);
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const [status, setStatus] = useState<DraftStatus>('checking');
  const [lastGood, setLastGood] = useState<LabJson | null>(() => loadLastGood() as LabJson | null);
  const [saveFailed, setSaveFailed] = useState(false);

  const setText = useCallback((next: string, nextSource?: string) => {
    setDraft((d) => {
      const src = nextSource ?? d.source;
      setSaveFailed(!saveDraft(next, src));
      return { text: next, source: src };
    });
  }, []);

  useEffect(() => {
    let live = true;
    setStatus('checking');
    const timer = setTimeout(async () => {
      const parsed = parseLabText(text);
      if (!parsed.ok) {
        setIssues([{ path: '', message: parsed.message, line: parsed.line, column: parsed.column, rule: 'syntax' }]);
        setStatus('invalid');
        return;
      }
      const r = await engine.validateLab(parsed.value, { widgets: widgetKinds() }).catch(
        (e: unknown): { ok: false; lab: null; issues: LabIssue[] } => ({ ok: false, lab: null, issues: [{ path: '', message: `could not check the lab: ${String(e)}`, rule: 'internal' }] }),
      );
      if (!live) return;
      setIssues(r.issues.map((i) => ({ path: i.path, message: i.message, rule: i.rule })));
      setStatus(r.ok ? 'valid' : 'invalid');
      if (r.ok) {
        setLastGood(r.lab);
        saveLastGood(r.lab);
      }
    }, VALIDATE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [engine, text]);

  return { text, source, setText, issues, status, lastGood, saveFailed };
}
