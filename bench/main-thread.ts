/**
 * `npm run bench -- main-thread [--seconds 5] [--port 4183] [--dist dist] [--cpu-throttle 1] [kind …]`: how much each widget blocks
 * the browser's main thread while its simulation plays. The engine runs in a Web Worker, so the
 * main thread should only render; a 'longtask' PerformanceObserver (tasks > 50 ms, the RAIL /
 * Long Tasks API threshold) counts what it does not manage. Baseline: the same measurement on an
 * idle page (#/about) in the same browser, reported first.
 *
 * Needs the built app (dist/; `npx vite build`, or `npx vite build --outDir DIR` and `--dist DIR` so a
 * build of one's own does not replace the dist/ that others' e2e runs serve). Starts `vite preview` itself and Debian's
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
  framesPerSec: number;
  simTime: string;
}

interface Options {
  seconds: number;
  /** CDP CPU throttling rate (1 = none): makes the same work count as it would on a slower machine. */
  cpuThrottle: number;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

async function startPreview(port: number, dist: string): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true });
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

async function openPage(browser: Browser, base: string, opts: Options): Promise<Page> {
  const page = await browser.newPage({ baseURL: base });
  if (opts.cpuThrottle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuThrottle });
  }
  return page;
}

/** Starts a 'longtask' observer and a frame counter on the page; `collect()` returns what they saw since. */
async function observeLongTasks(page: Page): Promise<void> {
  // A string, not a function: tsx's keepNames would wrap named closures in a __name() the page lacks.
  await page.evaluate(`(() => {
    const w = window;
    w.__longTasks = [];
    w.__frames = 0;
    w.__since = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
    const tick = () => {
      w.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

async function collect(page: Page, label: string, mode: string, simTime: string): Promise<Figures> {
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: number; __since: number };
    return { tasks: w.__longTasks, framesPerSec: (w.__frames * 1000) / (performance.now() - w.__since) };
  });
  const tasks = seen.tasks;
  const long = tasks.filter((d) => d > 50);
  return {
    label,
    mode,
    longTasks: long.length,
    longestMs: long.length ? Math.max(...long) : 0,
    blockingMs: long.reduce((s, d) => s + d - 50, 0),
    framesPerSec: seen.framesPerSec,
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

async function measureIdle(browser: Browser, base: string, opts: Options): Promise<Figures> {
  const page = await openPage(browser, base, opts);
  await page.goto('#/about');
  await page.getByRole('heading').first().waitFor();
  await observeLongTasks(page);
  await page.waitForTimeout(opts.seconds * 1000);
  const f = await collect(page, '(idle page #/about)', 'idle', '');
  await page.close();
  return f;
}

async function measureWidget(browser: Browser, base: string, kind: string, opts: Options): Promise<Figures> {
  const page = await openPage(browser, base, opts);
  try {
    await page.goto(`#/gallery/${encodeURIComponent(kind)}`);
    const host = page.locator(`.widget-host[data-widget-kind="${kind}"][data-status="ready"]`);
    await host.waitFor({ timeout: 60_000 });
    await page.locator('.widget-host [data-loading]').waitFor({ state: 'detached', timeout: 60_000 });
    const controls = host.getByRole('group', { name: 'Time controls' });
    const timed = (await controls.count()) > 0;
    // Find the button before observing: Playwright's role and visibility queries run on the page's
    // main thread and would be counted as the widget's long tasks (hundreds of ms on big pages).
    const target = timed ? controls.locator('button.primary') : host.locator('.widget-host-main button:visible:enabled:not([aria-pressed])').first();
    const button = (await target.count()) > 0 ? await target.elementHandle() : null;
    const label = button ? (await button.innerText()).trim().slice(0, 30) : '';
    let mode = timed ? 'play' : button ? `command "${label}"` : 'idle (no time controls, no command)';
    await observeLongTasks(page);
    await button?.click();
    await page.waitForTimeout(opts.seconds * 1000);
    const figures = await collect(page, kind, mode, '');
    // Play stops by itself at the end of the scenario (or when the engine refuses an advance).
    if (timed && button && (await button.innerText()).includes('Pause')) await button.click();
    else if (timed) mode = 'play (stopped by itself)';
    const simTime = timed ? await controls.locator('.time-readout').innerText() : '';
    return { ...figures, mode, simTime };
  } finally {
    await page.close();
  }
}

function print(rows: Figures[], baseline: Figures): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('widget', 24)}${pad('mode', 38)}${'long>50ms'.padStart(10)}${'longest ms'.padStart(12)}${'blocking ms'.padStart(13)}${'frames/s'.padStart(10)}  sim time reached`);
  for (const r of [baseline, ...rows]) {
    const figures = `${String(r.longTasks).padStart(10)}${r.longestMs.toFixed(0).padStart(12)}${r.blockingMs.toFixed(0).padStart(13)}${r.framesPerSec.toFixed(0).padStart(10)}`;
    console.log(`${pad(r.label, 24)}${pad(r.mode, 38)}${figures}  ${r.simTime}`);
  }
  const worst = rows.reduce((m, r) => Math.max(m, r.blockingMs), 0);
  console.log(`baseline: ${baseline.longTasks} long tasks on the idle page; worst widget blocking time ${worst.toFixed(0)} ms ` + `(${baseline.blockingMs > 0 ? `${(worst / baseline.blockingMs).toFixed(1)}× baseline` : 'baseline blocking 0 ms'})`);
}

export async function run(args: string[]): Promise<void> {
  const distIndex = args.indexOf('--dist');
  const dist = distIndex >= 0 ? (args[distIndex + 1] ?? 'dist') : 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    console.error(`main-thread: ${dist}/ is missing; build the app first (npx vite build).`);
    process.exitCode = 2;
    return;
  }
  const opts: Options = { seconds: option(args, '--seconds', 5), cpuThrottle: option(args, '--cpu-throttle', 1) };
  const port = option(args, '--port', 4183);
  const only = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const base = `http://127.0.0.1:${port}/`;
  const throttle = opts.cpuThrottle > 1 ? `, CPU throttled ${opts.cpuThrottle}×` : '';
  console.log(`main-thread: ${opts.seconds} s per widget${throttle}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} before`);
  const server = await startPreview(port, dist);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const listPage = await browser.newPage({ baseURL: base });
    const kinds = (await widgetKinds(listPage)).filter((k) => only.length === 0 || only.includes(k));
    await listPage.close();
    const baseline = await measureIdle(browser, base, opts);
    const rows: Figures[] = [];
    for (const kind of kinds) {
      try {
        rows.push(await measureWidget(browser, base, kind, opts));
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
