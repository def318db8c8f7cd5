import { describe, expect, it } from 'vitest';
import { deadlineMs, slackSlots, weekdayMon0 } from './deadline-rules';

const at = (iso: string): number => Date.parse(iso);

describe('deadline rules (Let\'s Wait Awhile strategy.py, worked by hand on the 2020 calendar)', () => {
  it('weekdayMon0() says 2020-01-01 was a Wednesday (2) and 2020-01-05 a Sunday (6)', () => {
    expect(weekdayMon0(at('2020-01-01T12:00Z'))).toBe(2);
    expect(weekdayMon0(at('2020-01-05T00:00Z'))).toBe(6);
  });

  it('next-workday moves a Wednesday 18:00 finish to Thursday 09:00 (30 half-hour slots)', () => {
    expect(slackSlots(at('2020-01-01T18:00Z'), 'next-workday', 30)).toBe(30);
  });

  it('next-workday gives a Saturday noon finish until Monday 09:00 and a 08:00 finish until 09:00', () => {
    expect(deadlineMs(at('2020-01-04T12:00Z'), 'next-workday')).toBe(at('2020-01-06T09:00Z'));
    expect(slackSlots(at('2020-01-01T08:00Z'), 'next-workday', 30)).toBe(2);
  });

  it('next-workday moves Friday 17:30 to Saturday 09:00, as coded upstream, and leaves 17:00 alone', () => {
    expect(deadlineMs(at('2020-01-03T17:30Z'), 'next-workday')).toBe(at('2020-01-04T09:00Z'));
    expect(slackSlots(at('2020-01-03T17:00Z'), 'next-workday', 30)).toBe(0);
  });

  it('semi-weekly sends Monday 10:00 to Thursday 09:00 and Thursday 09:30 to Monday 09:00', () => {
    expect(slackSlots(at('2020-01-06T10:00Z'), 'semi-weekly', 30)).toBe(142);
    expect(slackSlots(at('2020-01-02T09:30Z'), 'semi-weekly', 30)).toBe(191);
  });

  it('semi-weekly keeps Thursday 09:00 and Monday 08:00 on the same day', () => {
    expect(slackSlots(at('2020-01-02T09:00Z'), 'semi-weekly', 30)).toBe(0);
    expect(slackSlots(at('2020-01-06T08:00Z'), 'semi-weekly', 30)).toBe(2);
  });

  it('reads the time of day on a local clock when given an offset (UTC−8: 02:00Z is 18:00 the day before)', () => {
    expect(deadlineMs(at('2020-01-02T02:00Z'), 'next-workday', -480)).toBe(at('2020-01-02T17:00Z'));
  });
});
