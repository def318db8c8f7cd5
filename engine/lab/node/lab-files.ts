/**
 * Node-only file access for the lab CLI: discover labs by walking labs/**\/*.json (the schema file
 * excluded), read and parse them with messages that name the file, and find widget kinds by
 * reading app/widgets/<kind>/widget.ts (text only: the CLI never loads UI code).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export class LabFileError extends Error {}

export function findLabFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json') && name !== 'lab.schema.json') out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function readLabFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LabFileError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new LabFileError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Widget kind → model kind, read from each app/widgets/<dir>/widget.ts; null if no widget is registered yet. */
export function findWidgetKinds(root: string): Record<string, { modelKind: string }> | null {
  const dir = resolve(root, 'app/widgets');
  if (!existsSync(dir)) return null;
  const found: Record<string, { modelKind: string }> = {};
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'widget.ts');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const kind = /\bkind:\s*['"]([^'"]+)['"]/.exec(text)?.[1];
    const modelKind = /\bmodelKind:\s*['"]([^'"]+)['"]/.exec(text)?.[1];
    if (kind && modelKind) found[kind] = { modelKind };
  }
  return Object.keys(found).length ? found : null;
}

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}
