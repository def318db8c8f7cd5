/** Runtime libraries bundled into the app, with their SPDX licence (from each package.json). */
export const LICENCES: ReadonlyArray<{ name: string; use: string; licence: string; url: string }> = [
  { name: 'React', use: 'user interface', licence: 'MIT', url: 'https://react.dev' },
  { name: 'D3', use: 'scales and shapes of charts', licence: 'ISC', url: 'https://d3js.org' },
  { name: 'zustand', use: 'simulation state stores', licence: 'MIT', url: 'https://github.com/pmndrs/zustand' },
  { name: 'Comlink', use: 'talking to the engine worker', licence: 'Apache-2.0', url: 'https://github.com/GoogleChromeLabs/comlink' },
  { name: 'Ajv', use: 'validating labs and scenarios', licence: 'MIT', url: 'https://ajv.js.org' },
  { name: 'json-logic-js', use: 'lab task checks', licence: 'MIT', url: 'https://github.com/jwadhams/json-logic-js' },
  { name: 'react-markdown, remark, rehype', use: 'lab text (sanitized)', licence: 'MIT', url: 'https://github.com/remarkjs/react-markdown' },
  { name: 'KaTeX', use: 'mathematics in labs', licence: 'MIT', url: 'https://katex.org' },
  { name: 'Monaco Editor', use: 'code exercises and authoring', licence: 'MIT', url: 'https://microsoft.github.io/monaco-editor/' },
  { name: 'yaml', use: 'reading YAML in authoring', licence: 'ISC', url: 'https://eemeli.org/yaml/' },
];
