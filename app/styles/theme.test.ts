// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, applyThemeChoice, effectiveTheme, nextThemeChoice, readThemeChoice, saveThemeChoice } from './theme';

describe('theme choice', () => {
  it('follows the OS unless the user chose', () => {
    expect(effectiveTheme('auto', true)).toBe('dark');
    expect(effectiveTheme('auto', false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });
  it('persists an explicit choice and forgets "auto"', () => {
    saveThemeChoice('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice()).toBe('dark');
    saveThemeChoice('auto');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    expect(readThemeChoice()).toBe('auto');
  });
  it('applies the choice as data-theme on <html>, and cycles system → light → dark', () => {
    applyThemeChoice('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyThemeChoice('auto');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect([nextThemeChoice('auto'), nextThemeChoice('light'), nextThemeChoice('dark')]).toEqual(['light', 'dark', 'auto']);
  });
});
