import { describe, expect, it } from 'vitest';
import { counterLab } from './fixtures/counter-lab';
import { pointerToPath, validateLabSchema } from './validate-lab';

describe('validateLabSchema()', () => {
  it('accepts a well-formed lab', () => {
    expect(validateLabSchema(counterLab())).toMatchObject({ ok: true });
  });

  it('reports every error at once, each with the JSON path of the offending field', () => {
    const lab = counterLab() as unknown as Record<string, unknown> & { steps: Array<Record<string, unknown>> };
    delete lab.title;
    lab.version = 'one';
    lab.colour = 'blue';
    lab.steps[0]!.tasks = [{ id: 'T', prompt: 'p', check: {}, solve: {} }];
    const result = validateLabSchema(lab);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'version', 'colour', 'steps[0].tasks[0].id', 'steps[0].tasks[0].check', 'steps[0].tasks[0].solve']));
    for (const issue of result.issues) {
      expect(issue.path).not.toBe('');
      expect(issue.rule).toBe('schema');
      expect(issue.message.length).toBeGreaterThan(3);
    }
  });

  it('names the unknown field itself, not its parent', () => {
    const lab = counterLab();
    (lab.steps[0]!.quizzes![0] as unknown as Record<string, unknown>).tolerence = { abs: 1 };
    const result = validateLabSchema(lab);
    expect(!result.ok && result.issues.find((i) => i.path === 'steps[0].quizzes[0].tolerence')?.message).toMatch(/not a known field/);
  });

  it('explains a one-of-two object (tolerance needs abs or rel)', () => {
    const lab = counterLab();
    (lab.steps[0]!.quizzes![0] as unknown as Record<string, unknown>).tolerance = {};
    const result = validateLabSchema(lab);
    expect(!result.ok && result.issues).toContainEqual({ path: 'steps[0].quizzes[0].tolerance', message: 'must have at least 1 field (of: abs, rel)', rule: 'schema' });
  });

  it('refuses `at` in solve commands (they apply at the current time)', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.solve = { commands: [{ do: 'bump', at: 3 }] };
    const result = validateLabSchema(lab);
    expect(!result.ok && result.issues[0]?.path).toBe('steps[0].tasks[0].solve.commands[0].at');
  });

  it('rejects a document that is not an object with a root-level message', () => {
    const result = validateLabSchema([1, 2]);
    expect(!result.ok && result.issues[0]).toMatchObject({ path: '', message: 'must be object' });
  });
});

describe('pointerToPath()', () => {
  it('turns JSON Pointers into dotted paths with [index]', () => {
    expect(pointerToPath('/steps/0/tasks/12/check')).toBe('steps[0].tasks[12].check');
    expect(pointerToPath('/a~1b/c~0d')).toBe('a/b.c~d');
    expect(pointerToPath('')).toBe('');
  });
});
