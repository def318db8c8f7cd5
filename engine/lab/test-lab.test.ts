import { describe, expect, it } from 'vitest';
import { counterLab } from './fixtures/counter-lab';
import { lookupCounter } from './fixtures/counter-model';
import { applySolve, startStepRun } from './step-run';
import { testLab } from './test-lab';

const run = (lab = counterLab()) => testLab(lab, { getModel: lookupCounter, learnerIds: ['l1'] });

describe('testLab()', () => {
  it('runs every task (fails at start, passes after solve) and every computed answer, per learner variant', () => {
    const lines = run();
    expect(lines.every((l) => l.ok)).toBe(true);
    expect(lines.map((l) => l.name)).toEqual(['count/reach-ten', 'count/by-time', 'count/what-count', 'count/reach-ten [l1]', 'count/by-time [l1]', 'count/what-count [l1]']);
  });

  it('fails a task whose check already passes at the start', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.check = { '>=': [{ var: 'count' }, 1] };
    expect(run(lab)[0]).toMatchObject({ ok: false, path: 'steps[0].tasks[0]', message: "the check already passes at the step's initial state: the learner has nothing to do" });
  });

  it('fails a task whose solve does not make the check pass, with the explanation', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.solve = { commands: [{ do: 'bump', by: 2 }] };
    expect(run(lab)[0]?.message).toBe('after solve the check still fails: Not yet: count (= 3) >= 10 is false.');
  });

  it('reports a solve the model rejects with its path', () => {
    const lab = counterLab();
    lab.steps[0]!.tasks![0]!.solve = { commands: [{ do: 'explode' }] };
    expect(run(lab)[0]?.message).toBe('solve failed: solve.commands[0].do: unknown command "explode" for counter (known: bump)');
  });

  it('applies params (restart), then commands, then runToSec', () => {
    const lab = counterLab();
    const start = startStepRun(lab, lab.steps[0]!, { getModel: lookupCounter });
    const solved = applySolve(start, { params: { ratePerSec: 2 }, commands: [{ do: 'bump', by: 1 }], runToSec: 3 }, lookupCounter);
    expect(solved.snapshot()).toMatchObject({ tSec: 3, count: 1 + 2 * 3 + 1 });
    expect(solved.scenario.params).toEqual({ start: 1, ratePerSec: 2 });
  });

  it('seeds the step per learner, so learners see different random draws', () => {
    const lab = counterLab();
    const a = startStepRun(lab, lab.steps[0]!, { getModel: lookupCounter, learnerId: 'alice' }).snapshot();
    const b = startStepRun(lab, lab.steps[0]!, { getModel: lookupCounter, learnerId: 'bob' }).snapshot();
    expect(a.meta).not.toEqual(b.meta);
  });
});
