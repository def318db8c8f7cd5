/**
 * The authoring view: a broken lab shows path-named problems while the preview keeps the last
 * valid version; the fix updates the preview; the text survives reloads (valid or not); a task's
 * solve can be forced in the preview.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

function lab(title: string, task: Record<string, unknown>): string {
  const diagram = (a: number) => ({ type: 'series', id: 'service', blocks: [{ type: 'component', id: 'web', availability: a }, { type: 'component', id: 'db', availability: a }] });
  return JSON.stringify(
    {
      $schema: 'https://stratolab.dev/schema/lab/v1.json',
      id: 'e2e.author',
      version: '1.0.0',
      title,
      chapter: 'fundamentals',
      estimatedMinutes: 5,
      objectives: ['Test the authoring view'],
      steps: [
        {
          id: 'one',
          title: 'Series',
          body: 'Two parts in **series**.',
          widget: { kind: 'availability', scenario: { kind: 'availability', seed: 1, until: 31557600, params: { diagram: diagram(0.99) }, commands: [] } },
          tasks: [{ id: 'reach', prompt: 'Reach 99 %.', check: { '>=': [{ var: 'analytic.availability' }, 0.99] }, ...task, ...(task.solve === null ? { solve: undefined } : {}) }],
        },
      ],
    },
    null,
    2,
  );
}

const diagram996 = { type: 'series', id: 'service', blocks: [{ type: 'component', id: 'web', availability: 0.996 }, { type: 'component', id: 'db', availability: 0.996 }] };
const GOOD = lab('Good lab', { solve: { params: { diagram: diagram996 } } });
const BROKEN = lab('Broken lab', { solve: null, points: -1 });
const FIXED = lab('Fixed lab', { solve: { params: { diagram: diagram996 } } });

/** Types the whole lab into Monaco the way an author would paste it (typing it key by key would trigger auto-close and auto-indent). */
async function replaceText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

const status = (page: Page) => page.getByTestId('author-status');
const preview = (page: Page) => page.getByTestId('author-preview');

test('a broken lab shows path-named problems, the preview keeps the last good version, and the text survives reloads', async ({ page }) => {
  test.setTimeout(120_000); // three page loads, two of them with Monaco
  await page.goto('./#/author');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-status', 'valid');

  await replaceText(page, GOOD);
  await expect(status(page)).toHaveAttribute('data-status', 'valid');
  await expect(preview(page)).toHaveAttribute('data-lab-title', 'Good lab');

  await replaceText(page, BROKEN);
  await expect(status(page)).toHaveAttribute('data-status', 'invalid');
  const problems = page.getByTestId('author-problems');
  await expect(problems).toContainText('steps[0].tasks[0].solve');
  await expect(problems).toContainText('is required');
  await expect(preview(page)).toHaveAttribute('data-lab-title', 'Good lab');
  await expect(preview(page)).toHaveAttribute('data-stale', 'true');

  // Reload while broken: the broken text is still there, the preview still shows the last good lab.
  // (The plain editor is a remembered choice, so the reload does not load Monaco again.)
  await page.getByLabel('Plain text editor').check();
  await page.reload();
  await expect(page.locator('textarea.author-plain')).toHaveValue(BROKEN);
  await expect(status(page)).toHaveAttribute('data-status', 'invalid');
  await expect(preview(page)).toHaveAttribute('data-lab-title', 'Good lab');

  // A syntax error is located by line and column.
  await page.locator('textarea.author-plain').fill(BROKEN.replace('"title": "Broken lab"', '"title": Broken'));
  await expect(problems).toContainText(/line 5, column \d+/);
  await page.getByLabel('Plain text editor').uncheck();

  await replaceText(page, FIXED);
  await expect(status(page)).toHaveAttribute('data-status', 'valid');
  await expect(preview(page)).toHaveAttribute('data-lab-title', 'Fixed lab');
  await expect(preview(page)).toHaveAttribute('data-stale', 'false');

  await page.getByLabel('Plain text editor').check();
  await page.reload();
  // The plain editor is a remembered choice, so this reload does not load Monaco.
  await expect(page.locator('textarea.author-plain')).toHaveValue(FIXED);
  await expect(preview(page)).toHaveAttribute('data-lab-title', 'Fixed lab');
});

test('the preview forces a task\'s solve and shows its check trace', async ({ page }) => {
  await page.goto('./#/author');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(status(page)).toHaveAttribute('data-status', 'valid');
  const task = page.locator('.author-task').first();
  await expect(task).toContainText('fails');
  await task.getByText(/Check trace/).click();
  await expect(task.locator('.author-trace')).toContainText('analytic.availability');
  await task.getByRole('button', { name: 'Force solve' }).click();
  await expect(task).toContainText('passes');
  await expect(task).toHaveAttribute('data-pass', 'true');
});

test('a lab opens from a URL on another origin (CORS), is validated and previewed', async ({ page }) => {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(FIXED.replace('Fixed lab', 'Lab from a URL'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lab.json`;
    await page.goto('./#/author');
    await page.evaluate(() => localStorage.clear());
    await page.goto(`./#/author?src=${encodeURIComponent(url)}`);
    await page.reload();
    await expect(preview(page)).toHaveAttribute('data-lab-title', 'Lab from a URL');
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
    await expect(page).toHaveURL(/#\/author$/);
  } finally {
    server.close();
  }
});
