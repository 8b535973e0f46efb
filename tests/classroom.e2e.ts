import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphNodes, query, region, shownCount, tableRows, watchFocus, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { screenshot } from './support/browser';

const open = withApp();

async function noHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe('embedding in a class page', () => {
  it('shows one view alone, without page chrome, filling a 320 px frame', async () => {
    for (const view of ['graph', 'table', 'timeline'] as const) {
      const { page, context, errors } = await open(`?embed=1&view=${view}&agencies=esa`, {
        width: 320,
        height: 480,
      });
      await expect(page.locator('header').count()).resolves.toBe(0);
      await expect(region(page, 'Filters').count()).resolves.toBe(0);
      const name = { graph: 'Partnership graph', table: 'Mission table', timeline: 'Timeline' }[view];
      const panel = region(page, name);
      const box = await panel.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(315);
      expect(box?.height).toBeGreaterThanOrEqual(470);
      for (const other of ['Partnership graph', 'Mission table', 'Timeline'].filter((n) => n !== name))
        await expect(region(page, other).count()).resolves.toBe(0);
      expect(await noHorizontalScroll(page)).toBe(true);
      await screenshot(page, `embed-${view}-320`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('fills a 4K frame', async () => {
    const { page, context } = await open('?embed=1&view=graph', { width: 3840, height: 2160 });
    const box = await region(page, 'Partnership graph').boundingBox();
    expect(box?.width).toBeGreaterThan(3800);
    expect(box?.height).toBeGreaterThan(2000);
    await screenshot(page, 'embed-graph-4k');
    await context.close();
  });

  it('gives the link to the current view and a ready iframe snippet', async () => {
    const { page, context } = await open('?agencies=esa,jaxa&match=all');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    // The default dataset travels with the link: no caveat about data kept in this browser.
    await expect(dialog.getByRole('note').count()).resolves.toBe(0);
    await expect(dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue()).resolves.toMatch(
      /\?agencies=esa,jaxa&match=all$/,
    );
    await dialog.getByRole('combobox', { name: 'Show' }).selectOption('timeline');
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?agencies=esa,jaxa&match=all&view=timeline&embed=1" width="800" height="520"/,
    );
    expect(snippet).toContain('title="Space Collaboration Explorer"');
    await screenshot(page, 'share-dialog');
    // The snippet's address opens the embedded timeline.
    const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    await page.goto(src);
    await region(page, 'Timeline').waitFor();
    await expect(region(page, 'Mission table').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('a classroom screen', () => {
  it('present mode: body text at least 24 px on a 1080p screen, high contrast, larger labels', async () => {
    const { page, context } = await open('?present=1', { width: 1920, height: 1080 });
    const bodySize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.panel p') as Element).fontSize),
    );
    expect(bodySize).toBeGreaterThanOrEqual(24);
    const label = await page
      .locator('.node-label')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(label).toBeGreaterThanOrEqual(20);
    // The hubs are named: in the large type where there is room, inside their larger circles where not,
    // never in type too small to read from the back of the room (14 px or more: a box of 15 px and up).
    const names = await page.locator('.node-label').allTextContents();
    for (const hub of ['NASA', 'ESA', 'JAXA']) expect(names).toContain(hub);
    expect(names.length).toBeGreaterThanOrEqual(8);
    const heights = await page
      .locator('.node-label')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(15);
    // The graph is on the first screen, whole.
    const surface = await page.locator('.graph-surface').boundingBox();
    expect((surface?.y ?? 0) + (surface?.height ?? 0)).toBeLessThanOrEqual(1080);
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']).toContain(text);
    // Table rows have room for the large type: no line touching the next.
    const row = tableRows(page).first();
    const [rowHeight, rowText] = await row.evaluate((el) => [
      el.getBoundingClientRect().height,
      parseFloat(getComputedStyle(el).fontSize),
    ]);
    expect(rowHeight).toBeGreaterThanOrEqual(rowText * 2);
    await screenshot(page, 'present-1080p');
    // The toggle turns it off, and the link follows.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => query(page).get('present')).toBeNull();
    await context.close();
  });

  it('present mode on a 720-line projector: the graph, with its agencies, is on the first screen', async () => {
    const { page, context } = await open('?present=1&agencies=esa,jaxa&match=all', {
      width: 1280,
      height: 720,
    });
    const surface = await page.locator('.graph-surface').boundingBox();
    expect(surface?.height).toBeGreaterThanOrEqual(300);
    expect((surface?.y ?? 0) + (surface?.height ?? 0)).toBeLessThanOrEqual(720);
    // The time-lapse bar keeps to one row.
    const bar = await page.getByRole('region', { name: 'Time-lapse' }).boundingBox();
    expect(bar?.height).toBeLessThan(100);
    const names = await page.locator('.node-label').allTextContents();
    for (const name of ['ESA', 'JAXA', 'NASA']) expect(names).toContain(name);
    await screenshot(page, 'present-720p');
    await context.close();
  });

  it('frames a selected mission’s agencies below the caption that names them', async () => {
    const { page, context } = await open('?present=1&agencies=esa,jaxa&match=all&mission=bepicolombo');
    const caption = page.locator('.graph-emphasis');
    await expect(caption.innerText()).resolves.toMatch(/^Highlighting the 3 organizations of BepiColombo$/);
    const overlap = await page.evaluate(() => {
      const band = document.querySelector('.graph-emphasis')?.getBoundingClientRect();
      if (!band) return ['no caption'];
      // The ringed agencies' circles, and every name shown, clear of the caption (a few pixels of a text box's
      // leading aside).
      const marks = [
        ...document.querySelectorAll('g.node.ring circle'),
        ...document.querySelectorAll('text.node-label'),
      ];
      return marks
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.top < band.bottom - 4 && r.bottom > band.top && r.right > band.left && r.left < band.right;
        })
        .map((el) => el.textContent || el.parentElement?.getAttribute('data-id') || '?');
    });
    expect(overlap).toEqual([]);
    await context.close();
  });

  it('plays the time-lapse, pauses, steps with the arrow keys, and keeps the year in the link', async () => {
    const { page, context } = await open();
    const bar = page.getByRole('region', { name: 'Time-lapse' });
    await bar.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '4×' });
    await bar.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => Number(query(page).get('year')), { timeout: 10_000 }).toBeGreaterThan(1977);
    const early = await graphNodes(page).count();
    await expect.poll(() => Number(query(page).get('year')), { timeout: 15_000 }).toBeGreaterThan(2000);
    await bar.getByRole('button', { name: /Pause/ }).click();
    const paused = Number(query(page).get('year'));
    expect(await graphNodes(page).count()).toBeGreaterThan(early); // the network grew
    await expect(page.locator('.year-overlay').innerText()).resolves.toBe(String(paused));
    await screenshot(page, 'timelapse-paused');
    // Arrow keys on the slider step one year.
    await bar.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => Number(query(page).get('year'))).toBe(paused + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => Number(query(page).get('year'))).toBe(paused - 1);
    // Playing replaced history entries instead of adding one per year.
    expect(await page.evaluate(() => history.length)).toBeLessThan(8);
    // End goes back to every year (up to the last year, all missions are shown).
    await page.keyboard.press('End');
    await expect.poll(() => query(page).get('year')).toBeNull();
    await expect(bar.locator('output').innerText()).resolves.toBe('All years');
    await context.close();
  });

  it('shows cumulative and active modes from a link, says so among the filters, and clears from there', async () => {
    const { page, context } = await open('?year=1995');
    const chips = page.getByRole('group', { name: 'Active filters' });
    const nasaCount = () =>
      page.locator('.agency-list label', { hasText: /^NASA/ }).locator('.count').innerText().then(Number);
    await expect(chips.innerText()).resolves.toContain('Time-lapse: up to 1995');
    const cumulative = await shownCount(page);
    const nasaUpTo1995 = await nasaCount();
    await page.getByRole('radio', { name: 'Running this year' }).check();
    await expect.poll(() => query(page).get('lapse')).toBe('active');
    await expect.poll(() => chips.innerText()).toContain('Time-lapse: running in 1995');
    const active = await shownCount(page);
    expect(active).toBeLessThan(cumulative);
    expect(active).toBeGreaterThan(0);
    // The panel's counts follow the year as the views do.
    await expect.poll(nasaCount).toBeLessThan(nasaUpTo1995);
    await chips.getByRole('button', { name: 'Remove Time-lapse: running in 1995' }).click();
    await expect.poll(() => query(page).get('year')).toBeNull();
    await expect.poll(() => page.getByText('No filters: every mission is shown.').isVisible()).toBe(true);
    expect(await shownCount(page)).toBeGreaterThan(cumulative);
    expect(await nasaCount()).toBeGreaterThan(nasaUpTo1995);
    await context.close();
  });

  it('steps through a guided story with the buttons and the clicker keys', async () => {
    const { page, context, errors } = await open();
    await page.locator('summary', { hasText: 'Stories' }).click();
    await page.getByRole('button', { name: 'The ISS partnership' }).click();
    const story = page.getByRole('region', { name: /A handshake in orbit/ });
    await expect(story.innerText()).resolves.toContain('chapter 1 of 5');
    await expect.poll(() => query(page).get('mission')).toBe('apollo-soyuz');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => query(page).get('chapter')).toBe('2');
    expect(query(page).get('agencies')).toBe('nasa,roscosmos');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('chapter')).toBe('3');
    await expect(
      region(page, 'Mission details')
        .getByRole('heading', { name: 'International Space Station' })
        .isVisible(),
    ).resolves.toBe(true);
    await page.keyboard.press('PageUp');
    await expect.poll(() => query(page).get('chapter')).toBe('2');
    // Page Down inside the table or on the time-lapse slider pages there, and leaves the chapter alone.
    await tableRows(page).first().focus();
    await page.keyboard.press('PageDown');
    await page.getByRole('region', { name: 'Time-lapse' }).getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(300);
    expect(query(page).get('chapter')).toBe('2');
    await screenshot(page, 'story-chapter-2');
    await page.getByRole('button', { name: 'Close the story' }).click();
    await expect.poll(() => query(page).get('story')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('every student', () => {
  it('walks the explorer with the keyboard alone', async () => {
    const { page, context } = await open();
    // Tab reaches the agency list; Space ticks an agency.
    const esa = region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ });
    for (let i = 0; i < 40 && !(await esa.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(esa.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const outline = await esa.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await expect.poll(() => query(page).get('agencies')).toBe('esa');
    // Graph nodes are reachable and arrow keys move between partners, announced politely.
    const node = region(page, 'Partnership graph').getByRole('button', { name: /^ESA: / });
    await node.focus();
    const live = region(page, 'Partnership graph').locator('[aria-live="polite"]');
    await expect(live.innerText()).resolves.toMatch(
      /^ESA, European Space Agency: \d+ missions, \d+ partners\. Main partners: /,
    );
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .not.toBe('esa');
    const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await expect(live.innerText()).resolves.not.toContain('ESA, European Space Agency');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('agency')).toBe(moved);
    // Timeline bars open the details with Enter.
    await region(page, 'Timeline')
      .getByRole('button', { name: /, (\d{4}|planned)/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('mission')).not.toBeNull();
    await expect(region(page, 'Mission details').getByRole('heading', { level: 3 }).count()).resolves.toBe(1);
    await context.close();
  });

  it('skips past the filters to a view from the first Tab', async () => {
    const { page, context, errors } = await open();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => ({
        text: document.activeElement?.textContent ?? '',
        id: document.activeElement?.id ?? '',
        top: document.activeElement?.getBoundingClientRect().top ?? -1,
        view: document.activeElement?.closest('section')?.querySelector('h2')?.textContent ?? '',
      }));
    // The first Tab shows the link on screen; the next ones reach the other views' links.
    await expect(focused()).resolves.toMatchObject({ text: 'Skip to the partnership graph' });
    expect((await focused()).top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ text: 'Skip to the mission table' });
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toMatchObject({ id: 'table-title' });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ view: 'Mission table' });
    // The address still describes the view, with no fragment added.
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reaches the timeline in one Tab stop and moves between its bars with the arrow keys', async () => {
    const { page, context, errors } = await open();
    const timeline = region(page, 'Timeline');
    const bars = timeline.getByRole('button', { name: /, (\d{4}|planned)/ });
    await expect(
      bars.evaluateAll((els) => els.filter((el) => el.getAttribute('tabindex') === '0').length),
    ).resolves.toBe(1);
    const focused = () =>
      page.evaluate(() => ({
        name: document.activeElement?.getAttribute('aria-label') ?? '',
        view: document.activeElement?.closest('section')?.querySelector('h2')?.textContent ?? '',
      }));
    // Tab from the first bar leaves the timeline (it used to walk through every bar).
    await bars.first().focus();
    const first = (await focused()).name;
    await page.keyboard.press('ArrowDown');
    // Focus moves once the next bar is rendered: polled, not read at once.
    await expect.poll(async () => (await focused()).name).not.toBe(first);
    expect((await focused()).view).toBe('Timeline');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused()).name).toBe(first);
    // The tooltip names the bar beside it, not in a corner of the panel.
    const gap = () =>
      page.evaluate(() => {
        const bar = document.activeElement?.getBoundingClientRect();
        const tip = document.querySelector('.timeline-tooltip')?.getBoundingClientRect();
        return bar && tip
          ? Math.min(Math.abs(tip.top - bar.bottom), Math.abs(bar.top - tip.bottom))
          : Infinity;
      });
    await expect.poll(gap).toBeLessThan(20);
    // End goes to the last bar of the last lane, scrolled into view and drawn; Enter opens its details.
    // Focus never falls to the page on the way, though the bar left behind is culled as the box scrolls.
    const focusSeen = await watchFocus(page, '.timeline-scroll svg');
    await page.keyboard.press('End');
    await expect.poll(async () => (await focused()).name).not.toBe(first);
    expect((await focusSeen()).filter((name) => !/, (\d{4}|planned)/.test(name))).toEqual([]);
    const last = (await focused()).name;
    const inBox = () =>
      page.evaluate(() => {
        const bar = document.activeElement?.getBoundingClientRect();
        const box = document.querySelector('.timeline-scroll')?.getBoundingClientRect();
        return Boolean(bar && box && bar.top >= box.top - 1 && bar.bottom <= box.bottom + 1);
      });
    await expect.poll(inBox).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('mission')).not.toBeNull();
    await expect(
      region(page, 'Mission details').getByRole('heading', { level: 3 }).innerText(),
    ).resolves.toBe(last.split(',')[0]);
    // The roving stop stays on the bar last moved to: Tab away and back lands there.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ name: last });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.not.toMatchObject({ view: 'Timeline' });
    expect(errors).toEqual([]);
    await context.close();
  });

  const pages: [string, string, { width: number; height: number; colorScheme?: 'light' | 'dark' }?][] = [
    ['default view', '', undefined],
    [
      'dark theme with a selection',
      '?mission=jwst&agency=esa&compare=esa,jaxa',
      { width: 1400, height: 900, colorScheme: 'dark' },
    ],
    ['presentation mode', '?present=1', { width: 1920, height: 1080 }],
    ['a story', '?story=new-space-nations&chapter=2', undefined],
    ['a time-lapse year', '?year=1990', undefined],
    ['embedded graph', '?embed=1&view=graph', { width: 640, height: 480 }],
    ['embedded table', '?embed=1&view=table', { width: 640, height: 480 }],
    ['embedded timeline', '?embed=1&view=timeline', { width: 640, height: 480 }],
    ['phone', '?agencies=isro', { width: 360, height: 740 }],
    // Long names cut to fit, some inside brackets.
    ['phone, two agencies', '?agencies=esa,jaxa', { width: 390, height: 844 }],
  ];
  it.each(pages)('has no axe violations: %s', async (_name, path, options) => {
    const { page, context } = await open(path, options);
    await page.waitForTimeout(200);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('has no axe violations with the dialogs open', async () => {
    const { page, context } = await open();
    for (const [button, dialog] of [
      ['About the data', 'About the data'],
      ['Share', 'Share this view'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('dialog', { name: dialog }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await context.close();
  });

  it('respects reduced motion: no animations or transitions', async () => {
    const { page, context } = await open();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = await page.evaluate(
      () => getComputedStyle(document.querySelector('.button') as Element).transitionDuration,
    );
    expect(parseFloat(duration)).toBeLessThan(0.001);
    await context.close();
  });
});

describe('every screen size', () => {
  const sizes: [string, number, number][] = [
    ['phone-360', 360, 740],
    ['laptop-1366', 1366, 768],
    ['projector-1920', 1920, 1080],
    ['4k-3840', 3840, 2160],
  ];
  it.each(sizes)('lays out on %s without horizontal scrolling', async (name, width, height) => {
    const { page, context, errors } = await open('', { width, height });
    expect(await noHorizontalScroll(page)).toBe(true);
    for (const r of ['Filters', 'Partnership graph', 'Timeline', 'Mission table'])
      await expect(region(page, r).isVisible()).resolves.toBe(true);
    await screenshot(page, `size-${name}`);
    // Every drop-down opens inside the window, and Escape closes it with the focus back on its button.
    for (const label of ['Data', 'Export', 'Stories', 'Columns']) {
      const summary = page.locator('details.menu > summary', { hasText: new RegExp(`^${label}$`) });
      await summary.click();
      // Read as painted: the frame that shows the menu places it.
      const body = await page
        .locator('details.menu[open] > .menu-body')
        .evaluate(
          (el) =>
            new Promise<DOMRect>((ok) =>
              requestAnimationFrame(() => ok(el.getBoundingClientRect().toJSON())),
            ),
        );
      expect(body.x >= 0 && body.x + body.width <= width, `${label} menu at ${JSON.stringify(body)}`).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('details.menu[open]').count()).toBe(0);
      await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    }
    // A column picked on a phone is shown (the narrow layout starts without it, and the table scrolls sideways).
    const table = region(page, 'Mission table');
    await table.locator('summary', { hasText: 'Columns' }).click();
    await table.getByRole('checkbox', { name: 'Status' }).check();
    await page.mouse.click(2, height - 2);
    await expect.poll(() => page.locator('details.menu[open]').count()).toBe(0);
    await expect(table.getByRole('columnheader', { name: /Status/ }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('on a phone, the timeline is drawn at its size: labels as large as on a laptop, none run together', async () => {
    const { page, context } = await open('', { width: 360, height: 740 });
    const timeline = region(page, 'Timeline');
    await timeline.scrollIntoViewIfNeeded();
    const heights = await timeline
      .locator('.bar-label')
      .evaluateAll((labels) => labels.slice(0, 10).map((l) => l.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(9);
    // The year axis: each label clear of the next.
    const years = await timeline
      .locator('svg.timeline .axis > g > text')
      .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((b) => [b.left, b.right]));
    for (let i = 1; i < years.length; i++) expect(years[i]?.[0] ?? 0).toBeGreaterThan(years[i - 1]?.[1] ?? 0);
    // The year strip above it too: its year labels are readable, and none run together.
    const strip = await timeline
      .locator('svg.year-brush .brush-tick')
      .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((b) => [b.left, b.right, b.height]));
    expect(strip.length).toBeGreaterThanOrEqual(3);
    for (const [, , h] of strip) expect(h).toBeGreaterThanOrEqual(9);
    for (let i = 1; i < strip.length; i++) expect(strip[i]?.[0] ?? 0).toBeGreaterThan(strip[i - 1]?.[1] ?? 0);
    await context.close();
  });

  it('on a phone, choosing a mission in the table brings its details into view', async () => {
    const { page, context } = await open('', { width: 360, height: 740 });
    const row = tableRows(page).first();
    await row.scrollIntoViewIfNeeded();
    const name = await row.locator('th').innerText();
    await row.click();
    const details = region(page, 'Mission details');
    await expect
      .poll(() =>
        details.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= -1 && box.top < window.innerHeight / 2;
        }),
      )
      .toBe(true);
    await expect(details.getByRole('heading', { level: 3 }).first().innerText()).resolves.toBe(name);
    await context.close();
  });

  it('on a phone, a long mission name takes two lines of its column rather than being cut to a word', async () => {
    const { page, context } = await open('?embed=1&view=table', { width: 360, height: 740 });
    const cell = await tableRows(page)
      .locator('th')
      .evaluateAll((cells) => {
        const long = cells.find((c) => (c.textContent ?? '').length > 22) as HTMLElement | undefined;
        if (!long) return null;
        const style = getComputedStyle(long);
        const row = long.closest('tr')?.getBoundingClientRect().height ?? 0;
        return { height: long.clientHeight, line: parseFloat(style.lineHeight), row };
      });
    expect(cell).not.toBeNull();
    expect(cell?.height ?? 0).toBeGreaterThanOrEqual(2 * (cell?.line ?? 0) - 1);
    expect(cell?.row ?? 0).toBeGreaterThanOrEqual(cell?.height ?? 0);
    await context.close();
  });
});

describe('without a network', () => {
  it('reopens from the cache after the first visit', async () => {
    const { page, context } = await open();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    // The first load may finish before the worker controls the page; a reload puts it in charge.
    await page.reload();
    await region(page, 'Mission table').waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await region(page, 'Mission table').waitFor();
    expect(await shownCount(page)).toBeGreaterThan(150);
    await screenshot(page, 'offline-reload');
    // The importer's code is loaded after the first view, not with it: it was cached all the same, so a
    // file can be opened offline.
    await page.locator('summary', { hasText: /^Data$/ }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'offline.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,name,start_year,partners\nx-1,Test Sat,2020,NASA\n'),
    });
    const dialog = page.getByRole('dialog', { name: 'Importing offline.csv' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await context.close();
  });
});

describe('in Korean', () => {
  it('switches the whole interface with lang=ko and the language menu, with no axe violations', async () => {
    const { page, context, errors } = await open('?lang=ko&agency=kari');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(region(page, '임무 표').isVisible()).resolves.toBe(true);
    await expect(region(page, '협력 관계 그래프').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.not.toBe(
      'Space Collaboration Explorer',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'korean');
    await expect(region(page, '임무 표').locator('tbody td.col-status').allInnerTexts()).resolves.toContain(
      '완료',
    );
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await expect.poll(() => query(page).get('lang')).toBe('en');
    await expect(region(page, 'Mission table').isVisible()).resolves.toBe(true);
    // The table's cells follow the language too (they are memoized rows, translated by context).
    const statuses = region(page, 'Mission table').locator('tbody td.col-status');
    await expect.poll(() => statuses.allInnerTexts()).not.toContain('완료');
    expect(await statuses.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(Completed|Active|Planned|Cancelled|Failed)$/)]),
    );
    expect(errors).toEqual([]);
    // Korean decades ("1990년대") keep to one line in the comparison's bars.
    await page.goto(`${new URL(page.url()).origin}/?lang=ko&compare=esa,jaxa`);
    const decades = region(page, '기관 비교').locator('.decade');
    await decades.first().waitFor();
    const heights = await decades.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '0')),
    );
    expect(Math.max(...heights)).toBeLessThan(1.5);
    await context.close();
  });
  it('tells a story in Korean, and a change of language keeps what the class changed in the chapter', async () => {
    const { page, context, errors } = await open('?lang=ko&story=new-space-nations&chapter=3');
    const bar = page.getByRole('region', { name: '한국, 달에 가다' });
    await expect(bar.locator('.story-caption').innerText()).resolves.toContain('다누리');
    await expect(bar.locator('.story-name').innerText()).resolves.toContain('새로운 우주 국가들');
    await screenshot(page, 'story-korean');
    // The class ticks another agency; switching to English rewrites the text but keeps that tick.
    const agencies = () => query(page).get('agencies');
    await region(page, '필터').getByRole('checkbox', { name: /^ESA/ }).check();
    await expect.poll(agencies).toContain('esa');
    const ticked = agencies();
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    const english = page.getByRole('region', { name: 'Korea at the Moon' });
    await expect(english.locator('.story-caption').innerText()).resolves.toContain('Danuri');
    expect(agencies()).toBe(ticked);
    await expect(region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ }).isChecked()).resolves.toBe(
      true,
    );
    // The Stories menu lists the stories in the interface's language.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByText('이야기', { exact: true }).click();
    // The list follows the menu's opening by a render (the stories are read when it opens): waited for.
    await expect
      .poll(() => page.getByRole('button', { name: '국제우주정거장 파트너십' }).isVisible())
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const historyLength = (page: Page) => page.evaluate(() => history.length);
/** Waits for the frame after the next one: history is written once a change's frame is painted. */
const painted = (page: Page) =>
  page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
const storyBar = (page: Page, chapter: string) => page.getByRole('region', { name: chapter });

describe('links into a story and a moment of the time-lapse', () => {
  it('reopens exactly the view in a story link, and applies the chapter when the link holds nothing else', async () => {
    // A bare chapter link opens on the chapter's saved view.
    const { page, context, errors } = await open('?story=iss-partnership&chapter=2');
    await storyBar(page, 'Shuttles visit Mir').waitFor();
    await expect.poll(() => query(page).get('agencies')).toBe('nasa,roscosmos');
    expect(query(page).get('mission')).toBe('shuttle-mir');
    // The teacher ticks ESA too, then reloads (or shares) the link: the tick is still there.
    const esa = region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ });
    await esa.check();
    await expect.poll(() => query(page).get('agencies')).toBe('nasa,roscosmos,esa');
    await page.reload();
    await storyBar(page, 'Shuttles visit Mir').waitFor();
    await page.waitForTimeout(300);
    expect(query(page).get('agencies')).toBe('nasa,roscosmos,esa');
    await expect(esa.isChecked()).resolves.toBe(true);
    // A link with a view of its own keeps it whole, though it names a chapter with another view.
    await page.goto(`${new URL(page.url()).origin}/?agencies=esa&story=iss-partnership&chapter=3`);
    await storyBar(page, 'Five agencies, one station').waitFor();
    await page.waitForTimeout(300);
    expect(query(page).get('agencies')).toBe('esa');
    expect(query(page).get('mission')).toBeNull();
    expect(query(page).get('chapter')).toBe('3');
    // Stepping on applies the next chapter's view.
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => query(page).get('compare')).toBe('esa,jaxa');
    expect(query(page).get('agencies')).toBe('esa,jaxa');
    expect(query(page).get('type')).toBe('station');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the embedded view of a story link', async () => {
    const { page, context } = await open('?embed=1&view=graph&story=iss-partnership&chapter=2', {
      width: 640,
      height: 480,
    });
    await expect.poll(() => query(page).get('agencies')).toBe('nasa,roscosmos');
    expect(query(page).get('view')).toBe('graph');
    await expect(region(page, 'Partnership graph').isVisible()).resolves.toBe(true);
    await expect(region(page, 'Mission table').count()).resolves.toBe(0);
    // Stepping on in the frame keeps the one view too.
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => query(page).get('mission')).toBe('iss');
    expect(query(page).get('view')).toBe('graph');
    await expect(region(page, 'Mission table').count()).resolves.toBe(0);
    await context.close();
  });

  it('steps back and forward through the chapters with the browser, adding no entries', async () => {
    const { page, context } = await open();
    await page.locator('summary', { hasText: 'Stories' }).click();
    await page.getByRole('button', { name: 'The ISS partnership' }).click();
    await expect.poll(() => query(page).get('mission')).toBe('apollo-soyuz');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => query(page).get('chapter')).toBe('2');
    // The class ticks ESA in chapter 2, then goes on to chapter 3.
    await region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ }).check();
    await expect.poll(() => query(page).get('agencies')).toBe('nasa,roscosmos,esa');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => query(page).get('mission')).toBe('iss');
    await painted(page);
    const entries = await historyLength(page);
    // Back returns to chapter 2 as the class left it, then to chapter 2 as it began, then chapter 1.
    await page.goBack();
    await expect.poll(() => query(page).get('chapter')).toBe('2');
    await storyBar(page, 'Shuttles visit Mir').waitFor();
    await page.waitForTimeout(300);
    expect(query(page).get('agencies')).toBe('nasa,roscosmos,esa');
    await page.goBack();
    await expect.poll(() => query(page).get('agencies')).toBe('nasa,roscosmos');
    await page.goBack();
    await expect.poll(() => query(page).get('chapter')).toBe('1');
    await storyBar(page, 'A handshake in orbit').waitFor();
    await page.waitForTimeout(300);
    expect(query(page).get('mission')).toBe('apollo-soyuz');
    expect(await historyLength(page)).toBe(entries);
    // Forward still goes all the way.
    await page.goForward();
    await expect.poll(() => query(page).get('agencies')).toBe('nasa,roscosmos');
    await page.goForward();
    await page.goForward();
    await expect.poll(() => query(page).get('chapter')).toBe('3');
    await storyBar(page, 'Five agencies, one station').waitFor();
    expect(query(page).get('mission')).toBe('iss');
    expect(await historyLength(page)).toBe(entries);
    await context.close();
  });

  it('makes one history entry per drag of the time-lapse slider, and per held arrow key', async () => {
    const { page, context } = await open();
    const slider = page.getByRole('region', { name: 'Time-lapse' }).getByRole('slider', { name: 'Year' });
    const box = await slider.boundingBox();
    if (!box) throw new Error('no slider');
    await painted(page);
    const before = await historyLength(page);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 8, y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(box.x + 8 + (i * box.width) / 30, y);
      await painted(page);
    }
    await page.mouse.up();
    await expect.poll(() => query(page).get('year')).not.toBeNull();
    const dragged = Number(query(page).get('year'));
    await painted(page);
    expect(await historyLength(page)).toBe(before + 1);
    // Holding the right arrow key moves several years: one entry more.
    await slider.focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.down('ArrowRight');
      await painted(page);
    }
    await page.keyboard.up('ArrowRight');
    await expect.poll(() => Number(query(page).get('year'))).toBe(dragged + 6);
    await painted(page);
    expect(await historyLength(page)).toBe(before + 2);
    // Back returns to the year before the key was held, then to before the drag.
    await page.goBack();
    await expect.poll(() => Number(query(page).get('year'))).toBe(dragged);
    await page.goBack();
    await expect.poll(() => query(page).get('year')).toBeNull();
    await context.close();
  });

  it('corrects a chapter past the story’s end and a year outside the data, saying so', async () => {
    const { page, context } = await open('?story=iss-partnership&chapter=9');
    const origin = new URL(page.url()).origin;
    await storyBar(page, 'Companies join in').waitFor();
    await expect.poll(() => query(page).get('chapter')).toBe('5');
    await expect(
      page.getByRole('button', { name: /^Dismiss: .*chapter=9.*5 chapters/ }).isVisible(),
    ).resolves.toBe(true);
    // The corrected link replaced the one given: Back leaves the page rather than returning to it.
    await page.goBack();
    expect(page.url()).not.toContain('chapter=9');
    await page.goto(`${origin}/?year=1960`);
    await page.locator('main.layout').waitFor();
    await expect.poll(() => query(page).get('year')).not.toBe('1960');
    const year = Number(query(page).get('year'));
    expect(year).toBeGreaterThan(1960);
    await expect(
      page.getByRole('button', { name: new RegExp(`^Dismiss: .*year=1960.*${year}`) }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('.year-overlay').innerText()).resolves.toBe(String(year));
    await context.close();
  });
});
