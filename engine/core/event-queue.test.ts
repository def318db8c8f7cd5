import { describe, expect, it } from 'vitest';
import { createEventQueue } from './event-queue';

describe('createEventQueue', () => {
  it('pops events in time order, then priority, then scheduling order (FIFO at equal times)', () => {
    const q = createEventQueue<string>();
    q.schedule(20, 'late');
    q.schedule(10, 'b-first-at-10');
    q.schedule(10, 'c-second-at-10');
    q.schedule(10, 'a-urgent', -1);
    q.schedule(5, 'early');
    const seen: string[] = [];
    q.runUntil(100, (e) => seen.push(e));
    expect(seen).toEqual(['early', 'a-urgent', 'b-first-at-10', 'c-second-at-10', 'late']);
    expect(q.nowUs).toBe(100);
  });

  it('runs only events due by the target time and advances the clock to it', () => {
    const q = createEventQueue<number>();
    for (let t = 0; t <= 50; t += 10) q.schedule(t, t);
    const seen: number[] = [];
    q.runUntil(25, (e) => seen.push(e));
    expect(seen).toEqual([0, 10, 20]);
    expect(q.nowUs).toBe(25);
    expect(q.size).toBe(3);
  });

  it('keeps heap order for many random insertions', () => {
    const q = createEventQueue<number>();
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      q.schedule(x % 10_000, i);
    }
    let last = -1;
    q.runUntil(10_000, (_, t) => {
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    });
  });

  it('refuses non-integer times and times in the past', () => {
    const q = createEventQueue<string>();
    q.runUntil(10, () => undefined);
    expect(() => q.schedule(5, 'past')).toThrow(/past/);
    expect(() => q.schedule(10.5, 'fraction')).toThrow(/integer/);
  });

  it('cancels matching events and keeps the rest ordered', () => {
    const q = createEventQueue<{ id: number }>();
    [5, 3, 9, 1, 7].forEach((t) => q.schedule(t, { id: t }));
    expect(q.cancel((e) => e.id % 3 === 0)).toBe(2);
    const seen: number[] = [];
    q.runUntil(10, (e) => seen.push(e.id));
    expect(seen).toEqual([1, 5, 7]);
  });
});
