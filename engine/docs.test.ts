import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allModels } from './registry';
import { replay } from './replay';

const docs = resolve(__dirname, '../docs');

describe('docs/scenarios.md stays the public contract', () => {
  it.each(allModels().map((m) => [m.kind, m] as const))('documents kind "%s" with every command verb', (kind, model) => {
    const page = resolve(docs, 'scenarios', `${kind}.md`);
    expect(existsSync(page), `docs/scenarios/${kind}.md is missing`).toBe(true);
    const text = readFileSync(page, 'utf8');
    for (const c of model.commands) expect(text, `docs/scenarios/${kind}.md does not mention command "${c.do}"`).toContain(`\`${c.do}\``);
    expect(readFileSync(resolve(docs, 'scenarios.md'), 'utf8')).toContain(`(scenarios/${kind}.md)`);
  });

  it.each(allModels().map((m) => [m.kind, m] as const))('runs the registered example of kind "%s"', (_kind, model) => {
    expect(() => replay(model.example, Math.min(model.example.until, 3600))).not.toThrow();
  });
});
