import { describe, expect, it } from 'vitest';
import { emptyProgress, recordAnswer, recordCheck, visitStep } from '../lab/progress';
import { labProgressPayload, labScorePayload } from './lab-events';

const lab = { id: 'l', steps: [{ id: 'a', tasks: [{ id: 't1' }] }, { id: 'b', quizzes: [{ id: 'q1' }, { id: 'q2' }] }] };
const now = '2026-01-01T00:00:00Z';

describe('lab embed events', () => {
  it('a fresh learner has started, with no score', () => {
    const p = visitStep(emptyProgress('l', '1.0.0', 'me', now), 'a', now);
    expect(labProgressPayload(lab, p)).toEqual({ labId: 'l', stepId: 'a', completedSteps: 0, totalSteps: 2, status: 'started' });
    expect(labScorePayload(lab, p, 'x')).toMatchObject({ scoreGiven: 0, scoreMaximum: 3, passed: false, completed: false, itemId: 'l' });
  });
  it('counts a step done when all its items are, and the lab completed when every step is', () => {
    let p = visitStep(emptyProgress('l', '1.0.0', 'me', now), 'a', now);
    p = recordCheck(p, 'a', 't1', true, now);
    p = visitStep(p, 'b', now);
    p = recordAnswer(p, 'b', 'q1', { choice: 'x' }, true, now);
    expect(labProgressPayload(lab, p)).toMatchObject({ stepId: 'b', completedSteps: 1, status: 'inProgress' });
    expect(labScorePayload(lab, p, 'x')).toMatchObject({ scoreGiven: 2, scoreMaximum: 3, completed: false });
    p = recordAnswer(p, 'b', 'q2', { value: '3' }, true, now);
    expect(labProgressPayload(lab, p).status).toBe('completed');
    expect(labScorePayload(lab, p, 'x')).toMatchObject({ scoreGiven: 3, scaled: 1, passed: true, completed: true });
  });
});
