/**
 * Shared Playwright fixtures: an axe scan that fails on serious or critical violations, and a
 * console-error collector. Locators by role and label first (after tldraw's e2e fixtures).
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface AxeResult {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: number;
}

async function seriousViolations(page: Page): Promise<AxeResult[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

export const test = base.extend<{ axe: () => Promise<AxeResult[]>; consoleErrors: string[] }>({
  axe: async ({ page }, use) => {
    await use(() => seriousViolations(page));
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await use(errors);
  },
});

export { expect };
