import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, openPage } from './browser';

/** Queries as a user finds things: by landmark name, then inside it. */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
export const tableRows = (page: Page) => region(page, 'Mission table').locator('tbody tr:not(.spacer)');
/** The agencies the graph shows (those the filters leave out keep a hidden element). */
export const graphNodes = (page: Page) =>
  region(page, 'Partnership graph').locator('g.node:not([visibility="hidden"])');
export const timelineBars = (page: Page) => region(page, 'Timeline').locator('g.bar');
export const query = (page: Page) => new URL(page.url()).searchParams;

/**
 * How many missions the timeline holds, as its lanes say ("Space station: 12 missions"): it draws only the
 * bars near its view, as the table lists only the rows near its view.
 */
export async function timelineTotal(page: Page): Promise<number> {
  const labels = await region(page, 'Timeline')
    .getByRole('list')
    .evaluateAll((lists) => lists.map((l) => l.getAttribute('aria-label') ?? ''));
  return labels.reduce((sum, label) => sum + Number(/: (\d+) missions$/.exec(label)?.[1] ?? 0), 0);
}

/** The table virtualizes its rows, so the count comes from its "N of M missions" line. */
export async function shownCount(page: Page): Promise<number> {
  const text = await region(page, 'Mission table')
    .getByText(/^[\d,]+ of [\d,]+ missions$/)
    .innerText();
  return Number(text.split(' ')[0]?.replaceAll(',', ''));
}

/** One Chromium for the file; `open` gives a fresh context (no shared storage) on a path of the built app. */
export function withApp() {
  const base = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async function open(path = '', options?: Parameters<typeof openPage>[2]) {
    const opened = await openPage(browser, `${base}${path}`, options);
    // Ready when the views (or an explanation of why there are none) are on screen.
    await opened.page.locator('main.layout, [role="alert"]').first().waitFor();
    // The graph is laid out in a worker: wait, as a user would, until it is drawn ("laying out…" gone).
    await opened.page.waitForFunction(() => !document.querySelector('.busy'), null, { timeout: 15_000 });
    return opened;
  };
}

/**
 * A bar of the timeline found the way a user finds it: scrolling the timeline down until it is drawn (only
 * the bars near the view are in the page).
 */
export async function timelineBar(page: Page, name: RegExp) {
  const timeline = region(page, 'Timeline');
  const bar = timeline.getByRole('button', { name });
  const scroller = timeline.locator('.timeline-scroll');
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  for (let step = 0; step < 60 && (await bar.count()) === 0; step++) {
    const atEnd = await scroller.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollBy(0, el.clientHeight * 0.8);
      return end;
    });
    if (atEnd) break;
    // The bars follow the scroll on the next frame.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  }
  return bar;
}

/**
 * Starts noting where keyboard focus is after every change inside `selector` and on every frame;
 * the returned function gives each place seen (an element's aria-label, or its tag if it has none).
 * A virtualized view that culls the focused element must hand focus on in the same task, or a
 * screen reader announces the page in between: that shows here as 'BODY'.
 */
export async function watchFocus(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((sel) => {
    const seen: string[] = [];
    const note = () => {
      const el = document.activeElement;
      seen.push(el?.getAttribute('aria-label') ?? el?.tagName ?? '(none)');
    };
    const root = document.querySelector(sel);
    if (root) new MutationObserver(note).observe(root, { childList: true, subtree: true });
    const tick = () => {
      note();
      if (seen.length < 2000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    Object.assign(window, { focusSeen: seen });
  }, selector);
  return () => page.evaluate(() => [...new Set((window as unknown as { focusSeen: string[] }).focusSeen)]);
}
