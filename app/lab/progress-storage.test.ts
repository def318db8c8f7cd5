// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress, recordCheck } from './progress';
import { exportProgress, importProgress, loadProgress, peekProgress, progressKey, saveProgress } from './progress-storage';

const NOW = '2026-01-01T00:00:00.000Z';

beforeEach(() => localStorage.clear());

describe('progress storage', () => {
  it('saves under the lab id and MAJOR version, so a minor update keeps progress', () => {
    const p = recordCheck(emptyProgress('ha', '1.0.0', 'me', NOW), 's', 't', true, NOW);
    expect(saveProgress(p)).toBeNull();
    expect(progressKey('ha', '1.3.9')).toBe('stratolab.progress.ha@1');
    expect(loadProgress('ha', '1.3.9', NOW).progress?.steps.s?.tasks.t?.passed).toBe(true);
    expect(loadProgress('ha', '1.3.9', NOW).progress?.labVersion).toBe('1.3.9');
    expect(loadProgress('ha', '2.0.0', NOW).progress).toBeNull();
  });

  it('never discards an unreadable record: it is moved aside and reported', () => {
    localStorage.setItem('stratolab.progress.ha@1', '{"format": broken');
    const r = loadProgress('ha', '1.0.0', NOW);
    expect(r.progress).toBeNull();
    expect(r.warning).toMatch(/kept under "stratolab\.progress\.ha@1\.unreadable-2026/);
    expect(localStorage.getItem(`stratolab.progress.ha@1.unreadable-${NOW}`)).toBe('{"format": broken');
  });

  it('round-trips export → import, backing up the current record first', () => {
    const mine = recordCheck(emptyProgress('ha', '1.0.0', 'me', NOW), 's', 't', true, NOW);
    const other = emptyProgress('ha', '1.0.0', 'other-browser', NOW);
    saveProgress(other);
    const r = importProgress(exportProgress(mine), 'ha', '1.0.0');
    expect(r).toMatchObject({ ok: true, progress: { learnerId: 'me' } });
    expect(peekProgress('ha', '1.0.0')?.learnerId).toBe('me');
    expect(JSON.parse(localStorage.getItem('stratolab.progress.ha@1.before-import')!).learnerId).toBe('other-browser');
  });

  it('refuses to import another lab, another major version or garbage, and changes nothing', () => {
    const current = emptyProgress('ha', '1.0.0', 'me', NOW);
    saveProgress(current);
    expect(importProgress(exportProgress(emptyProgress('other', '1.0.0', 'x', NOW)), 'ha', '1.0.0')).toEqual({ ok: false, error: 'this progress is for lab "other", not "ha"' });
    expect(importProgress(exportProgress(emptyProgress('ha', '2.0.0', 'x', NOW)), 'ha', '1.0.0')).toMatchObject({ ok: false, error: expect.stringMatching(/new major version/) });
    expect(importProgress('nope', 'ha', '1.0.0')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    expect(importProgress('{"format":"stratolab.progress/1","labId":"ha","labVersion":"1.0.0","learnerId":"x","steps":{"s":1}}', 'ha', '1.0.0')).toEqual({ ok: false, error: 'steps.s is malformed' });
    expect(peekProgress('ha', '1.0.0')).toEqual(current);
  });
});
