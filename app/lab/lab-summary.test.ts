import { describe, expect, it } from 'vitest';
import ha from '../../labs/architectures/high-availability.json';
import { summarizeLab } from './lab-summary';

describe('summarizeLab()', () => {
  it('reads the catalog facts of the high-availability lab', () => {
    const s = summarizeLab('labs/architectures/high-availability.json', ha);
    expect(s).toMatchObject({ id: 'architectures.high-availability', chapter: 'architectures', estimatedMinutes: 50, stepCount: 8 });
    expect(s.items.filter((i) => i.kind === 'task')).toHaveLength(8);
    expect(s.items.filter((i) => i.kind === 'quiz')).toHaveLength(17);
  });

  it('never throws on garbage: falls back to the file name', () => {
    expect(summarizeLab('labs/x/broken.json', 42)).toMatchObject({ id: 'broken', title: 'broken', chapter: null, stepCount: 0, items: [] });
    expect(summarizeLab('labs/x/b.json', { steps: [null, { tasks: 'no' }], chapter: 'astrology' })).toMatchObject({ chapter: null, stepCount: 2, items: [] });
  });
});
