/**
 * `npm run bench -- main-thread [--seconds 5] [--port 4183] [kind …]`: how much each widget blocks
 * the browser's main thread while its simulation plays. The engine runs in a Web Worker, so the
 * main thread should only render; a 'longtask' PerformanceObserver (tasks > 50 ms, the RAIL /
 * Long Tasks API threshold) counts what it does not manage. Baseline: the same measurement on an
 * idle page (#/about) in the same browser, reported first.
 *
 * Needs the built app (dist/; `npx vite build`). Starts `vite preview` itself and Debian's
 * Chromium through Playwright; shuts both down at the end (also on errors).
 * Figures depend on the machine's load: the load average is printed with them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

interface Figures {
  label: string;
  mode: string;
  longTasks: number;
  longestMs: number;
  blockingMs: number;
  simTime: string;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode} (port ${port} busy?)`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(child);
  throw new Error(`vite preview did not answer on ${url}`);
}

function stopPreview(child: ChildProcess): void {
  // The server was started in its own process group (npx → node vite): end exactly that group.
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

/** Starts a 'longtask' observer on the page; `collect()` returns what it saw since. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function collect(page: Page, label: string, mode: string, simTime: string): Promise<Figures> {
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const long = tasks.filter((d) => d > 50);
  return {
    label,
    mode,
    longTasks: long.length,
    longestMs: long.length ? Math.max(...long) : 0,
    blockingMs: long.reduce((s, d) => s + d - 50, 0),
    simTime,
  };
}

async function widgetKinds(page: Page): Promise<string[]> {
  await page.goto('#/gallery');
  const links = page.getByRole('list', { name: 'Widgets' }).getByRole('link');
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace('#/gallery/', '')));
}

async function measureIdle(browser: Browser, base: string, seconds: number): Promise<Figures> {
  const page = await browser.newPage({ baseURL: base });
  await page.goto('#/about');
  await page.getByRole('heading').first().waitFor();
  await observeLongTasks(page);
  await page.waitForTimeout(seconds * 1000);
  const f = await collect(page, '(idle page #/about)', 'idle', '');
  await page.close();
  return f;
}

async function measureWidget(browser: Browser, base: string, kind: string, seconds: number): Promise<Figures> {
  const page = await browser.newPage({ baseURL: base });
  try {
    await page.goto(`#/gallery/${encodeURIComponent(kind)}`);
    const host = page.locator(`.widget-host[data-widget-kind="${kind}"][data-status="ready"]`);
    await host.waitFor({ timeout: 60_000 });
    await page.locator('.widget-host [data-loading]').waitFor({ state: 'detached', timeout: 60_000 });
    const controls = host.getByRole('group', { name: 'Time controls' });
    const timed = (await controls.count()) > 0;
    await observeLongTasks(page);
    let mode = 'idle (no time controls, no command)';
    if (timed) {
      await controls.getByRole('button', { name: /Play/ }).click();
      mode = 'play';
    } else {
      const first = host.locator('.widget-host-main button:visible:enabled:not([aria-pressed])').first();
      if ((await first.count()) > 0) {
        mode = `command "${(await first.innerText()).trim().slice(0, 30)}"`;
        await first.click();
      }
    }
    await page.waitForTimeout(seconds * 1000);
    // Play stops by itself at the end of the scenario (or when the engine refuses an advance).
    const pause = controls.getByRole('button', { name: /Pause/ });
    if (timed && (await pause.isVisible())) await pause.click();
    else if (timed) mode = 'play (stopped by itself)';
    const simTime = timed ? await controls.locator('.time-readout').innerText() : '';
    return await collect(page, kind, mode, simTime);
  } finally {
    await page.close();
  }
}

function print(rows: Figures[], baseline: Figures): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('widget', 24)}${pad('mode', 38)}${'long>50ms'.padStart(10)}${'longest ms'.padStart(12)}${'blocking ms'.padStart(13)}  sim time reached`);
  for (const r of [baseline, ...rows]) {
    console.log(`${pad(r.label, 24)}${pad(r.mode, 38)}${String(r.longTasks).padStart(10)}${r.longestMs.toFixed(0).padStart(12)}${r.blockingMs.toFixed(0).padStart(13)}  ${r.simTime}`);
  }
  const worst = rows.reduce((m, r) => Math.max(m, r.blockingMs), 0);
  console.log(`baseline: ${baseline.longTasks} long tasks on the idle page; worst widget blocking time ${worst.toFixed(0)} ms ` + `(${baseline.blockingMs > 0 ? `${(worst / baseline.blockingMs).toFixed(1)}× baseline` : 'baseline blocking 0 ms'})`);
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.error('main-thread: dist/ is missing; build the app first (npx vite build).');
    process.exitCode = 2;
    return;
  }
  const seconds = option(args, '--seconds', 5);
  const port = option(args, '--port', 4183);
  const only = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const base = `http://127.0.0.1:${port}/`;
  console.log(`main-thread: ${seconds} s per widget, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} before`);
  const server = await startPreview(port);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const listPage = await browser.newPage({ baseURL: base });
    const kinds = (await widgetKinds(listPage)).filter((k) => only.length === 0 || only.includes(k));
    await listPage.close();
    const baseline = await measureIdle(browser, base, seconds);
    const rows: Figures[] = [];
    for (const kind of kinds) {
      try {
        rows.push(await measureWidget(browser, base, kind, seconds));
      } catch (e) {
        console.error(`main-thread: ${kind}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    print(rows, baseline);
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await browser?.close();
    stopPreview(server);
  }
}
