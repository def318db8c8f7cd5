import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedFormPrecopy } from './analytic';

const lab = JSON.parse(readFileSync(resolve(__dirname, '../../labs/virtualization/live-migration.json'), 'utf8')) as {
  steps: Array<{ id: string; quizzes?: Array<{ id: string; answer: { value?: number } }> }>;
};

describe('figures quoted in labs/virtualization/live-migration.json', () => {
  it('the constant answer "39 rounds at λ = 0.9" is the closed form for M = 2 GiB, R = 125 MB/s, 300 ms', () => {
    const quiz = lab.steps.find((s) => s.id === 'when-converges')!.quizzes!.find((q) => q.id === 'rounds-09')!;
    const p = closedFormPrecopy(2 * 1024 ** 3, 125e6, 0.9 * 125e6, 125e6 * 0.3, 0);
    expect(quiz.answer.value).toBe(p.liveRounds);
  });

  it('λ = 1 at 30,518 pages/s and 28,000 pages/s gives λ ≈ 0.92 on 1 Gbit/s (the hints)', () => {
    expect(Math.round(125e6 / 4096)).toBe(30518);
    expect((28000 * 4096) / 125e6).toBeCloseTo(0.92, 2);
  });

  it('cold copy of 1 GiB over 1 Gbit/s takes 8.59 s (step 1 explanation)', () => {
    expect(1024 ** 3 / 125e6).toBeCloseTo(8.59, 2);
  });
});
