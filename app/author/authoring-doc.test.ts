import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLab } from '../../engine/lab/check-lab';
import { testLab } from '../../engine/lab/test-lab';
import type { LabJson } from '../../engine/lab/types';
import { allWidgets } from '../widgets/registry';

const doc = readFileSync(resolve(__dirname, '../../docs/authoring.md'), 'utf8');
const worked = /## 2\. A complete worked lab[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';

describe('docs/authoring.md', () => {
  it('the worked lab is valid and passes the headless lab test for every learner variant', () => {
    const widgets = Object.fromEntries(allWidgets().map((w) => [w.kind, { modelKind: w.modelKind }]));
    const r = checkLab(JSON.parse(worked), { widgets });
    expect(r.issues).toEqual([]);
    const lines = testLab(r.lab as LabJson);
    expect(lines.length).toBeGreaterThanOrEqual(12);
    expect(lines.filter((l) => !l.ok)).toEqual([]);
  });
});
