/**
 * The engine runs in a Web Worker, not on the main thread, and a bad scenario shows an error
 * that names its JSON path instead of crashing the page.
 *
 * "Not on the main thread" is shown two ways: (1) the advances the app asks for while playing are
 * answered by the worker (its outgoing messages are counted inside the worker); (2) the worker
 * completes an advance while the main thread is blocked in a busy loop — impossible if the engine
 * ran on the main thread. (2) compares the order of two events, not a duration: the worker's
 * reply is stamped inside the busy window; under load the window is retried longer.
 */
import type { Page, Worker } from '@playwright/test';
import { defaultScenario } from '../app/widgets/availability/default-scenario';
import { expect, test } from './fixtures';

interface Reply {
  id: string;
  at: number;
  tSec: number | null;
}

/** Keeps the page's Worker instances reachable (window.__qaWorkers) so the test can message the engine. */
async function trackWorkers(page: Page): Promise<Worker[]> {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const list: globalThis.Worker[] = [];
    (window as unknown as { __qaWorkers: globalThis.Worker[] }).__qaWorkers = list;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        list.push(this);
      }
    };
  });
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  return workers;
}

/** Records, inside the worker, every message it posts back (id, time stamp, tSec of the answer). */
async function recordReplies(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __qaReplies: Reply[]; postMessage: (m: unknown, t?: Transferable[]) => void };
    g.__qaReplies = [];
    const post = g.postMessage.bind(g);
    g.postMessage = (msg: unknown, transfer?: Transferable[]) => {
      const m = msg as { id?: string; value?: { value?: { tSec?: number } } } | null;
      g.__qaReplies.push({ id: String(m?.id ?? ''), at: performance.timeOrigin + performance.now(), tSec: m?.value?.value?.tSec ?? null });
      post(msg, transfer);
    };
  });
}

const replies = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { __qaReplies: Reply[] }).__qaReplies);

async function engineWorker(page: Page, workers: Worker[]): Promise<Worker> {
  await expect.poll(() => workers.filter((w) => /worker/i.test(w.url())).length, { message: 'the engine worker starts' }).toBeGreaterThan(0);
  return workers.find((w) => /worker/i.test(w.url()))!;
}

test('the engine runs in a Web Worker and computes while the main thread is blocked', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  const workers = await trackWorkers(page);
  await page.goto('#/gallery/availability');
  const host = page.locator('.widget-host[data-widget-kind="availability"]');
  await expect(host).toHaveAttribute('data-status', 'ready');
  const worker = await engineWorker(page, workers);
  expect(await worker.evaluate(() => typeof (globalThis as { document?: unknown }).document)).toBe('undefined');
  await recordReplies(worker);

  // (1) Playing: simulated time moves, and each step was answered from inside the worker.
  const readout = host.locator('.time-readout');
  await host.getByRole('button', { name: /Play/ }).click();
  await expect(readout).not.toHaveText('0 s');
  await host.getByRole('button', { name: /Pause/ }).click();
  const answered = await replies(worker);
  expect(answered.filter((r) => (r.tSec ?? 0) > 0).length, 'worker answers carrying an advanced time').toBeGreaterThan(0);

  // (2) Open our own session through the worker's Comlink endpoint, then advance it while the main thread spins.
  const session = await page.evaluate(async () => {
    const w = (window as unknown as { __qaWorkers: globalThis.Worker[] }).__qaWorkers[0]!;
    const call = (id: string, path: string[], args: unknown[]) =>
      new Promise<{ value: unknown }>((resolve) => {
        const on = (e: MessageEvent) => {
          if ((e.data as { id?: string })?.id !== id) return;
          w.removeEventListener('message', on);
          resolve(e.data as { value: unknown });
        };
        w.addEventListener('message', on);
        w.postMessage({ id, type: 'APPLY', path, argumentList: args.map((value) => ({ type: 'RAW', value })) });
      });
    const kinds = (await call('qa-kinds', ['kinds'], [])).value as { kind: string; example: unknown }[];
    const opened = (await call('qa-open', ['open'], [kinds.find((k) => k.kind === 'availability')!.example])).value as { ok: boolean; value: { id: number; until: number } };
    return opened.value;
  });
  expect(session.until).toBeGreaterThan(0);

  let proven = false;
  for (const spinMs of [1000, 4000, 12000]) {
    const id = `qa-advance-${spinMs}`;
    const target = (session.until * spinMs) / 20000;
    const window_ = await page.evaluate(
      ({ id, sessionId, target, spinMs }) => {
        const w = (window as unknown as { __qaWorkers: globalThis.Worker[] }).__qaWorkers[0]!;
        const start = performance.timeOrigin + performance.now();
        w.postMessage({ id, type: 'APPLY', path: ['advanceTo'], argumentList: [{ type: 'RAW', value: sessionId }, { type: 'RAW', value: target }] });
        const until = performance.now() + spinMs;
        let spins = 0;
        while (performance.now() < until) spins++; // the main thread can run nothing else now
        return { start, end: performance.timeOrigin + performance.now(), spins };
      },
      { id, sessionId: session.id, target, spinMs },
    );
    await expect.poll(async () => (await replies(worker)).some((r) => r.id === id)).toBe(true);
    const reply = (await replies(worker)).find((r) => r.id === id)!;
    expect(reply.tSec, 'the worker advanced our session').toBeCloseTo(target, 3);
    if (reply.at > window_.start && reply.at < window_.end) {
      proven = true;
      break;
    }
  }
  expect(proven, 'the worker answered an advance while the main thread was still blocked').toBe(true);
  expect(consoleErrors).toEqual([]);
});

const encode = (scenario: unknown) => Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64url');

const badScenarios: { name: string; scenario: unknown; path: RegExp }[] = [
  { name: 'an out-of-range parameter', scenario: { kind: 'availability', seed: 1, params: { defaultMttrHours: -3 }, commands: [], until: 100 }, path: /^params\.defaultMttrHours$/ },
  { name: 'a wrongly typed field', scenario: { kind: 'availability', seed: 1, params: { defaultMttrHours: 'four' }, commands: [], until: 100 }, path: /^params\.defaultMttrHours$/ },
  { name: 'an unknown command', scenario: { ...defaultScenario, commands: [{ at: 1, do: 'explode' }] }, path: /^commands\[0\]/ },
];

for (const { name, scenario, path } of badScenarios) {
  test(`a permalink with ${name} shows an error naming its path, not a crash`, async ({ page, consoleErrors }) => {
    await page.goto(`#/gallery/availability?s=${encode(scenario)}`);
    const host = page.locator('.widget-host[data-widget-kind="availability"]');
    await expect(host).not.toHaveAttribute('data-status', 'loading');
    // Params and unknown verbs fail at load; a command's arguments are checked when its time comes (step past it).
    if ((await host.getAttribute('data-status')) === 'ready') await host.getByRole('button', { name: /^Step forward/ }).click();
    const alert = host.getByRole('alert');
    await expect(alert.locator('.error-path')).toHaveText(path);
    // The page still works: the header navigation and the gallery link respond.
    await page.getByRole('link', { name: /All widgets/ }).click();
    await expect(page.getByRole('heading', { name: 'Widget gallery' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}

test('a damaged permalink says so and falls back to the default scenario', async ({ page, consoleErrors }) => {
  await page.goto('#/gallery/availability?s=%%%not-base64&t=-2');
  await expect(page.getByRole('alert').filter({ hasText: 'This link is damaged' })).toBeVisible();
  await expect(page.locator('.widget-host[data-widget-kind="availability"]')).toHaveAttribute('data-status', 'ready');
  expect(consoleErrors).toEqual([]);
});

test('an embed with a bad scenario names the path instead of crashing', async ({ page, consoleErrors }) => {
  await page.goto(`#/embed/v1/availability?s=${encode(badScenarios[0]!.scenario)}`);
  await expect(page.locator('.error-path').first()).toHaveText(/^params\.defaultMttrHours$/);
  expect(consoleErrors).toEqual([]);
});
