/**
 * Monaco with YAML highlighting only (the editor API, the yaml Monarch grammar and the editor
 * worker), loaded lazily when the student switches the console's editor to Monaco.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/find/browser/findController';
import * as monaco from 'monaco-editor/editor/editor.api';

let configured = false;

export function createYamlEditor(host: HTMLElement, value: string, dark: boolean, onChange: (v: string) => void): { dispose(): void } {
  if (!configured) {
    configured = true;
    self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
  }
  const editor = monaco.editor.create(host, {
    value, language: 'yaml', theme: dark ? 'vs-dark' : 'vs', minimap: { enabled: false }, automaticLayout: true, fontSize: 13,
    tabSize: 2, insertSpaces: true, scrollBeyondLastLine: false, ariaLabel: 'YAML manifest editor',
  });
  const sub = editor.onDidChangeModelContent(() => onChange(editor.getValue()));
  return { dispose: () => { sub.dispose(); editor.dispose(); } };
}
