import { describe, expect, it } from 'vitest';
import { completion, emptyProgress, majorOf, recordAnswer, recordCheck, revealHint, saveWidget, visitStep } from './progress';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:01:00.000Z';

describe('progress reducers', () => {
  it('keys the major version', () => {
    expect(majorOf('1.4.2')).toBe('1');
    expect(majorOf('12.0.0-beta.1')).toBe('12');
  });

  it('a passed task stays passed when a later check fails', () => {
    let p = emptyProgress('lab', '1.0.0', 'me', T0);
    p = recordCheck(p, 's1', 't1', false, T0);
    p = recordCheck(p, 's1', 't1', true, T1);
    p = recordCheck(p, 's1', 't1', false, T1);
    expect(p.steps.s1?.tasks.t1).toEqual({ passed: true, checks: 3, passedAt: T1 });
  });

  it('counts quiz attempts and keeps a correct answer correct', () => {
    let p = emptyProgress('lab', '1.0.0', 'me', T0);
    p = recordAnswer(p, 's1', 'q', { choice: 'a' }, true, T0);
    p = recordAnswer(p, 's1', 'q', { choice: 'b' }, false, T1);
    expect(p.steps.s1?.quizzes.q).toEqual({ response: { choice: 'b' }, correct: true, attempts: 2 });
  });

  it('records visits, hints (once) and the widget state, and never mutates its input', () => {
    const p0 = emptyProgress('lab', '1.0.0', 'me', T0);
    const frozen = JSON.stringify(p0);
    let p = visitStep(p0, 's2', T1);
    p = revealHint(revealHint(p, 's2', 'h1', T1), 's2', 'h1', T1);
    p = saveWidget(p, 's2', { scenario: { kind: 'k', seed: 1, params: {}, commands: [], until: 1 }, tSec: 3 }, T1);
    expect(p.currentStepId).toBe('s2');
    expect(p.steps.s2).toMatchObject({ visited: true, hints: ['h1'], widget: { tSec: 3 } });
    expect(saveWidget(p, 's2', undefined, T1).steps.s2?.widget).toBeUndefined();
    expect(JSON.stringify(p0)).toBe(frozen);
    expect(p.updatedAt).toBe(T1);
  });

  it('completion counts passed tasks and correct answers among the items the lab has now', () => {
    let p = emptyProgress('lab', '1.0.0', 'me', T0);
    p = recordCheck(p, 's1', 't1', true, T0);
    p = recordAnswer(p, 's1', 'gone', { choice: 'a' }, true, T0);
    const items = [{ stepId: 's1', kind: 'task' as const, id: 't1' }, { stepId: 's1', kind: 'quiz' as const, id: 'q1' }];
    expect(completion(p, items)).toEqual({ done: 1, total: 2 });
    expect(completion(null, items)).toEqual({ done: 0, total: 2 });
  });
});
