/** Chart colours are theme tokens (Okabe–Ito, colour-blind safe): series i uses --chart-(i mod 8 + 1). */
export function chartColor(i: number): string {
  return `var(--chart-${(i % 8) + 1})`;
}

/** Dash patterns so lines differ by more than colour (WCAG 1.4.1). */
export const DASHES: readonly string[] = ['', '6 3', '2 3', '8 3 2 3'];
