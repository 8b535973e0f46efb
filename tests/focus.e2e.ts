import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphNodes, query, region, tableRows, watchFocus, withApp } from './support/app';

const open = withApp();

/** Where keyboard focus is, as a screen reader names it: its label, else its text, else its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return el.getAttribute('aria-label') ?? (el.textContent?.trim() || el.tagName);
  });

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/**
 * Presses `key` on `control` and says every place focus was seen in until it settles on a target: focus
 * must go from the control to its target directly, never by way of the page.
 */
async function pressAndWatch(page: Page, control: Locator, key = 'Enter') {
  await control.focus();
  const seen = await watchFocus(page, 'body');
  await page.keyboard.press(key);
  return seen;
}

const menuButton = (page: Page, name: string) =>
  page.locator('details.menu > summary', { hasText: new RegExp(`^${name}$`) });

describe('keyboard focus never falls to the page', () => {
  it('after choosing an item in the Export, Data and Stories menus: back on the menu’s button', async () => {
    const { page, context, errors } = await open();
    for (const [menu, item] of [
      ['Export', 'Missions as CSV'],
      ['Data', 'Default dataset'],
      ['Stories', 'The ISS partnership'],
    ] as const) {
      await menuButton(page, menu).click();
      const seen = await pressAndWatch(page, page.getByRole('button', { name: item }));
      await expect.poll(() => page.locator('details.menu[open]').count()).toBe(0);
      await expect.poll(() => isFocused(menuButton(page, menu))).toBe(true);
      expect(await seen()).not.toContain('BODY');
    }
    await expect.poll(() => query(page).get('story')).toBe('iss-partnership');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after cancelling or finishing an import: back on the Data button', async () => {
    const { page, context, errors } = await open();
    const data = menuButton(page, 'Data');
    const file = {
      name: 'two.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,name,start_year,partners\nx-1,Test Sat,2020,NASA\nx-2,Other Sat,2021,ESA\n'),
    };
    for (const finish of ['Cancel', /^Load 2 missions$/] as const) {
      await data.click();
      // Chosen from the keyboard: the file box is the control that has focus.
      const input = page.locator('input[type="file"]');
      await input.focus();
      const seen = await watchFocus(page, 'body');
      await input.setInputFiles(file);
      const dialog = page.getByRole('dialog', { name: 'Importing two.csv' });
      await dialog.getByRole('button', { name: finish }).waitFor();
      await dialog.getByRole('button', { name: finish }).press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => isFocused(data)).toBe(true);
      expect(await seen()).not.toContain('BODY');
    }
    await expect.poll(() => query(page).get('data')).toMatch(/^local:/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after resetting the filters: on the Filters heading', async () => {
    const { page, context } = await open('?agencies=esa,jaxa&year=1995');
    const heading = region(page, 'Filters').getByRole('heading', { name: 'Filters' });
    // The panel's own button, which is disabled by its use.
    let seen = await pressAndWatch(page, page.getByRole('button', { name: 'Reset filters' }));
    await expect.poll(() => query(page).get('agencies')).toBeNull();
    await expect.poll(() => isFocused(heading)).toBe(true);
    expect(await seen()).not.toContain('BODY');
    // The chips' Reset all, which goes with the last chip.
    await page.getByRole('button', { name: 'Remove Time-lapse: up to 1995' }).waitFor();
    seen = await pressAndWatch(page, page.getByRole('button', { name: 'Reset all' }));
    await expect.poll(() => query(page).get('year')).toBeNull();
    await expect.poll(() => isFocused(heading)).toBe(true);
    expect(await seen()).not.toContain('BODY');
    await context.close();
  });

  it('after “Show all years”: on the year slider', async () => {
    const { page, context } = await open('?year=1995');
    const bar = page.getByRole('region', { name: 'Time-lapse' });
    const seen = await pressAndWatch(page, bar.getByRole('button', { name: 'Show all years' }));
    await expect.poll(() => query(page).get('year')).toBeNull();
    await expect.poll(() => isFocused(bar.getByRole('slider', { name: 'Year' }))).toBe(true);
    expect(await seen()).not.toContain('BODY');
    await context.close();
  });

  it('at the story’s last chapter and after closing it: on the chapter, then the Stories button', async () => {
    const { page, context } = await open('?story=iss-partnership&chapter=4');
    const story = page.locator('section.story-bar');
    await story.getByRole('heading', { level: 2 }).waitFor();
    let seen = await pressAndWatch(page, story.getByRole('button', { name: 'Next →' }));
    await expect.poll(() => query(page).get('chapter')).toBe('5');
    await expect.poll(() => isFocused(story.getByRole('heading', { level: 2 }))).toBe(true);
    expect(await seen()).not.toContain('BODY');
    seen = await pressAndWatch(page, story.getByRole('button', { name: 'Close the story' }));
    await expect.poll(() => query(page).get('story')).toBeNull();
    await expect.poll(() => isFocused(menuButton(page, 'Stories'))).toBe(true);
    expect(await seen()).not.toContain('BODY');
    await context.close();
  });

  it('after closing the mission details: on the table row they came from', async () => {
    const { page, context } = await open();
    const row = tableRows(page).nth(2);
    await row.focus();
    await page.keyboard.press('Enter');
    const details = region(page, 'Mission details');
    const name = await row.locator('th').innerText();
    await expect(details.getByRole('heading', { level: 3 }).innerText()).resolves.toBe(name);
    const seen = await pressAndWatch(page, details.getByRole('button', { name: 'Close mission details' }));
    await expect.poll(() => query(page).get('mission')).toBeNull();
    await expect.poll(() => isFocused(row)).toBe(true);
    expect(await seen()).not.toContain('BODY');
    await context.close();
  });

  it('after closing the agency details: on the graph node they came from', async () => {
    const { page, context } = await open();
    const node = region(page, 'Partnership graph').getByRole('button', { name: /^ESA: / });
    await node.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('agency')).toBe('esa');
    const seen = await pressAndWatch(page, page.getByRole('button', { name: 'Stop focusing on ESA' }));
    await expect.poll(() => query(page).get('agency')).toBeNull();
    await expect.poll(() => isFocused(node)).toBe(true);
    expect(await seen()).not.toContain('BODY');
    await context.close();
  });

  it('after dismissing a notice: on the next notice, then the main region', async () => {
    const { page, context } = await open('?color=rainbow&lanes=sideways');
    const dismiss = page.getByRole('button', { name: /^Dismiss: / });
    await expect.poll(() => dismiss.count()).toBe(2);
    let seen = await pressAndWatch(page, dismiss.first());
    await expect.poll(() => dismiss.count()).toBe(1);
    await expect.poll(() => isFocused(dismiss.first())).toBe(true);
    expect(await seen()).not.toContain('BODY');
    seen = await pressAndWatch(page, dismiss.first());
    await expect.poll(() => dismiss.count()).toBe(0);
    await expect.poll(() => focused(page)).not.toBe('BODY');
    await expect(isFocused(page.getByRole('main'))).resolves.toBe(true);
    expect(await seen()).not.toContain('BODY');
    await context.close();
  });
});

/** The graph's tooltip, and a node's circle centre to point at. */
const graphTooltip = (page: Page) => region(page, 'Partnership graph').getByRole('tooltip');
async function pointAt(page: Page, id: string) {
  const box = await region(page, 'Partnership graph').locator(`g.node[data-id="${id}"] circle`).boundingBox();
  if (!box) throw new Error(`no circle for ${id}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}
/** What a node says of itself ("NASA: 120 missions, 30 partners"), as the graph shows it now. */
const nodeCounts = (page: Page, id: string) =>
  region(page, 'Partnership graph')
    .locator(`g.node[data-id="${id}"]`)
    .getAttribute('aria-label')
    .then((label) => /: (\d+ missions?)/.exec(label ?? '')?.[1]);

/**
 * Opens the story at its third chapter (the whole graph) and names the largest agency the fourth (the ISS's
 * pieces with ESA or JAXA in 2008) hides.
 */
async function beforeHidingPageTurn() {
  const opened = await open('?agencies=esa,jaxa&type=station&from=2008&to=2008');
  const { page } = opened;
  const kept = await graphNodes(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
  await page.goto(`${new URL(page.url()).origin}/?story=iss-partnership&chapter=3`);
  await page.waitForFunction(() => document.querySelector('g.node') && !document.querySelector('.busy'));
  // The nodes come largest first.
  const id = await graphNodes(page).evaluateAll(
    (els, shown) => els.map((el) => el.getAttribute('data-id') ?? '').find((i) => !shown.includes(i)) ?? '',
    kept,
  );
  const node = region(page, 'Partnership graph').locator(`g.node[data-id="${id}"]`);
  const name = (await node.getAttribute('aria-label'))?.split(':')[0] ?? '';
  return { ...opened, id, node, name };
}

describe('a focused row or bar its box stops drawing', () => {
  it('a table row scrolled out of the box with the wheel: focus goes to a row in view, where the user scrolled', async () => {
    const { page, context, errors } = await open();
    const box = region(page, 'Mission table').locator('.table-scroll');
    const first = tableRows(page).first();
    await first.focus();
    const seen = await watchFocus(page, '.table-scroll tbody');
    await box.hover();
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    await expect.poll(() => box.locator('tr[data-index="0"]').count()).toBe(0);
    const now = box.locator('tbody tr:focus');
    await expect.poll(() => now.count()).toBe(1);
    // Below the sticky header, inside the box's view.
    const place = await now.evaluate((el) => {
      const b = el.getBoundingClientRect();
      const headBottom = el.closest('table')?.querySelector('thead')?.getBoundingClientRect().bottom ?? 0;
      const v = (el.closest('.table-scroll') as HTMLElement).getBoundingClientRect();
      return b.top >= headBottom - 1 && b.bottom <= v.bottom + 1;
    });
    expect(place).toBe(true);
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    expect(await seen()).not.toContain('BODY');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a timeline bar scrolled out of its box with the wheel: focus goes to a bar in view', async () => {
    const { page, context, errors } = await open();
    const timeline = region(page, 'Timeline');
    const box = timeline.locator('.timeline-scroll');
    const first = timeline.locator('g[role="button"]').first();
    await first.focus();
    const id = await first.getAttribute('data-id');
    const seen = await watchFocus(page, '.timeline-scroll svg');
    await box.hover();
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    // The bar left behind is no longer drawn, and focus is on one that is, inside the box's view.
    await expect.poll(() => timeline.locator(`g[role="button"][data-id="${id}"]`).count()).toBe(0);
    const now = timeline.locator('g[role="button"]:focus');
    await expect.poll(() => now.count()).toBe(1);
    const inside = await now.evaluate((el) => {
      const b = el.getBoundingClientRect();
      const v = (el.closest('.timeline-scroll') as HTMLElement).getBoundingClientRect();
      return b.bottom > v.top && b.top < v.bottom;
    });
    expect(inside).toBe(true);
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    expect(await seen()).not.toContain('BODY');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('tooltips follow the data shown', () => {
  it('a hovered node hidden by a story page-turn takes its tooltip with it', async () => {
    const { page, context, errors, id, node, name } = await beforeHidingPageTurn();
    await pointAt(page, id);
    await expect.poll(() => graphTooltip(page).locator('strong').innerText()).toBe(name);
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('chapter')).toBe('4');
    await expect.poll(() => node.getAttribute('visibility')).toBe('hidden');
    await expect.poll(() => graphTooltip(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a focused node hidden by a story page-turn hands focus and tooltip to a node still shown', async () => {
    const { page, context, errors, id, node, name } = await beforeHidingPageTurn();
    await node.focus();
    await expect.poll(() => graphTooltip(page).locator('strong').innerText()).toBe(name);
    const seen = await watchFocus(page, 'body');
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('chapter')).toBe('4');
    await expect.poll(() => node.getAttribute('visibility')).toBe('hidden');
    // The graph's Tab stop, whose tooltip it shows.
    const now = page.locator('.graph-panel g.node:focus');
    await expect.poll(() => now.count()).toBe(1);
    await expect(now.getAttribute('visibility')).resolves.toBeNull();
    await expect(now.getAttribute('data-id')).resolves.not.toBe(id);
    await expect.poll(() => graphTooltip(page).locator('strong').innerText()).not.toBe(name);
    expect(await seen()).not.toContain('BODY');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a graph tooltip’s counts follow the time-lapse year', async () => {
    const { page, context } = await open('?year=1990');
    const bar = page.getByRole('region', { name: 'Time-lapse' });
    await bar.getByRole('slider', { name: 'Year' }).focus();
    await pointAt(page, 'nasa');
    const before = await nodeCounts(page, 'nasa');
    await expect.poll(() => graphTooltip(page).innerText()).toContain(before);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('year')).toBe('1995');
    const after = await nodeCounts(page, 'nasa');
    expect(after).not.toBe(before);
    await expect.poll(() => graphTooltip(page).innerText()).toContain(after);
    await context.close();
  });

  it('a timeline tooltip stays beside its bar while the time-lapse moves the bars', async () => {
    const { page, context } = await open('?year=1991&lapse=active');
    const timeline = region(page, 'Timeline');
    await page.getByRole('region', { name: 'Time-lapse' }).getByRole('button', { name: /Play/ }).click();
    // Hubble runs on through every year; the telescopes above it that ended leave the running year, and
    // its bar moves up the lane.
    const hubble = timeline.locator('g[role="button"][data-id="hubble"]');
    await hubble.focus();
    await timeline.getByRole('tooltip').waitFor();
    const start = await hubble.evaluate((el) => el.getBoundingClientRect().top);
    const place = () =>
      page.evaluate((top) => {
        const bar = document.querySelector('.timeline g[role="button"][data-id="hubble"]');
        const tip = document.querySelector('.timeline-tooltip');
        if (!bar || !tip) return { moved: 0, apart: Infinity };
        const b = bar.getBoundingClientRect();
        const t = tip.getBoundingClientRect();
        return {
          moved: Math.abs(b.top - top),
          apart: Math.min(Math.abs(t.top - b.bottom), Math.abs(b.top - t.bottom)),
        };
      }, start);
    await expect.poll(async () => (await place()).moved, { timeout: 15_000 }).toBeGreaterThan(40);
    expect((await place()).apart).toBeLessThan(20);
    await context.close();
  });
});

describe('focus rings', () => {
  it('“Open a file…” shows one when its file box is reached by keyboard', async () => {
    const { page, context } = await open();
    await menuButton(page, 'Data').focus();
    await page.keyboard.press('Enter');
    // The menu's first control: the file box, hidden behind its label.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('file');
    const ring = await page.locator('label', { hasText: 'Open a file…' }).evaluate((el) => ({
      style: getComputedStyle(el).outlineStyle,
      width: getComputedStyle(el).outlineWidth,
    }));
    expect(ring.style).not.toBe('none');
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    // Only while it has focus.
    await page.keyboard.press('Tab');
    await expect(
      page.locator('label', { hasText: 'Open a file…' }).evaluate((el) => getComputedStyle(el).outlineStyle),
    ).resolves.toBe('none');
    await context.close();
  });
});
