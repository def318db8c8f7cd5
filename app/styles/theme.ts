/**
 * The theme choice: 'auto' follows the OS (prefers-color-scheme); 'light'/'dark' are the user's
 * explicit choice, persisted in localStorage and applied as `data-theme` on <html> (index.html
 * applies it before first paint so there is no flash).
 */
export type ThemeChoice = 'auto' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'stratolab.theme';

export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): ThemeChoice {
  const raw = storage?.getItem(THEME_STORAGE_KEY);
  return raw === 'light' || raw === 'dark' ? raw : 'auto';
}

export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function saveThemeChoice(choice: ThemeChoice, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = safeStorage()): void {
  if (!storage) return;
  if (choice === 'auto') storage.removeItem(THEME_STORAGE_KEY);
  else storage.setItem(THEME_STORAGE_KEY, choice);
}

/** The theme actually shown: an explicit choice, else the OS preference. */
export function effectiveTheme(choice: ThemeChoice, osPrefersDark: boolean): 'light' | 'dark' {
  if (choice !== 'auto') return choice;
  return osPrefersDark ? 'dark' : 'light';
}

/** Cycles auto → light → dark → auto (the toggle's order). */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return choice === 'auto' ? 'light' : choice === 'light' ? 'dark' : 'auto';
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
