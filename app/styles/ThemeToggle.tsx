import { useState } from 'react';
import { applyThemeChoice, nextThemeChoice, readThemeChoice, saveThemeChoice, type ThemeChoice } from './theme';

const LABELS: Record<ThemeChoice, string> = { auto: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
const ICONS: Record<ThemeChoice, string> = { auto: '◐', light: '☀', dark: '☾' };

/** One button cycling system → light → dark; the choice persists in localStorage. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice());
  const onClick = () => {
    const next = nextThemeChoice(choice);
    setChoice(next);
    saveThemeChoice(next);
    applyThemeChoice(next);
  };
  return (
    <button type="button" className="theme-toggle" onClick={onClick} title="Change colour theme (system, light, dark)">
      <span aria-hidden="true">{ICONS[choice]}</span> {LABELS[choice]}
    </button>
  );
}
