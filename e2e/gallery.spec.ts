/**
 * The widget gallery: every registered widget renders from its default scenario without errors;
 * a permalink (scenario + live commands + time) restores the exact state; keyboard time controls;
 * no serious axe violations in light and dark; no horizontal overflow at 360 px.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function widgetKinds(page: Page): Promise<string[]> {
  await page.goto('#/gallery');
  const links = page.getByRole('list', { name: 'Widgets' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace('#/gallery/', '')));
}

async function openWidget(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await expect(page.locator('.widget-host[data-status="ready"]')).toBeVisible();
}

test('the gallery renders every registered widget from its default scenario', async ({ page, consoleErrors }) => {
  const kinds = await widgetKinds(page);
  expect(kinds).toContain('availability');
  for (const kind of kinds) {
    await openWidget(page, `#/gallery/${encodeURIComponent(kind)}`);
    const main = page.locator(`.widget-host[data-widget-kind="${kind}"] .widget-host-main`);
    await expect(main.locator('[data-loading]')).toHaveCount(0);
    await expect(main.locator('> *').first(), `${kind} renders something`).toBeVisible();
    await expect(page.locator('.widget-host [role="alert"]'), `${kind} shows an error`).toHaveCount(0);
  }
  expect(consoleErrors).toEqual([]);
});

test('a permalink restores scenario, live commands and time exactly', async ({ page, context }) => {
  await openWidget(page, '#/gallery/availability');
  await page.getByRole('button', { name: 'Fail Network now' }).click();
  await expect(page.getByRole('button', { name: 'Repair Network now' })).toBeVisible();
  const scrub = page.getByLabel('Simulated time');
  await scrub.focus();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^Step forward/ }).click();
  await expect(page.locator('.time-readout')).not.toHaveText('0 s');
  const summary = async (p: Page) => (await p.locator('.av-measured').innerText()).trim();
  const before = { time: await page.locator('.time-readout').innerText(), summary: await summary(page) };
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Permalink').inputValue();
  expect(link).toMatch(/#\/gallery\/availability\?s=[A-Za-z0-9_-]+&t=\d/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator('.widget-host[data-status="ready"]')).toBeVisible();
  await expect(other.locator('.time-readout')).toHaveText(before.time);
  expect(await summary(other)).toBe(before.summary);
});

test('time controls work from the keyboard', async ({ page }) => {
  await openWidget(page, '#/gallery/availability');
  const play = page.getByRole('button', { name: /Play/ });
  await play.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.time-readout')).not.toHaveText('0 s');
  await page.keyboard.press('Home');
  await expect(page.locator('.time-readout')).toHaveText('0 s');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the gallery and a widget have no serious axe violations (${colorScheme})`, async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('#/gallery');
    await expect(page.getByRole('heading', { name: 'Widget gallery' })).toBeVisible();
    expect(await axe()).toEqual([]);
    await openWidget(page, '#/gallery/availability');
    expect(await axe()).toEqual([]);
  });
}

test('a widget fits a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openWidget(page, '#/gallery/availability');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a chart exports its data as CSV and its picture as SVG and PNG', async ({ page }) => {
  await openWidget(page, '#/gallery/availability');
  const frame = page.locator('figure.chart-frame').filter({ hasText: 'Measured vs analytic availability' });
  const download = async (item: string) => {
    await frame.getByText('Export', { exact: false }).first().click();
    const [file] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: item }).click()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
  };
  const csv = await download('Data (CSV)');
  expect(csv.name).toBe('measured-vs-analytic-availability.csv');
  expect(csv.body.toString('utf8').split('\r\n')[0]).toBe('time (s),measured availability (fraction),analytic availability (fraction)');
  const svg = await download('Picture (SVG)');
  expect(svg.body.toString('utf8')).toContain('<svg');
  expect(svg.body.toString('utf8')).not.toContain('var(--');
  const png = await download('Picture (PNG)');
  expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
});
