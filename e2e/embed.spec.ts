/**
 * The embed contract across origins: a course page on another origin (a tiny http server started
 * here, 127.0.0.1:<port> ≠ the app's 127.0.0.1:4173) embeds the availability widget by iframe +
 * embed.js and by <strato-widget>; it receives ready, resize and score; the iframe follows content
 * height; control messages drive the widget; a third origin's messages are dropped.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The goal posted as a score: reached once simulated time passes 20 000 000 s (~231 days).
const CHECK = Buffer.from(JSON.stringify({ '>=': [{ var: 'tSec' }, 20_000_000] })).toString('base64url');
const pages = new Map<string, string>();
let host: Server;
let third: Server;
let hostOrigin = '';
let thirdOrigin = '';

function serve(): Promise<[Server, string]> {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const body = pages.get(`${req.headers.host}${req.url}`);
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    server.listen(0, '127.0.0.1', () => resolve([server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`]));
  });
}

test.beforeAll(async ({ request, baseURL }) => {
  for (const script of ['embed/v1/embed.js', 'embed/v1/strato-elements.js']) {
    const res = await request.get(`${baseURL}${script}`);
    expect(res.ok(), `${script} is missing from the built site: "npm run build" must also run "vite build -c vite.embed.config.ts --mode host" and "--mode element" (app/embed/FORMAT.md)`).toBe(true);
  }
  [host, hostOrigin] = await serve();
  [third, thirdOrigin] = await serve();
});
test.afterAll(() => {
  host?.close();
  third?.close();
});

function iframePage(app: string): string {
  const src = `${app}#/embed/v1/availability?controls=compact&instance=w1&check=${CHECK}&checkId=half-year&parentOrigin=${encodeURIComponent(hostOrigin)}`;
  return `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
<h1>Week 1: availability</h1>
<iframe id="w" data-strato title="Availability widget" src="${src}" width="100%" height="300" style="border:0"></iframe>
<iframe id="third" title="Someone else's frame" src="${thirdOrigin}/third.html" width="300" height="50"></iframe>
<script>
  window.events = [];
  const frame = document.getElementById('w');
  for (const t of ['ready', 'resize', 'progress', 'score', 'state', 'error']) frame.addEventListener('strato-' + t, (e) => window.events.push({ type: t, detail: e.detail }));
</script>
<script src="${app}embed/v1/embed.js" async></script>
</body></html>`;
}

function elementPage(app: string): string {
  return `<!doctype html><html lang="en"><head><title>Course page (element)</title>
<style>strato-widget { --strato-accent: #8a2be2; }</style></head><body>
<script>
  window.events = [];
  for (const t of ['ready', 'resize', 'progress', 'score', 'state', 'error']) document.addEventListener('strato-' + t, (e) => window.events.push({ type: t, detail: e.detail }));
</script>
<script type="module" src="${app}embed/v1/strato-elements.js"></script>
<strato-widget id="el" kind="availability" controls="compact" check="${CHECK}" label="Availability (element)"></strato-widget>
</body></html>`;
}

type HostEvent = { type: string; detail: Record<string, unknown> };
const events = (page: Page) => page.evaluate(() => (window as unknown as { events: HostEvent[] }).events);
const waitForEvent = (page: Page, type: string, pred: string = 'true') =>
  page.waitForFunction(`window.events.some((e) => e.type === ${JSON.stringify(type)} && (${pred}))`);
const embedFrame = (page: Page): Frame => {
  const f = page.frames().find((fr) => fr.url().includes('#/embed/v1/'));
  if (!f) throw new Error('no embed frame');
  return f;
};

async function openHost(page: Page, baseURL: string, html: (app: string) => string): Promise<void> {
  pages.set(`${hostOrigin.slice(7)}/course.html`, html(baseURL));
  pages.set(`${thirdOrigin.slice(7)}/third.html`, '<!doctype html><title>third</title><p>third party</p>');
  await page.goto(`${hostOrigin}/course.html`);
}

test('an iframe on another origin gets ready, resize and score, and follows the content height', async ({ page, baseURL }) => {
  await openHost(page, baseURL as string, iframePage);
  await waitForEvent(page, 'ready');
  await waitForEvent(page, 'score');
  const first = (await events(page)).find((e) => e.type === 'ready');
  expect(first?.detail).toMatchObject({ widget: 'availability', version: 1, instance: 'w1' });
  expect((await events(page)).find((e) => e.type === 'score')?.detail).toMatchObject({ scoreGiven: 0, scoreMaximum: 1, passed: false, completed: false, itemId: 'half-year' });

  const frameEl = page.locator('#w');
  await expect.poll(async () => (await frameEl.boundingBox())?.height).toBeGreaterThan(300);
  const before = Math.round((await frameEl.boundingBox())?.height ?? 0);
  const inner = embedFrame(page);
  await inner.locator('main.embed-root').waitFor();
  await inner.evaluate(() => {
    const tall = document.createElement('div');
    tall.id = 'e2e-tall';
    tall.style.height = '400px';
    document.querySelector('main.embed-root')?.append(tall);
  });
  await expect.poll(async () => Math.round((await frameEl.boundingBox())?.height ?? 0)).toBeGreaterThanOrEqual(before + 398);
  await inner.evaluate(() => document.getElementById('e2e-tall')?.remove());
  await expect.poll(async () => Math.round((await frameEl.boundingBox())?.height ?? 0)).toBeLessThanOrEqual(before + 2);
  // No feedback loop: the height settles instead of creeping up.
  const settled = (await frameEl.boundingBox())?.height;
  await page.waitForTimeout(600);
  expect((await frameEl.boundingBox())?.height).toBe(settled);
});

test('control messages from the host page drive the widget and a passing goal posts a score', async ({ page, baseURL }) => {
  await openHost(page, baseURL as string, iframePage);
  await waitForEvent(page, 'ready');
  const inner = embedFrame(page);
  const controls = inner.getByRole('group', { name: 'Time controls' });
  await expect(controls.getByRole('button', { name: /^▶ Play$/ })).toBeVisible();
  await page.evaluate(() => (window as unknown as { Strato: { send(f: string, t: string, p: object): boolean } }).Strato.send('#w', 'control', { action: 'play' }));
  await expect(controls.getByRole('button', { name: /Pause/ })).toBeVisible();
  await page.evaluate(() => (window as unknown as { Strato: { send(f: string, t: string, p: object): boolean } }).Strato.send('#w', 'control', { action: 'pause' }));
  await expect(controls.getByRole('button', { name: /^▶ Play$/ })).toBeVisible();
  await page.evaluate(() => (window as unknown as { Strato: { send(f: string, t: string, p: object): boolean } }).Strato.send('#w', 'control', { action: 'seek', simTime: 25_000_000 }));
  await waitForEvent(page, 'score', 'e.detail.passed === true');
  expect((await events(page)).filter((e) => e.type === 'score').at(-1)?.detail).toMatchObject({ scoreGiven: 1, scaled: 1, passed: true, completed: true });
  await waitForEvent(page, 'state', 'e.detail.simTime >= 25000000');
  const state = (await events(page)).filter((e) => e.type === 'state').at(-1)?.detail;
  expect(String(state?.permalink)).toContain('#/embed/v1/availability?');
  expect(String(state?.permalink)).toContain('s=');
});

test('messages from a third origin are dropped with a console explanation', async ({ page, baseURL }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await openHost(page, baseURL as string, iframePage);
  await waitForEvent(page, 'ready');
  const thirdFrame = page.frames().find((f) => f.url().startsWith(thirdOrigin));
  await thirdFrame?.evaluate(() => {
    window.parent.frames[0]?.postMessage({ protocol: 'strato', v: 1, type: 'control', instance: 'w1', payload: { action: 'play' } }, '*');
  });
  await expect.poll(() => warnings.join('\n')).toContain(`dropped a message from ${thirdOrigin}`);
  const controls = embedFrame(page).getByRole('group', { name: 'Time controls' });
  await expect(controls.getByRole('button', { name: /^▶ Play$/ })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(controls.getByRole('button', { name: /^▶ Play$/ })).toBeVisible();
});

test('the <strato-widget> custom element embeds the widget, re-dispatches events and offers methods', async ({ page, baseURL }) => {
  await openHost(page, baseURL as string, elementPage);
  await waitForEvent(page, 'ready');
  await waitForEvent(page, 'resize');
  await waitForEvent(page, 'score');
  const box = await page.locator('#el').boundingBox();
  const lastResize = (await events(page)).filter((e) => e.type === 'resize').at(-1)?.detail.height as number;
  await expect.poll(async () => Math.round((await page.locator('#el').boundingBox())?.height ?? 0)).toBeGreaterThanOrEqual(Math.round(lastResize) - 2);
  expect(box).not.toBeNull();
  await page.evaluate(() => (document.getElementById('el') as unknown as { seek(t: number): void }).seek(30_000_000));
  await waitForEvent(page, 'score', 'e.detail.passed === true');
  const permalink = await page.evaluate(() => (document.getElementById('el') as unknown as { getPermalink(): Promise<string> }).getPermalink());
  expect(permalink).toContain(`${baseURL}#/embed/v1/availability?`);
  // The host's --strato-accent reached the widget through setTheme.
  await expect.poll(() => embedFrame(page).evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe('#8a2be2');
});

test('a whole lab embeds by iframe and reports progress and score to the host', async ({ page, baseURL }) => {
  const labPage = (app: string) => iframePage(app).replace(/src="[^"]*#\/embed\/v1\/availability\?[^"]*"/, `src="${app}#/embed/v1/lab?id=architectures.high-availability&instance=lab1&parentOrigin=${encodeURIComponent(hostOrigin)}"`);
  await openHost(page, baseURL as string, labPage);
  await waitForEvent(page, 'ready', 'e.detail.labId === "architectures.high-availability"');
  await waitForEvent(page, 'progress');
  await waitForEvent(page, 'score');
  const all = await events(page);
  const progress = all.find((e) => e.type === 'progress')?.detail;
  expect(progress).toMatchObject({ labId: 'architectures.high-availability', completedSteps: 0, instance: 'lab1' });
  expect(progress?.totalSteps).toBeGreaterThanOrEqual(5);
  expect(all.find((e) => e.type === 'score')?.detail).toMatchObject({ scoreGiven: 0, passed: false, completed: false, itemId: 'architectures.high-availability' });
  await expect.poll(async () => (await page.locator('#w').boundingBox())?.height).toBeGreaterThan(300);
});
