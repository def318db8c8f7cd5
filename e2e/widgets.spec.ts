/**
 * Every registered widget, one test each (parallel-safe: each test has its own page): open it in
 * the gallery, run it (play for a moment, or press its first command), then check that
 * - nothing logged a page or console error and no error alert is shown;
 * - axe finds no serious/critical violations in light and in dark colour schemes;
 * - every chart has a reachable data-table alternative (the ChartFrame Chart/Table switch);
 * - export offers CSV/JSON for every chart and the run, and SVG/PNG for every chart;
 * - every visible interactive control is reachable with Tab and has an accessible name.
 *
 * The widget list: one test per widget needs the kinds at collection time, so they are read from
 * app/widgets/registry.ts and the widget folders; the first test reads the gallery page at run
 * time and fails if it lists a widget this file does not cover (or the other way round).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

/** Kinds registered in app/widgets/registry.ts (each folder's widget.ts names its kind). */
function registeredKinds(): string[] {
  const root = join(process.cwd(), 'app', 'widgets');
  const registry = readFileSync(join(root, 'registry.ts'), 'utf8');
  const folders = [...registry.matchAll(/from '\.\/([^/']+)\/widget'/g)].map((m) => m[1]!);
  return folders.map((folder) => /kind:\s*'([^']+)'/.exec(readFileSync(join(root, folder, 'widget.ts'), 'utf8'))?.[1] ?? folder);
}

const KINDS = registeredKinds();

async function galleryKinds(page: Page): Promise<string[]> {
  await page.goto('#/gallery');
  const links = page.getByRole('list', { name: 'Widgets' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace('#/gallery/', '')));
}

test('this spec covers exactly the widgets the gallery lists', async ({ page }) => {
  expect([...(await galleryKinds(page))].sort()).toEqual([...KINDS].sort());
});

async function openWidget(page: Page, kind: string): Promise<Locator> {
  await page.goto(`#/gallery/${encodeURIComponent(kind)}`);
  const host = page.locator(`.widget-host[data-widget-kind="${kind}"]`);
  await expect(host).toHaveAttribute('data-status', 'ready');
  await expect(host.locator('[data-loading]')).toHaveCount(0);
  await expect(host.locator('.widget-host-main > *').first()).toBeVisible();
  return host;
}

/** Plays for a moment (until simulated time moves) or presses the widget's first command button. */
async function runWidget(page: Page, host: Locator): Promise<string> {
  const controls = host.getByRole('group', { name: 'Time controls' });
  if ((await controls.count()) > 0) {
    const readout = controls.locator('.time-readout');
    const before = await readout.innerText();
    await controls.getByRole('button', { name: /Play/ }).click();
    // Soft: a widget that cannot play is reported, and its other checks still run.
    await expect.soft(readout, 'simulated time advances while playing').not.toHaveText(before);
    const pause = controls.getByRole('button', { name: /Pause/ });
    if (await pause.isVisible()) await pause.click();
    await expect(controls.getByRole('button', { name: /Play/ })).toBeVisible();
    return `played to ${await readout.innerText()}`;
  }
  const commands = host.locator('.widget-host-main button:visible:enabled').filter({ hasNot: page.locator('[aria-pressed]') });
  const candidates = await commands.evaluateAll((bs) =>
    bs.map((b, i) => ({ i, inFrame: !!b.closest('.chart-frame-head, .export-menu') })).filter((b) => !b.inFrame),
  );
  if (candidates.length === 0) return 'no command button';
  const button = commands.nth(candidates[0]!.i);
  const label = (await button.innerText()).trim();
  await button.click();
  await expect(host).toHaveAttribute('data-status', 'ready');
  return `pressed "${label}"`;
}

interface Control {
  qa: string;
  tag: string;
  type: string;
  name: string;
  tabIndex: number;
  radioGroup: string;
  composite: string;
}

/** Marks every visible, enabled interactive control in the host and returns what it found. */
async function markControls(host: Locator): Promise<Control[]> {
  return host.evaluate((root) => {
    const interactive =
      'button, input:not([type="hidden"]), select, textarea, a[href], summary, [tabindex], [contenteditable="true"], ' +
      '[role="button"], [role="slider"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="option"], [role="menuitem"], [role="gridcell"], [role="treeitem"], [role="spinbutton"], [role="combobox"], [role="link"]';
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: HTMLElement): string => {
      const by = el.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
      const aria = el.getAttribute('aria-label')?.trim();
      if (aria) return aria;
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length) return [...labels].map((l) => text(l)).join(' ').trim();
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
      const own = el.matches('button, summary, a, [role="button"], [role="tab"], [role="option"], [role="menuitem"], [role="link"], [role="radio"], [role="checkbox"], [role="switch"], [role="gridcell"], [role="treeitem"]')
        ? text(el) || [...el.querySelectorAll('img[alt], svg title')].map((n) => n.getAttribute('alt') ?? n.textContent ?? '').join(' ').trim()
        : '';
      return own || el.getAttribute('title')?.trim() || '';
    };
    const nativeControl = (el: Element) => el.matches('button, input, select, textarea, a[href], summary');
    const found: Control[] = [];
    let n = 0;
    for (const el of root.querySelectorAll<HTMLElement>(interactive)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      if ((el as HTMLButtonElement).disabled || el.closest('[inert], [aria-hidden="true"], fieldset:disabled')) continue;
      const explicit = el.getAttribute('tabindex');
      // A non-control with tabindex=-1 is a programmatic focus target (a group, a heading), not a control.
      const widgetRole = /^(button|slider|checkbox|radio|switch|tab|option|menuitem|gridcell|treeitem|spinbutton|combobox|link)$/.test(el.getAttribute('role') ?? '');
      if (explicit !== null && Number(explicit) < 0 && !nativeControl(el) && !widgetRole) continue;
      if (el.tagName === 'SUMMARY' && el.parentElement?.tagName !== 'DETAILS') continue;
      const qa = `c${n++}`;
      el.setAttribute('data-qa-control', qa);
      const composite = el.closest('[role="grid"], [role="listbox"], [role="radiogroup"], [role="toolbar"], [role="tablist"], [role="menu"], [role="tree"], [role="treegrid"]');
      found.push({
        qa,
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute('type') ?? el.getAttribute('role') ?? '',
        name: nameOf(el).slice(0, 60),
        tabIndex: el.tabIndex,
        radioGroup: el instanceof HTMLInputElement && el.type === 'radio' ? el.name : '',
        composite: composite ? (composite.getAttribute('aria-label') ?? composite.getAttribute('role') ?? 'composite') : '',
      });
    }
    return found;
  });
}

/**
 * Real Tab presses from the link before the host (at most `limit`): the marks focused, in order,
 * recorded by a focusin listener so each press costs one round trip. Tab staying on one element
 * for three presses is a keyboard trap.
 */
async function tabThrough(page: Page, host: Locator, limit: number): Promise<{ reached: Set<string>; trap: string | null }> {
  await page.getByRole('link', { name: /All widgets/ }).focus();
  await host.evaluate((root) => {
    const w = window as unknown as { __qaFocus: string[] };
    w.__qaFocus = [];
    document.addEventListener('focusin', (e) => {
      const el = e.target as Element;
      w.__qaFocus.push(root.contains(el) ? (el.closest('[data-qa-control]')?.getAttribute('data-qa-control') ?? `${el.tagName.toLowerCase()}.${el.className}`) : 'outside');
    });
  });
  for (let i = 0; i < limit; i++) await page.keyboard.press('Tab');
  const seq = await page.evaluate(() => (window as unknown as { __qaFocus: string[] }).__qaFocus);
  const reached = new Set(seq.filter((k) => /^c\d+$/.test(k)));
  const pressesStuck = seq.length < limit - 2 && seq.length > 0 && seq[seq.length - 1] !== 'outside';
  return { reached, trap: pressesStuck ? seq[seq.length - 1]! : null };
}

function describeControl(c: Control): string {
  return `<${c.tag}${c.type ? ` ${c.type}` : ''}> "${c.name}"`;
}

async function checkKeyboard(page: Page, host: Locator): Promise<string[]> {
  const controls = await markControls(host);
  const problems: string[] = [];
  for (const c of controls) if (!c.name) problems.push(`no accessible name: ${describeControl(c)}`);
  // In the sequential focus order = focusable and tabIndex >= 0 (checked for every control);
  // real Tab presses then confirm the order starts in the host and nothing traps focus.
  const focusable = await host.evaluate((root) => {
    const ok: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('[data-qa-control]')) {
      el.focus({ preventScroll: true });
      if (document.activeElement === el && el.tabIndex >= 0) ok.push(el.getAttribute('data-qa-control')!);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return ok;
  });
  const { reached, trap } = await tabThrough(page, host, Math.min(controls.length + 2, 30));
  if (trap) problems.push(`keyboard trap: Tab stays on ${trap}`);
  for (const c of controls.slice(0, Math.min(controls.length, 25))) {
    if (focusable.includes(c.qa) && !reached.has(c.qa) && !c.radioGroup && !c.composite) problems.push(`skipped by real Tab presses: ${describeControl(c)}`);
  }
  const inOrder = new Set(focusable);
  const reachedGroups = new Set(controls.filter((c) => inOrder.has(c.qa)).flatMap((c) => [c.radioGroup && `radio:${c.radioGroup}`, c.composite && `comp:${c.composite}`]));
  for (const c of controls) {
    if (inOrder.has(c.qa)) continue;
    if (c.radioGroup && reachedGroups.has(`radio:${c.radioGroup}`)) continue;
    // Roving tabindex: one member of a composite widget is in the tab order, arrows move inside.
    if (c.composite && c.tabIndex < 0 && reachedGroups.has(`comp:${c.composite}`)) continue;
    problems.push(`not reachable by Tab: ${describeControl(c)}`);
  }
  return problems;
}

/** Charts drawn outside a ChartFrame (SVG or canvas bigger than an icon) that have no table nearby. */
async function chartsWithoutTable(host: Locator): Promise<string[]> {
  return host.locator('.widget-host-main').evaluate((main) => {
    const out: string[] = [];
    for (const el of main.querySelectorAll<HTMLElement | SVGSVGElement>('svg, canvas')) {
      if (el.parentElement?.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 120 || r.height < 80 || el.closest('figure.chart-frame')) continue;
      const scope = el.closest('figure, section, [role="region"], .card') ?? main;
      if (scope.querySelector('table, [data-table-toggle]') || [...scope.querySelectorAll('button')].some((b) => /table/i.test(b.textContent ?? ''))) continue;
      const label = el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? '';
      out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${label.slice(0, 60)}"`);
    }
    return out;
  });
}

async function checkCharts(host: Locator): Promise<string[]> {
  const problems: string[] = [];
  const frames = host.locator('.widget-host-main figure.chart-frame');
  const count = await frames.count();
  for (let i = 0; i < count; i++) {
    const frame = frames.nth(i);
    if (!(await frame.isVisible())) continue;
    const title = (await frame.locator('.chart-frame-title').innerText()).trim();
    const head = frame.locator('.chart-frame-head');
    for (const item of ['Data (CSV)', 'Data (JSON)', 'Picture (SVG)', 'Picture (PNG)']) {
      if ((await head.locator('.export-menu-items button', { hasText: item }).count()) !== 1) problems.push(`chart "${title}": export lacks ${item}`);
    }
    const toggle = head.getByRole('button', { name: 'Table', exact: true });
    if ((await toggle.count()) === 1) {
      await toggle.click();
      if (!(await frame.locator('table').first().isVisible())) problems.push(`chart "${title}": the Table view shows no <table>`);
      await head.getByRole('button', { name: 'Chart', exact: true }).click();
      continue;
    }
    // No Chart/Table switch: accept a table in the frame, possibly behind a disclosure.
    const disclosure = frame.locator('details:not(.export-menu) > summary').filter({ hasText: /table/i });
    if ((await disclosure.count()) > 0) await disclosure.first().click();
    if (!(await frame.locator('table').first().isVisible())) problems.push(`chart "${title}": no Table switch and no table in its frame`);
    else if ((await disclosure.count()) > 0) await disclosure.first().click();
  }
  for (const c of await chartsWithoutTable(host)) problems.push(`chart without a table alternative: ${c}`);
  const run = host.locator('.widget-host-bar .export-menu-items');
  for (const item of ['Data (CSV)', 'Data (JSON)']) {
    if ((await run.locator('button', { hasText: item }).count()) !== 1) problems.push(`"Export run" lacks ${item}`);
  }
  return problems;
}

async function axeBothSchemes(page: Page, axe: () => Promise<unknown[]>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    out[colorScheme] = await axe();
  }
  return out;
}

for (const kind of KINDS) {
  test(`widget ${kind}: runs cleanly, accessible in light and dark, tables, export, keyboard`, async ({ page, axe, consoleErrors }) => {
    test.setTimeout(180_000);
    const host = await openWidget(page, kind);
    const ran = await runWidget(page, host);
    test.info().annotations.push({ type: 'run', description: ran });
    await expect(host).toHaveAttribute('data-status', 'ready');
    expect.soft(await host.locator('[role="alert"]').allInnerTexts(), `${kind} shows no error after running`).toEqual([]);

    const charts = await checkCharts(host);
    const axeFound = await axeBothSchemes(page, axe);
    await page.emulateMedia({ colorScheme: 'light' });
    const keyboard = await checkKeyboard(page, host);

    expect.soft(consoleErrors, `${kind}: page/console errors`).toEqual([]);
    expect.soft(axeFound.light, `${kind}: axe (light)`).toEqual([]);
    expect.soft(axeFound.dark, `${kind}: axe (dark)`).toEqual([]);
    expect.soft(charts, `${kind}: chart tables and export`).toEqual([]);
    expect.soft(keyboard, `${kind}: keyboard reachability and names`).toEqual([]);
  });
}
