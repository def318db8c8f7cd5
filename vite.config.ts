import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// base './' so the built site runs from any static host and subpath (hash routing).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4096,
  },
  test: {
    include: ['engine/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'labs/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
