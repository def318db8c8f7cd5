import { describe, expect, it } from 'vitest';
import ha from '../../labs/architectures/high-availability.json';
import { createEngineApi } from '../api';
import type { LabJson } from './types';

const lab = ha as unknown as LabJson;

describe('engine facade lab methods', () => {
  const api = createEngineApi();

  it('validateLab accepts the high-availability lab and reports path-named issues for a broken one', () => {
    expect(api.validateLab(lab)).toMatchObject({ ok: true, issues: [] });
    const broken = api.validateLab({ ...lab, steps: [{ ...lab.steps[0], id: 'Bad Id' }] });
    expect(broken.ok).toBe(false);
    expect(broken.issues[0]).toMatchObject({ path: 'steps[0].id', rule: 'schema' });
  });

  it('checkTask evaluates a task against a live session snapshot: fails, then passes after the solve', () => {
    const step = lab.steps.find((s) => s.id === 'measured')!;
    const task = step.tasks!.find((t) => t.id === 'fail-primary')!;
    const opened = api.open(api.learnerScenario(lab.seed, step.widget!.scenario, 'someone'));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(api.checkTask(task.check, opened.value.snapshot).failures[0]?.text).toBe('blocks.db-1.up (= true) holds but must not');
    const after = api.dispatch(opened.value.id, { do: 'fail', component: 'db-1' });
    if (!after.ok) throw new Error(after.error.message);
    expect(api.checkTask(task.check, after.value.snapshot).pass).toBe(true);
  });

  it('gradeQuiz computes the expected answer from the snapshot (99 % → 5259.6 min/yr)', () => {
    const step = lab.steps[0]!;
    const quiz = step.quizzes!.find((q) => q.id === 'downtime-now')!;
    const opened = api.open(step.widget!.scenario);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(api.gradeQuiz(quiz, { value: '5260' }, opened.value.snapshot)).toMatchObject({ correct: true });
    expect(api.gradeQuiz(quiz, { value: '87.66 h' }, opened.value.snapshot)).toMatchObject({ correct: true });
  });
});
