import { describe, expect, it } from 'vitest';
import { checkLab } from '../../engine/lab/check-lab';
import { testLab } from '../../engine/lab/test-lab';
import type { LabJson } from '../../engine/lab/types';
import { allWidgets } from '../widgets/registry';
import { TEMPLATES, templateText } from './templates';

const widgets = Object.fromEntries(allWidgets().map((w) => [w.kind, { modelKind: w.modelKind }]));

describe('authoring templates', () => {
  for (const t of TEMPLATES) {
    it(`template "${t.label}" is a valid lab (schema and lint)`, () => {
      const r = checkLab(JSON.parse(templateText(t.id) as string), { widgets });
      expect(r.issues).toEqual([]);
      // The same headless test as `npm run lab -- test`: each check fails first, then passes after its solve.
      expect(testLab(r.lab as LabJson).filter((l) => !l.ok)).toEqual([]);
    });
  }
});
