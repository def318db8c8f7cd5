// Types for the Monaco deep imports in monaco-json.ts (the package ships types for its root only).
declare module 'monaco-editor/languages/features/json/register' {
  import type { json } from 'monaco-editor';
  export const jsonDefaults: json.LanguageServiceDefaults;
}
declare module 'monaco-editor/editor/editor.worker?worker' {
  const WorkerFactory: new () => Worker;
  export default WorkerFactory;
}
declare module 'monaco-editor/language/json/json.worker?worker' {
  const WorkerFactory: new () => Worker;
  export default WorkerFactory;
}
