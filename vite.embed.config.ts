/**
 * Builds the two host-page scripts of the embed contract into dist/embed/v1/ (after `vite build`):
 *   embed.js            — classic script (IIFE): sizes Stratolab iframes, re-dispatches their events
 *   strato-elements.js  — ES module defining <strato-widget>
 * `vite build -c vite.embed.config.ts --mode host` and `--mode element` (one entry per run, so
 * each file is self-contained: no shared chunks to fetch from a host page).
 */
import { defineConfig } from 'vite';

const entries = {
  host: { entry: 'app/embed/host/embed-entry.ts', fileName: 'embed.js', format: 'iife' as const },
  element: { entry: 'app/embed/element/strato-elements-entry.ts', fileName: 'strato-elements.js', format: 'es' as const },
};

export default defineConfig(({ mode }) => {
  const target = entries[mode as keyof typeof entries];
  if (!target) throw new Error(`vite.embed.config.ts: --mode must be host or element (got ${mode})`);
  return {
    publicDir: false,
    build: {
      target: 'es2020',
      outDir: 'dist/embed/v1',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: { entry: target.entry, name: 'StratoEmbed', formats: [target.format], fileName: () => target.fileName },
    },
  };
});
