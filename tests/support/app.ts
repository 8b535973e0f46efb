import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, openPage } from './browser';

/** Queries as a user finds things: by landmark name, then inside it. */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
export const tableRows = (page: Page) => region(page, 'Mission table').locator('tbody tr:not(.spacer)');
export const graphNodes = (page: Page) => region(page, 'Partnership graph').locator('g.node');
export const timelineBars = (page: Page) => region(page, 'Timeline').locator('g.bar');
export const query = (page: Page) => new URL(page.url()).searchParams;

/** The table virtualizes its rows, so the count comes from its "N of M missions" line. */
export async function shownCount(page: Page): Promise<number> {
  const text = await region(page, 'Mission table')
    .getByText(/^\d+ of \d+ missions$/)
    .innerText();
  return Number(text.split(' ')[0]);
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
