/**
 * `#/author`: write a lab as JSON in Monaco (schema diagnostics and completion, path-named
 * problems) beside a live preview of its last valid version. Every edit is autosaved; a lab can
 * come from a template, a file or a URL (`#/author?src=https://…`), and be downloaded.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { AuthorToolbar } from './AuthorToolbar';
import { LabPreview } from './LabPreview';
import { fetchLabText, srcFromHash } from './lab-source';
import type { EditorIssue } from './MonacoEditor';
import { ProblemsList } from './ProblemsList';
import { useAuthorDraft, type DraftIssue } from './use-author-draft';
import { useDarkTheme } from './use-dark-theme';
import '../lab/lab.css';
import './author.css';

const MonacoEditor = lazy(() => import('./MonacoEditor'));
const PREVIOUS_KEY = 'stratolab.author.previous.v1';
const PLAIN_KEY = 'stratolab.author.plainEditor';

function usePreviousText() {
  const [previous, setPrevious] = useState<string | null>(() => {
    try {
      return localStorage.getItem(PREVIOUS_KEY);
    } catch {
      return null;
    }
  });
  const remember = useCallback((text: string) => {
    setPrevious(text);
    try {
      localStorage.setItem(PREVIOUS_KEY, text);
    } catch {
      // Monaco's undo still has it.
    }
  }, []);
  return { previous, remember };
}

/** The plain-text editor is a remembered choice (screen-reader users, or when Monaco is unwanted). */
function usePlainEditorChoice(): [boolean, (plain: boolean) => void] {
  const [plain, setPlain] = useState(() => {
    try {
      return localStorage.getItem(PLAIN_KEY) === '1';
    } catch {
      return false;
    }
  });
  const choose = useCallback((next: boolean) => {
    setPlain(next);
    try {
      localStorage.setItem(PLAIN_KEY, next ? '1' : '0');
    } catch {
      // The choice just is not remembered.
    }
  }, []);
  return [plain, choose];
}

export default function AuthorPage() {
  const { text, source, setText, issues, status, lastGood, saveFailed } = useAuthorDraft();
  const { previous, remember } = usePreviousText();
  const [plain, setPlain] = usePlainEditorChoice();
  const dark = useDarkTheme();
  const revealRef = useRef<((i: EditorIssue) => void) | null>(null);
  const onReveal = useCallback((fn: (i: EditorIssue) => void) => {
    revealRef.current = fn;
  }, []);
  const replace = useCallback((next: string, src: string) => {
    if (next !== text) remember(text);
    setText(next, src || undefined);
  }, [text, remember, setText]);

  const openMessage = useOpenFromHash(replace);
  const markers = issues.filter((i) => i.rule !== 'schema' && i.rule !== 'syntax');

  return (
    <section className="author" aria-labelledby="author-title">
      <header className="author-header">
        <h1 id="author-title">Author a lab</h1>
        <p className="muted">
          {source ? `${source} · ` : ''}autosaved in this browser{saveFailed ? ' — saving FAILED (storage full or blocked): download your lab now' : ''}. The schema is published at{' '}
          <a href="./schema/lab/v1.json">schema/lab/v1.json</a>; see docs/authoring.md.
        </p>
        {openMessage && <p className="alert alert-error" role="alert">{openMessage}</p>}
        <AuthorToolbar text={text} replace={replace} canRestore={previous !== null && previous !== text} restore={() => previous !== null && replace(previous, '')} />
      </header>
      <div className="author-layout">
        <div className="author-editor-pane">
          <div className="row author-editor-head">
            <h2 className="author-pane-title" id="author-editor-title">Lab JSON</h2>
            <label className="muted">
              <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} /> Plain text editor
            </label>
            <span className="muted">In the editor, Tab indents; press Ctrl+M (⌘+M) to make Tab move focus.</span>
          </div>
          {plain ? (
            <textarea className="author-plain" aria-labelledby="author-editor-title" value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />
          ) : (
            <Suspense fallback={<p className="muted">Loading the editor…</p>}>
              <MonacoEditor value={text} onChange={setText} issues={markers} dark={dark} onReveal={onReveal} label="Lab JSON editor" />
            </Suspense>
          )}
          <ProblemsList issues={issues} status={status} onSelect={(i: DraftIssue) => revealRef.current?.(i)} />
        </div>
        <div className="author-preview-pane" aria-label="Preview">
          <LabPreview lab={lastGood} stale={status === 'invalid'} />
        </div>
      </div>
    </section>
  );
}

/** `#/author?src=<url>` (and the same on `#/lab?src=`): fetch once, then drop src from the address. */
function useOpenFromHash(replace: (text: string, source: string) => void): string {
  const done = useRef(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const src = srcFromHash(window.location.hash);
    if (!src || done.current) return;
    done.current = true;
    void fetchLabText(src, window.location.href).then((r) => {
      if (r.ok) replace(r.text, r.url);
      setMessage(r.ok ? '' : `Could not open the lab: ${r.message}`);
      history.replaceState(null, '', '#/author');
    });
  }, [replace]);
  return message;
}
