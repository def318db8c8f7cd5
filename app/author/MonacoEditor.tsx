/**
 * The Monaco editor for lab JSON (lazy-loaded: Monaco ships only in the authoring chunk). The text
 * lives in the parent; this component mirrors it, reports edits, shows the lab's path-named issues
 * as markers beside Monaco's own schema diagnostics, and can reveal a JSON path.
 * Monaco captures Tab; Ctrl+M (⌘+M on macOS) toggles "Tab moves focus" (hint shown by the page).
 */
import { useEffect, useRef } from 'react';
import type { editor as MonacoEditorNs } from 'monaco-editor';
import { locateJson, offsetOfPath } from './json-locator';
import { setupMonaco } from './monaco-setup';

export interface EditorIssue {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface MonacoEditorProps {
  value: string;
  onChange(text: string): void;
  issues: EditorIssue[];
  dark: boolean;
  /** Receives a function that moves the cursor to a JSON path (or line/column). */
  onReveal?(reveal: (issue: EditorIssue) => void): void;
  label: string;
}

export default function MonacoEditor({ value, onChange, issues, dark, onReveal, label }: MonacoEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<MonacoEditorNs.IStandaloneCodeEditor | null>(null);
  const changeRef = useRef(onChange);
  useEffect(() => {
    changeRef.current = onChange;
  });

  useEffect(() => {
    const monaco = setupMonaco();
    const model = monaco.editor.createModel(value, 'json', monaco.Uri.parse('inmemory://stratolab/lab.json'));
    const ed = monaco.editor.create(host.current as HTMLDivElement, {
      model, automaticLayout: true, minimap: { enabled: false }, tabSize: 2, fontSize: 14, scrollBeyondLastLine: false,
      ariaLabel: label, wordWrap: 'on', fixedOverflowWidgets: true,
    });
    editorRef.current = ed;
    const sub = model.onDidChangeContent(() => changeRef.current(model.getValue()));
    return () => {
      sub.dispose();
      ed.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The model is created once; later `value` changes are applied below without resetting the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
  }, [value]);

  useEffect(() => {
    setupMonaco().editor.setTheme(dark ? 'vs-dark' : 'vs');
  }, [dark]);

  useEffect(() => {
    const monaco = setupMonaco();
    const model = editorRef.current?.getModel();
    if (!model) return;
    const loc = locateJson(model.getValue());
    monaco.editor.setModelMarkers(model, 'stratolab', issues.map((i) => {
      const pos = i.line ? { lineNumber: i.line, column: i.column ?? 1 } : model.getPositionAt(offsetOfPath(loc, i.path));
      return { severity: monaco.MarkerSeverity.Error, message: i.path ? `${i.path}: ${i.message}` : i.message, startLineNumber: pos.lineNumber, startColumn: pos.column, endLineNumber: pos.lineNumber, endColumn: model.getLineMaxColumn(pos.lineNumber) };
    }));
  }, [issues, value]);

  useEffect(() => {
    onReveal?.((issue) => {
      const ed = editorRef.current;
      const model = ed?.getModel();
      if (!ed || !model) return;
      const pos = issue.line ? { lineNumber: issue.line, column: issue.column ?? 1 } : model.getPositionAt(offsetOfPath(locateJson(model.getValue()), issue.path));
      ed.setPosition(pos);
      ed.revealPositionInCenter(pos);
      ed.focus();
    });
  }, [onReveal]);

  return <div ref={host} className="author-monaco" data-testid="lab-editor" />;
}
