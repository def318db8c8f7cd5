/**
 * Configures Monaco once for lab JSON: its workers (Vite `?worker` imports), the JSON language
 * service with the enriched lab schema (diagnostics + completion of fields, widget kinds and their
 * params), and completion of snapshot fields inside `{"var": "…"}`. Imported only by MonacoEditor.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import labSchema from '../../labs/lab.schema.json';
import { allWidgets } from '../widgets/registry';
import { enrichLabSchema, isInsideVar, snapshotFieldCompletions, type WidgetInfo } from './editor-schema';
import { api as monaco, json } from './monaco-json';

export const LAB_SCHEMA_ID = (labSchema as { $id: string }).$id;
let configured = false;

function widgetInfos(): WidgetInfo[] {
  return allWidgets().map((w) => ({ kind: w.kind, title: w.title, modelKind: w.modelKind, paramsSchema: w.paramsSchema, snapshotFields: w.snapshotFields }));
}

function registerVarCompletion(widgets: WidgetInfo[]): void {
  const fields = snapshotFieldCompletions(widgets);
  monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', '.'],
    provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      if (!isInsideVar(before)) return { suggestions: [] };
      const word = /[^"]*$/.exec(before)?.[0] ?? '';
      const range = new monaco.Range(position.lineNumber, position.column - word.length, position.lineNumber, position.column);
      return {
        suggestions: fields.map((f) => ({ label: f.label, kind: monaco.languages.CompletionItemKind.Field, detail: f.detail, documentation: f.documentation, insertText: f.label, range })),
      };
    },
  });
}

export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  self.MonacoEnvironment = { getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()) };
  const widgets = widgetInfos();
  json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: LAB_SCHEMA_ID, fileMatch: ['*'], schema: enrichLabSchema(labSchema as Record<string, unknown>, widgets) }],
  });
  registerVarCompletion(widgets);
  return monaco;
}
