import { chromium, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { query, region, tableRows, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { CHROMIUM, screenshot } from './support/browser';

const open = withApp();
const PHONE = { width: 390, height: 844 };

/** The button that folds the Filters panel away on a phone (whatever it says it will do). */
const foldButton = (page: Page) =>
  region(page, 'Filters').getByRole('button', { name: /^(Show|Hide) filters/ });

/** Where an element's box is on the screen, scrolled or not. */
const boxOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

async function fitsTheFrame(page: Page) {
  return page.evaluate(() => ({
    // Nothing to scroll sideways, and the page itself is no taller than the frame.
    sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
    downwards: document.documentElement.scrollHeight > window.innerHeight + 1,
  }));
}

describe('on a phone, the Filters panel', () => {
  it('starts folded to its head, so the graph is on the first screen', async () => {
    const { page, context, errors } = await open('?agencies=esa,jaxa', PHONE);
    const filters = region(page, 'Filters');
    await expect(filters.isVisible()).resolves.toBe(true);
    await expect(filters.getByRole('heading', { name: 'Filters' }).isVisible()).resolves.toBe(true);
    const button = foldButton(page);
    await expect(button.innerText()).resolves.toMatch(/Show filters · 2 active/);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    // Folded, its boxes are not in the page: nothing to tab through on the way to the graph.
    await expect(filters.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(filters.getByRole('searchbox').count()).resolves.toBe(0);
    // The graph starts in the first half of the screen: the time-lapse bar above it is three short rows.
    const graph = await region(page, 'Partnership graph').boundingBox();
    expect(graph?.y).toBeLessThan(844 / 2 + 60);
    await expect(
      page.getByRole('region', { name: 'Time-lapse' }).evaluate((el) => el.getBoundingClientRect().height),
    ).resolves.toBeLessThan(140);
    expect(await fitsTheFrame(page)).toMatchObject({ sideways: false });
    await screenshot(page, 'phone-filters-folded');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens with its button, and ticking an agency there filters the views', async () => {
    const { page, context, errors } = await open('', PHONE);
    const filters = region(page, 'Filters');
    const button = foldButton(page);
    await expect(button.innerText()).resolves.toMatch(/^\W*Show filters$/);
    const controls = await button.getAttribute('aria-controls');
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(button.innerText()).resolves.toMatch(/Hide filters/);
    // The button names the part it shows, and that part is on screen now.
    await expect(page.locator(`[id="${controls}"]`).isVisible()).resolves.toBe(true);
    const isro = filters.getByRole('checkbox', { name: /^ISRO/ });
    await expect(filters.getByRole('list', { name: 'Agencies' }).isVisible()).resolves.toBe(true);
    await isro.check();
    await expect.poll(() => query(page).get('agencies')).toBe('isro');
    await expect(isro.isChecked()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Remove With ISRO' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'phone-filters-open');
    expect(await axeViolations(page)).toEqual([]);
    // Folded again, it says what is on; the filter stays.
    await button.click();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(button.innerText()).resolves.toMatch(/Show filters · 1 active/);
    await expect(filters.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(query(page).get('agencies')).toBe('isro');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps its heading for the focus when the last filter chip is removed, folded', async () => {
    const { page, context, errors } = await open('?agencies=esa', PHONE);
    await page.getByRole('button', { name: 'Remove With ESA' }).click();
    await expect.poll(() => query(page).get('agencies')).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('filters-title');
    await expect(foldButton(page).innerText()).resolves.toMatch(/^\W*Show filters$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens by itself when the window widens past the one-column layout', async () => {
    const { page, context, errors } = await open('', PHONE);
    await expect(foldButton(page).count()).resolves.toBe(1);
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(() => foldButton(page).count()).toBe(0);
    await expect(region(page, 'Filters').getByRole('checkbox', { name: /^NASA/ }).isVisible()).resolves.toBe(
      true,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('on a wide screen, the Filters panel', () => {
  it('is open, with no button to fold it', async () => {
    const { page, context, errors } = await open();
    const filters = region(page, 'Filters');
    await expect(foldButton(page).count()).resolves.toBe(0);
    await expect(filters.getByRole('list', { name: 'Agencies' }).isVisible()).resolves.toBe(true);
    await expect(filters.getByRole('checkbox', { name: /^ESA/ }).isVisible()).resolves.toBe(true);
    await expect(filters.getByRole('button', { name: 'Reset filters' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'desktop-filters-open');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a single view in a 360 × 480 frame', () => {
  const FRAME = { width: 360, height: 480 };

  it('graph: the drawing leaves room for its colour key, all of it inside the frame', async () => {
    const { page, context, errors } = await open('?embed=1&view=graph', FRAME);
    const graph = region(page, 'Partnership graph');
    const key = graph.getByRole('list', { name: 'Region colours' });
    const last = key.getByRole('listitem').last();
    await expect(last.innerText()).resolves.not.toBe('');
    const box = await last.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= FRAME.height).toBe(true);
    expect(box && box.x >= 0 && box.x + box.width <= FRAME.width).toBe(true);
    const hint = await boxOf(page, '.graph-wrap .hint');
    expect(hint.bottom).toBeLessThanOrEqual(FRAME.height);
    // The drawing keeps a useful size, and the view fills the frame.
    const surface = await boxOf(page, '.graph-surface');
    expect(surface.height).toBeGreaterThan(180);
    const panel = await graph.boundingBox();
    expect(panel?.height).toBeGreaterThanOrEqual(FRAME.height - 1);
    expect(panel?.width).toBeGreaterThanOrEqual(FRAME.width - 1);
    expect(await fitsTheFrame(page)).toEqual({ sideways: false, downwards: false });
    // Colouring by kind: that key fits too.
    await graph.getByRole('radio', { name: 'Kind' }).check();
    const kinds = await graph
      .getByRole('list', { name: 'Kind colours' })
      .getByRole('listitem')
      .last()
      .boundingBox();
    expect(kinds && kinds.y + kinds.height <= FRAME.height).toBe(true);
    await screenshot(page, 'embed-graph-360x480');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('graph: the drawing keeps its size while it is laid out, scroll bars shown or not', async () => {
    // A new size is a new layout, whose "laying out…" note must not resize the drawing again. Headless
    // Chromium hides scroll bars unless told otherwise; a desktop browser's take room, so they are shown here.
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
      ignoreDefaultArgs: ['--hide-scrollbars'],
    });
    try {
      for (const width of [320, 360, 561]) {
        const page = await browser.newPage({ viewport: { width, height: FRAME.height } });
        await page.goto(`${inject('baseUrl')}?embed=1&view=graph`);
        const surface = page.locator('.graph-surface');
        await surface.waitFor();
        const sizes = new Set<string>();
        for (let i = 0; i < 20; i++) {
          const box = await boxOf(page, '.graph-surface');
          sizes.add(`${Math.round(box.width)}×${Math.round(box.height)}`);
          await page.waitForTimeout(100);
        }
        expect([...sizes], `at ${width} px`).toHaveLength(1);
        await expect.poll(() => page.locator('.busy').count()).toBe(0);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('table: rows scroll inside the view, its hint and head stay in the frame', async () => {
    const { page, context, errors } = await open('?embed=1&view=table', FRAME);
    const table = region(page, 'Mission table');
    const scroller = await boxOf(page, '.table-scroll');
    expect(scroller.bottom).toBeLessThanOrEqual(FRAME.height);
    expect(scroller.height).toBeGreaterThan(200);
    const hint = await boxOf(page, '.table-panel .hint');
    expect(hint.bottom).toBeLessThanOrEqual(FRAME.height);
    await expect(table.getByRole('searchbox').isVisible()).resolves.toBe(true);
    // The last mission is reached by scrolling the table itself.
    const reachable = await page.locator('.table-scroll').evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(reachable).toBe(true);
    expect(await fitsTheFrame(page)).toEqual({ sideways: false, downwards: false });
    await screenshot(page, 'embed-table-360x480');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('table in a 320 px frame: name, years and partners fit its width, the partners not cut at the edge', async () => {
    const { page, context, errors } = await open('?embed=1&view=table&agencies=isro', {
      width: 320,
      height: 480,
    });
    await tableRows(page).first().waitFor();
    const box = page.locator('.table-scroll');
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const partners = await boxOf(page, '.missions thead .col-partners');
    const scroller = await boxOf(page, '.table-scroll');
    expect(partners.right).toBeLessThanOrEqual(scroller.right + 1);
    await screenshot(page, 'embed-table-320x480');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('timeline: its lanes scroll inside the view, which ends inside the frame', async () => {
    const { page, context, errors } = await open('?embed=1&view=timeline', FRAME);
    const timeline = region(page, 'Timeline');
    await timeline.locator('g.bar').first().waitFor();
    const scroller = await boxOf(page, '.timeline-scroll');
    expect(scroller.bottom).toBeLessThanOrEqual(FRAME.height);
    expect(scroller.height).toBeGreaterThan(200);
    const key = await timeline.getByRole('list', { name: 'Bar styles' }).boundingBox();
    expect(key && key.y + key.height <= FRAME.height).toBe(true);
    expect(await fitsTheFrame(page)).toEqual({ sideways: false, downwards: false });
    await screenshot(page, 'embed-timeline-360x480');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a table embedded at 640 px', () => {
  it('starts with the name, years and partners, each column wide enough to read', async () => {
    const { page, context, errors } = await open('?embed=1&view=table', { width: 640, height: 480 });
    const table = region(page, 'Mission table');
    await expect(
      table
        .locator('thead th')
        .evaluateAll((ths) => ths.map((th) => th.textContent?.replace(/[▲▼↕]/g, '').trim())),
    ).resolves.toEqual(['Mission', 'Years', 'Partners']);
    // Six columns left the partners one letter wide ("N…").
    const partners = await table.locator('thead th.col-partners').boundingBox();
    expect(partners?.width).toBeGreaterThan(200);
    await screenshot(page, 'embed-table-640');
    expect(errors).toEqual([]);
    await context.close();
  });
});
