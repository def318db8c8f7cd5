/**
 * The architecture as executable checks, beyond what lint patterns can express precisely:
 * widgets never import other widgets; Comlink appears in exactly two files; app/ imports engine
 * code only as types (tests and headless lab code excepted).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..'); // the repository

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const importRe = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const dynamicRe = /import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g;

function importsOf(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = readFileSync(file, 'utf8');
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  for (const m of text.matchAll(importRe)) out.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(dynamicRe)) out.push({ spec: (m[1] ?? m[2])!, typeOnly: false });
  return out;
}

const rel = (f: string): string => relative(root, f).split(sep).join('/');
const isTest = (f: string): boolean => /\.test\.tsx?$/.test(f);

describe('architecture boundaries', () => {
  it('widgets never import other widgets', () => {
    const widgetsDir = join(root, 'app', 'widgets');
    const offenders: string[] = [];
    for (const file of walk(widgetsDir)) {
      const own = rel(file).split('/')[2];
      if (!own || !statSync(join(widgetsDir, own)).isDirectory()) continue;
      for (const { spec } of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = rel(resolve(dirname(file), spec));
        const m = /^app\/widgets\/([^/]+)\//.exec(target);
        if (m && m[1] !== own) offenders.push(`${rel(file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('Comlink appears in exactly two files: engine/worker.ts and app/engine-client/client.ts', () => {
    const users = [...walk(join(root, 'app')), ...walk(join(root, 'engine'))]
      .filter((f) => importsOf(f).some((i) => i.spec === 'comlink'))
      .map(rel)
      .sort();
    expect(users.filter((f) => f !== 'engine/worker.ts' && f !== 'app/engine-client/client.ts')).toEqual([]);
    expect(users).toContain('engine/worker.ts');
  });

  it('app/ imports engine code as types only (tests excepted)', () => {
    const offenders: string[] = [];
    for (const file of walk(join(root, 'app'))) {
      if (isTest(file)) continue;
      for (const { spec, typeOnly } of importsOf(file)) {
        if (!spec.startsWith('.') || typeOnly) continue;
        const target = rel(resolve(dirname(file), spec));
        if (target.startsWith('engine/') && target !== 'engine/worker.ts' && !target.startsWith('engine/worker')) offenders.push(`${rel(file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('engine/ imports nothing from app/, labs/ or e2e/ (the lab schema excepted, as data)', () => {
    const offenders: string[] = [];
    for (const file of walk(join(root, 'engine'))) {
      if (isTest(file)) continue; // tests may read labs as fixtures
      for (const { spec } of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = rel(resolve(dirname(file), spec));
        if (/^(app|labs|e2e)\//.test(target) && !/^labs\/[^/]+\.schema\.json$/.test(target)) offenders.push(`${rel(file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
