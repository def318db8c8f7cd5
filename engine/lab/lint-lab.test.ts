import { describe, expect, it } from 'vitest';
import { counterLab } from './fixtures/counter-lab';
import { lookupCounter } from './fixtures/counter-model';
import { lintLab, type LintOptions } from './lint-lab';
import type { LabJson } from './types';

const options: LintOptions = { getModel: lookupCounter, widgets: { counter: { modelKind: 'counter' } }, knownLabIds: ['fundamentals.counter', 'fundamentals.intro'] };
const lint = (lab: LabJson, opts: LintOptions = options) => lintLab(lab, opts);
const byRule = (lab: LabJson, rule: string) => lint(lab).filter((i) => i.rule === rule);

it('lintLab() passes a clean lab with no issues at all', () => {
  expect(lint(counterLab())).toEqual([]);
});

describe('lintLab() unique-ids', () => {
  it('flags a repeated step id, a task id reused by a quiz, and a repeated choice id', () => {
    const lab = counterLab();
    lab.steps[1]!.id = 'count';
    lab.steps[0]!.quizzes![0]!.id = 'reach-ten';
    const single = lab.steps[0]!.quizzes![1]!;
    if (single.type !== 'numeric') single.choices[1]!.id = 'a';
    expect(byRule(lab, 'unique-ids')).toEqual([
      { rule: 'unique-ids', path: 'steps[0].quizzes[0].id', message: 'duplicate item id "reach-ten" (first used at steps[0].tasks[0].id)' },
      { rule: 'unique-ids', path: 'steps[0].quizzes[1].choices[1].id', message: 'duplicate choice id "a" (first used at steps[0].quizzes[1].choices[0].id)' },
      { rule: 'unique-ids', path: 'steps[1].id', message: 'duplicate step id "count" (first used at steps[0].id)' },
    ]);
  });
  it('allows the same choice id in different questions', () => {
    expect(byRule(counterLab(), 'unique-ids')).toEqual([]);
  });
});

describe('lintLab() references', () => {
  it('flags an unknown prerequisite, a self-prerequisite, an unknown solve command and a task on a step without widget', () => {
    const lab = counterLab();
    lab.prerequisites = ['fundamentals.nope', 'fundamentals.counter'];
    lab.steps[0]!.tasks![0]!.solve = { commands: [{ do: 'explode' }] };
    lab.steps[1]!.tasks = [{ id: 'orphan', prompt: 'p', check: { var: 'count' }, solve: { runToSec: 1 } }];
    const paths = byRule(lab, 'references').map((i) => i.path);
    expect(paths).toEqual(['prerequisites[0]', 'prerequisites[1]', 'steps[0].tasks[0].solve.commands[0].do', 'steps[1].tasks[0]']);
  });
  it('accepts known prerequisites and declared commands', () => {
    const lab = counterLab();
    lab.prerequisites = ['fundamentals.intro'];
    expect(byRule(lab, 'references')).toEqual([]);
  });
});

describe('lintLab() kinds', () => {
  it('flags an unknown model kind and an unknown widget kind', () => {
    const lab = counterLab();
    lab.steps[0]!.widget!.kind = 'abacus';
    expect(byRule(lab, 'kinds')).toEqual([{ rule: 'kinds', path: 'steps[0].widget.kind', message: 'unknown widget kind "abacus" (known: counter)' }]);
    lab.steps[0]!.widget!.scenario.kind = 'abacus';
    expect(byRule(lab, 'kinds').map((i) => i.path)).toContain('steps[0].widget.scenario.kind');
  });
  it('flags a widget that drives a different model', () => {
    expect(byRule(counterLab(), 'kinds')).toEqual([]);
    const issues = lintLab(counterLab(), { ...options, widgets: { counter: { modelKind: 'paging' } } }).filter((i) => i.rule === 'kinds');
    expect(issues[0]?.message).toBe('widget "counter" drives model "paging", not "counter"');
  });
});

describe('lintLab() scenario', () => {
  it('reports a bad param at its path inside the step scenario', () => {
    const lab = counterLab();
    lab.steps[0]!.widget!.scenario.params = { start: 'one' };
    expect(byRule(lab, 'scenario')[0]).toEqual({ rule: 'scenario', path: 'steps[0].widget.scenario.params.start', message: 'must be a number, got "one"' });
  });
  it('reports a solve whose params the model rejects', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![1]!.solve = { params: { ratePerSec: -1 } };
    expect(byRule(lab, 'scenario')[0]?.path).toBe('steps[0].tasks[1].solve.params.ratePerSec');
  });
});

describe('lintLab() snapshot-fields', () => {
  it('flags a check that reads a field the snapshot does not have', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.check = { '>=': [{ var: 'cuont' }, 10] };
    const [issue] = byRule(lab, 'snapshot-fields');
    expect(issue?.path).toBe('steps[0].tasks[0].check');
    expect(issue?.message).toMatch(/no field "cuont" \(did you mean "count"\?\)/);
  });
  it('accepts nested and indexed fields, and item fields inside iteration operators', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.check = { and: [{ '==': [{ var: 'meta.label' }, 'c'] }, { var: 'items.0.on' }, { all: [{ var: 'items' }, { var: 'on' }] }, { '>=': [{ var: 'count' }, 10] }] };
    expect(byRule(lab, 'snapshot-fields')).toEqual([]);
  });
});

describe('lintLab() solve', () => {
  it('flags a solve that does nothing', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.solve = { commands: [] };
    expect(byRule(lab, 'solve')).toEqual([{ rule: 'solve', path: 'steps[0].tasks[0].solve', message: 'solve does nothing: give params, commands or runToSec' }]);
  });
  it('accepts runToSec alone', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.solve = { runToSec: 5 };
    expect(byRule(lab, 'solve')).toEqual([]);
  });
});

describe('lintLab() tolerance', () => {
  it('flags zero and negative tolerances', () => {
    const lab = counterLab();
    const [q0, , , q3] = lab.steps[0]!.quizzes!;
    if (q0!.type === 'numeric') q0!.tolerance = { abs: 0 };
    if (q3!.type === 'numeric') q3!.tolerance = { rel: -0.1 };
    expect(byRule(lab, 'tolerance').map((i) => i.path)).toEqual(['steps[0].quizzes[0].tolerance.abs', 'steps[0].quizzes[3].tolerance.rel']);
  });
  it('accepts positive tolerances', () => {
    expect(byRule(counterLab(), 'tolerance')).toEqual([]);
  });
});

describe('lintLab() choices', () => {
  it('flags single choice with two answers or none, and multiple choice with none', () => {
    const lab = counterLab();
    const [, single, multiple] = lab.steps[0]!.quizzes!;
    if (single!.type === 'single') single!.choices[1]!.correct = true;
    if (multiple!.type === 'multiple') multiple!.choices.forEach((c) => delete c.correct);
    expect(byRule(lab, 'choices')).toEqual([
      { rule: 'choices', path: 'steps[0].quizzes[1].choices', message: 'single choice needs exactly one correct answer, has 2' },
      { rule: 'choices', path: 'steps[0].quizzes[2].choices', message: 'multiple choice needs at least one correct answer' },
    ]);
  });
  it('accepts exactly one correct single-choice answer', () => {
    expect(byRule(counterLab(), 'choices')).toEqual([]);
  });
});

describe('lintLab() check-ops', () => {
  it('flags a disallowed operation and a var reaching into the prototype chain', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.check = { and: [{ log: 1 }, { var: 'constructor.name' }] };
    expect(byRule(lab, 'check-ops').map((i) => i.path)).toEqual(['steps[0].tasks[0].check.and[0].log', 'steps[0].tasks[0].check.and[1].var']);
  });
  it('flags a computed var path in a computed answer', () => {
    const lab = counterLab();
    const q = lab.steps[0]!.quizzes![0]!;
    if (q.type === 'numeric') q.answer = { compute: { var: { cat: ['co', 'unt'] } } };
    expect(byRule(lab, 'check-ops')[0]?.message).toMatch(/literal path/);
  });
});

it('lintLab() skips widget-kind and prerequisite checks when the caller cannot know them', () => {
  const lab = counterLab();
  lab.prerequisites = ['anything'];
  lab.steps[0]!.widget!.kind = 'whatever';
  expect(lintLab(lab, { getModel: lookupCounter })).toEqual([]);
});

describe('lintLab() snapshot-fields suggestions', () => {
  it('suggests the closest existing path for a typo', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.check = { '==': [{ var: 'meta.lable' }, 'c'] };
    expect(byRule(lab, 'snapshot-fields')[0]?.message).toBe('the "counter" snapshot has no field "meta.lable" (did you mean "meta.label"?)');
  });
});

describe('lintLab() with applySolves: false (fast, when the app opens a lab)', () => {
  it('still reports a field whose top-level field does not exist, but trusts deeper fields', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.check = { and: [{ var: 'meta.later' }, { var: 'nothing.here' }] };
    const fast = lintLab(lab, { ...options, applySolves: false }).filter((i) => i.rule === 'snapshot-fields');
    expect(fast.map((i) => i.message)).toEqual(['the "counter" snapshot has no field "nothing.here" (top-level fields: tSec, count, meta, items)']);
  });
});
