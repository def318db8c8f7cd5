import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, loadDraft, loadLastGood, saveDraft, saveLastGood } from './draft-store';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('draft store', () => {
  it('keeps invalid text exactly as typed', () => {
    const s = memory();
    const broken = '{ "id": "x", "steps": [ ';
    expect(saveDraft(broken, 'template:blank', s, () => new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(loadDraft(s)).toEqual({ text: broken, source: 'template:blank', savedAtIso: '2026-01-01T00:00:00.000Z' });
  });
  it('reports a refused save instead of throwing', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveDraft('x', '', full)).toBe(false);
    expect(saveDraft('x', '', null)).toBe(false);
  });
  it('ignores a corrupt stored draft', () => {
    const s = memory();
    s.m.set(DRAFT_KEY, '{nope');
    expect(loadDraft(s)).toBeNull();
  });
  it('keeps the last good lab separately', () => {
    const s = memory();
    saveLastGood({ id: 'a' }, s);
    expect(loadLastGood(s)).toEqual({ id: 'a' });
  });
});
