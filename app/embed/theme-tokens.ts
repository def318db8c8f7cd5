/**
 * Host-page theme tokens (`--strato-accent` …, sent with `setTheme`) applied to the embed's root.
 * Each value is checked with CSS.supports for its property so a host can only pass colours, a
 * font list and a length — never `url(...)` or anything that loads a resource.
 */
import type { ThemeTokens } from './protocol';

const TOKENS: Array<[keyof ThemeTokens, string, string]> = [
  ['accent', '--accent', 'color'],
  ['bg', '--bg', 'color'],
  ['fg', '--fg', 'color'],
  ['fontFamily', '--font-sans', 'font-family'],
  ['radius', '--radius', 'border-radius'],
];

export function safeTokenValue(property: string, value: unknown, supports: (p: string, v: string) => boolean): string | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  if (/url\(|expression\(|[;{}<>\\]/i.test(value)) return null;
  return supports(property, value) ? value : null;
}

/** Sets the accepted tokens as CSS variables on `root`; returns the names it refused. */
export function applyThemeTokens(root: HTMLElement, tokens: ThemeTokens, supports: (p: string, v: string) => boolean = (p, v) => CSS.supports(p, v)): string[] {
  const refused: string[] = [];
  for (const [key, cssVar, property] of TOKENS) {
    if (tokens[key] === undefined) continue;
    const value = safeTokenValue(property, tokens[key], supports);
    if (value === null) refused.push(key);
    else root.style.setProperty(cssVar, value);
  }
  return refused;
}
