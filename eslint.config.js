// Lint rules that make the architecture executable (see ../shared/DESIGN.md, STYLE.md).
// Each message names the replacement, after tldraw's eslint.config.mjs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const engineGlobals = [
  ['window', 'the engine has no DOM: return data and let app/ draw it'],
  ['document', 'the engine has no DOM: return data and let app/ draw it'],
  ['navigator', 'the engine has no DOM'],
  ['localStorage', 'the engine does no I/O: the app persists state'],
  ['sessionStorage', 'the engine does no I/O: the app persists state'],
  ['indexedDB', 'the engine does no I/O: the app persists state'],
  ['fetch', 'the engine does no I/O: take data in params'],
  ['XMLHttpRequest', 'the engine does no I/O: take data in params'],
  ['setTimeout', 'the engine has no timers: schedule an event on the event queue'],
  ['setInterval', 'the engine has no timers: schedule an event on the event queue'],
  ['requestAnimationFrame', 'the app paces time; the engine never paces itself'],
  ['queueMicrotask', 'the engine has no timers'],
  ['performance', 'the engine reads no clock: use simulated time'],
].map(([name, message]) => ({ name, message }));

const engineSyntax = [
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'no ambient randomness: use the seeded Rng from engine/core/rng (ctx.rng.stream(name))' },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'no wall clock in the engine: use simulated time' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'no wall clock in the engine: use simulated time' },
];

const uiLibs = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3', 'd3-*', 'monaco-editor', 'comlink'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'public/**', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['comlink'], message: 'Comlink lives in exactly two files: engine/worker.ts and app/engine-client/client.ts' }] }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/cli.ts', 'engine/lab-cli.ts', 'engine/cli/**', 'engine/worker.ts', 'engine/**/*.test.ts', 'engine/**/node/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', ...engineGlobals],
      'no-restricted-syntax': ['error', ...engineSyntax],
      'no-restricted-imports': ['error', {
        paths: uiLibs.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'the engine imports no UI library' })),
        patterns: [
          { group: ['**/app/**', '**/labs/**', '**/e2e/**', '!**/labs/*.schema.json'], message: 'engine/ imports nothing from app/, labs/ or e2e/ (only the lab schema, as data)' },
          { group: ['d3-*', 'react-dom/*', 'zustand/*'], message: 'the engine imports no UI library' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'the engine does no I/O: only engine/cli.ts and engine/lab-cli.ts touch the file system' },
        ],
      }],
    },
  },
  {
    // A describe block groups many small tests; its length says nothing about a function's.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['engine/worker.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'max-lines-per-function': ['warn', { max: 150, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/engine/**', '!**/engine/**/*.test*'], allowTypeImports: true, message: 'app/ imports engine *types* only: talk to the engine through app/engine-client' },
        ],
      }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['comlink'], message: 'Comlink lives in exactly two files: engine/worker.ts and app/engine-client/client.ts' }] }],
    },
  },
  {
    files: ['app/engine-client/client.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Headless lab tests run the engine directly, in Node.
    files: ['app/**/*.test.{ts,tsx}', 'app/**/headless/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
