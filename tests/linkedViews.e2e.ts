import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  graphNodes,
  query,
  region,
  shownCount,
  tableRows,
  timelineBar,
  timelineTotal,
  watchFocus,
  withApp,
} from './support/app';
import { screenshot } from './support/browser';

const open = withApp();

/** Whether the selected row and bar lie inside their scrolling boxes, as a user would see them. */
function inSight(page: Page) {
  return page.evaluate(() => {
    const pairs: Record<string, [string, string]> = {
      row: ['.missions tbody tr.selected', '.table-scroll'],
      bar: ['.timeline-scroll g[role="button"][aria-pressed="true"]', '.timeline-scroll'],
    };
    const out: Record<string, boolean> = {};
    for (const [key, [item, box]] of Object.entries(pairs)) {
      const r = document.querySelector(item)?.getBoundingClientRect();
      const b = document.querySelector(box)?.getBoundingClientRect();
      out[key] = Boolean(r && b && r.height > 0 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1);
    }
    return out;
  });
}

async function nodeCentre(page: Page, name: RegExp) {
  const box = await region(page, 'Partnership graph')
    .getByRole('button', { name })
    .locator('circle')
    .boundingBox();
  if (!box) throw new Error(`no node ${name}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('answering partnership questions in a few clicks', () => {
  it('what have ESA and JAXA built together? (agencies with "all" matching)', async () => {
    const { page, context, errors } = await open();
    const filters = region(page, 'Filters');
    await filters.getByRole('checkbox', { name: /^ESA/ }).check();
    await filters.getByRole('checkbox', { name: /^JAXA/ }).check();
    await filters.getByRole('radio', { name: 'all of them' }).check();
    await expect.poll(() => query(page).get('match')).toBe('all');
    expect(query(page).get('agencies')).toBe('esa,jaxa');
    const count = await shownCount(page);
    expect(count).toBeGreaterThan(5);
    for (const row of await tableRows(page).allInnerTexts()) {
      expect(row).toContain('ESA');
      expect(row).toContain('JAXA');
    }
    // Every one of them is in the timeline's lanes (it draws the bars near its view).
    expect(await timelineTotal(page)).toBe(count);
    const chips = page.getByRole('group', { name: 'Active filters' });
    await expect(chips.innerText()).resolves.toMatch(/With ESA[\s\S]*and JAXA/);
    await screenshot(page, 'esa-and-jaxa');
    // With fewer than two agencies "all" means nothing, and the link no longer says it; the radio keeps the
    // choice for when a second agency is ticked again.
    await filters.getByRole('checkbox', { name: /^JAXA/ }).uncheck();
    await expect.poll(() => query(page).get('agencies')).toBe('esa');
    expect(query(page).get('match')).toBeNull();
    await filters.getByRole('checkbox', { name: /^ESA/ }).uncheck();
    await expect.poll(() => page.url()).not.toContain('?');
    await filters.getByRole('checkbox', { name: /^NASA/ }).check();
    await filters.getByRole('checkbox', { name: /^JAXA/ }).check();
    await expect.poll(() => query(page).get('agencies')).toBe('nasa,jaxa');
    expect(query(page).get('match')).toBe('all');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the page still when the first filter comes and the last goes', async () => {
    const { page, context, errors } = await open();
    const esa = region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ });
    const top = async () => (await esa.boundingBox())?.y;
    const before = await top();
    await esa.check();
    await expect.poll(() => query(page).get('agencies')).toBe('esa');
    await expect(page.getByRole('group', { name: 'Active filters' }).isVisible()).resolves.toBe(true);
    // The box just clicked is still under the pointer: the chips' bar kept its place while empty.
    expect(await top()).toBe(before);
    await esa.uncheck();
    await expect.poll(() => query(page).get('agencies')).toBeNull();
    await expect(page.getByText('No filters: every mission is shown.').isVisible()).resolves.toBe(true);
    expect(await top()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by facets with live counts, shows chips, and resets', async () => {
    const { page, context } = await open();
    const filters = region(page, 'Filters');
    const all = await shownCount(page);
    await filters.getByRole('combobox', { name: 'Type' }).selectOption('telescope');
    await expect.poll(() => query(page).get('type')).toBe('telescope');
    const telescopes = await shownCount(page);
    expect(telescopes).toBeLessThan(all);
    // The status counts now count telescopes only.
    const statusOptions = await filters
      .getByRole('combobox', { name: 'Status' })
      .locator('option')
      .allInnerTexts();
    const sum = statusOptions.slice(1).reduce((n, o) => n + Number(/\((\d+)\)/.exec(o)?.[1] ?? 0), 0);
    expect(sum).toBe(telescopes);
    await filters.getByRole('combobox', { name: 'Decade' }).selectOption('1990');
    await expect.poll(() => query(page).get('from')).toBe('1990');
    expect(query(page).get('to')).toBe('1999');
    await page.getByRole('button', { name: 'Remove Space telescope' }).click();
    await expect.poll(() => query(page).get('type')).toBeNull();
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(() => shownCount(page)).toBe(all);
    expect(page.url()).not.toContain('?');
    await context.close();
  });

  it('hides and shows table columns, headers always above their cells', async () => {
    const { page, context } = await open();
    const table = region(page, 'Mission table');
    // Each header spans the same pixels as the cells under it, and the columns fill the table's width.
    const aligned = () =>
      table.evaluate((section) => {
        const heads = [...section.querySelectorAll('thead th')];
        const cells = [...(section.querySelector('tbody tr[data-index]')?.children ?? [])];
        const width = (section.querySelector('table') as Element).getBoundingClientRect().width;
        const used = cells.reduce((sum, c) => sum + c.getBoundingClientRect().width, 0);
        return {
          columns: heads.length === cells.length,
          lined: heads.every((h, i) => {
            const c = cells[i];
            return (
              !!c &&
              Math.abs(h.getBoundingClientRect().left - c.getBoundingClientRect().left) < 1 &&
              Math.abs(h.getBoundingClientRect().width - c.getBoundingClientRect().width) < 1
            );
          }),
          filled: Math.abs(used - width) < 2,
        };
      });
    expect(await aligned()).toEqual({ columns: true, lined: true, filled: true });
    await table.locator('summary', { hasText: 'Columns' }).click();
    await table.getByRole('checkbox', { name: 'Partners' }).uncheck();
    await table.getByRole('checkbox', { name: 'Destination' }).check();
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.join('|')).toContain('Destination');
    expect(headers.join('|')).not.toContain('Partners');
    expect(await aligned()).toEqual({ columns: true, lined: true, filled: true });
    await expect(table.getByRole('checkbox', { name: 'Mission' }).isDisabled()).resolves.toBe(true);
    await context.close();
  });

  it('keeps the table’s order and columns in the link, and ignores bad ones with a notice', async () => {
    const { page, context, errors } = await open();
    const table = region(page, 'Mission table');
    await table.getByRole('button', { name: 'Partners' }).click();
    await expect.poll(() => query(page).get('sort')).toBe('-partners');
    await table.locator('summary', { hasText: 'Columns' }).click();
    await table.getByRole('checkbox', { name: 'Type' }).uncheck();
    await expect.poll(() => query(page).get('columns')).toBe('name,years,status,partners');
    // The link reopens the table as it was: sorted by partners, biggest first, without the type.
    await page.reload();
    await expect(
      table.getByRole('columnheader', { name: /Partners/ }).getAttribute('aria-sort'),
    ).resolves.toBe('descending');
    await expect(table.getByRole('columnheader', { name: /Type/ }).count()).resolves.toBe(0);
    // Back undoes the column, then the sort.
    await page.goBack();
    await expect.poll(() => query(page).get('columns')).toBeNull();
    await expect.poll(() => table.getByRole('columnheader', { name: /Type/ }).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => query(page).get('sort')).toBeNull();
    await expect(table.getByRole('columnheader', { name: /Years/ }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    expect(errors).toEqual([]);
    await page.goto(`${new URL(page.url()).origin}/?sort=start&columns=name,years`);
    await table.waitFor();
    await expect(
      page.getByRole('button', { name: /^Dismiss: Ignored sort="start"/ }).isVisible(),
    ).resolves.toBe(true);
    await expect(table.getByRole('columnheader', { name: /Years/ }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    await expect(table.locator('thead th').count()).resolves.toBe(2);
    await context.close();
  });

  it('walks the table with the keyboard: arrows, End, Enter opens the details', async () => {
    const { page, context } = await open();
    await tableRows(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focusedRow = () => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'));
    await expect.poll(focusedRow).toBe('4'); // the header is row 1
    const third = await page.evaluate(() => document.activeElement?.querySelector('th')?.textContent);
    await page.keyboard.press('Enter');
    await expect(
      region(page, 'Mission details').getByRole('heading', { level: 3 }).innerText(),
    ).resolves.toBe(third);
    // The address follows once the frame is painted (history writes are deferred).
    await expect.poll(() => query(page).get('mission')).toBeTruthy();
    // End reaches the last of ~180 rows although only a few dozen exist in the page at a time, and
    // focus goes from row to row without falling to the page while the first rows are dropped.
    const focusSeen = await watchFocus(page, 'section:has(#table-title) table');
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')))
      .toBe(String((await shownCount(page)) + 1));
    expect(await focusSeen()).toEqual(['TR']);
    await context.close();
  });
});

describe('the graph as an instrument', () => {
  it('highlights a hovered agency’s neighbours and dims the rest', async () => {
    const { page, context } = await open();
    await region(page, 'Partnership graph')
      .getByRole('button', { name: /^ISRO: / })
      .hover();
    const dimmed = await region(page, 'Partnership graph').locator('g.node.dim').count();
    expect(dimmed).toBeGreaterThan(10);
    expect(dimmed).toBeLessThan(await graphNodes(page).count());
    await screenshot(page, 'hover-isro');
    await context.close();
  });

  it('drags an agency to a new place, where it stays', async () => {
    const { page, context } = await open();
    const start = await nodeCentre(page, /^CNES: /);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 40, { steps: 6 });
    await page.mouse.up();
    const end = await nodeCentre(page, /^CNES: /);
    expect(end.x - start.x).toBeGreaterThan(45);
    expect(end.y - start.y).toBeGreaterThan(25);
    // A drag is not a click: nothing got focused.
    expect(query(page).get('agency')).toBeNull();
    await context.close();
  });

  it('zooms with the wheel and the buttons, and fits back', async () => {
    const { page, context } = await open();
    const a0 = await nodeCentre(page, /^NASA: /);
    const b0 = await nodeCentre(page, /^ESA: /);
    const d0 = Math.hypot(a0.x - b0.x, a0.y - b0.y);
    await page.mouse.move(a0.x + 5, a0.y + 60);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => {
        const a = await nodeCentre(page, /^NASA: /);
        const b = await nodeCentre(page, /^ESA: /);
        return Math.hypot(a.x - b.x, a.y - b.y) / d0;
      })
      .toBeGreaterThan(1.3);
    await region(page, 'Partnership graph').getByRole('button', { name: 'Fit' }).click();
    const a1 = await nodeCentre(page, /^NASA: /);
    expect(Math.abs(a1.x - a0.x)).toBeLessThan(2);
    // Dragging the background pans everything by the same amount.
    const surface = await region(page, 'Partnership graph').locator('.graph-surface').boundingBox();
    if (!surface) throw new Error('no drawing');
    await page.mouse.move(surface.x + 12, surface.y + 12);
    await page.mouse.down();
    await page.mouse.move(surface.x + 72, surface.y + 42, { steps: 5 });
    await page.mouse.up();
    const panned = await nodeCentre(page, /^NASA: /);
    expect(panned.x - a1.x).toBeCloseTo(60, -1);
    expect(panned.y - a1.y).toBeCloseTo(30, -1);
    await region(page, 'Partnership graph').getByRole('button', { name: 'Fit' }).click();
    await region(page, 'Partnership graph').getByRole('button', { name: 'Zoom in' }).click();
    const a2 = await nodeCentre(page, /^NASA: /);
    const b2 = await nodeCentre(page, /^ESA: /);
    expect(Math.hypot(a2.x - b2.x, a2.y - b2.y)).toBeGreaterThan(d0 * 1.3);
    await context.close();
  });

  it('is one stop for Tab: in on the largest agency, arrows between agencies, Tab again leaves', async () => {
    const { page, context } = await open();
    const graph = region(page, 'Partnership graph');
    await graph.getByRole('button', { name: 'Re-run layout' }).focus();
    await page.keyboard.press('Tab');
    const onNode = () =>
      page.evaluate(() => document.activeElement?.closest('g.node')?.getAttribute('aria-label') ?? null);
    await expect(onNode()).resolves.toMatch(/^NASA: /);
    await page.keyboard.press('ArrowRight');
    const moved = await onNode();
    expect(moved).not.toBeNull();
    expect(moved).not.toMatch(/^NASA: /);
    await page.keyboard.press('Tab');
    await expect(onNode()).resolves.toBeNull();
    // Back with Shift+Tab: the agency last visited.
    await page.keyboard.press('Shift+Tab');
    await expect(onNode()).resolves.toBe(moved);
    await context.close();
  });

  it('frames the agencies shown: a filtered link opens on them, and Fit frames them again', async () => {
    const { page, context, errors } = await open('?agencies=esa,jaxa&match=all&q=station');
    const graph = region(page, 'Partnership graph');
    const framing = () =>
      graph.locator('.graph-surface').evaluate((surface) => {
        const s = surface.getBoundingClientRect();
        const boxes = [...surface.querySelectorAll('g.node:not([visibility="hidden"]) circle')].map((c) =>
          c.getBoundingClientRect(),
        );
        const left = Math.min(...boxes.map((b) => b.left));
        const right = Math.max(...boxes.map((b) => b.right));
        const top = Math.min(...boxes.map((b) => b.top));
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        return {
          inside: left >= s.left && right <= s.right && top >= s.top && bottom <= s.bottom,
          fill: Math.max((right - left) / s.width, (bottom - top) / s.height),
          count: boxes.length,
        };
      });
    const opened = await framing();
    expect(opened.count).toBeGreaterThan(5);
    expect(opened.inside).toBe(true);
    expect(opened.fill).toBeGreaterThan(0.6);
    // Zoomed away from them, Fit brings them back, filling the drawing.
    for (let i = 0; i < 3; i++) await graph.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await framing()).fill).toBeLessThan(0.4);
    await graph.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(async () => (await framing()).fill).toBeGreaterThan(0.6);
    expect((await framing()).inside).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps agencies in place when a filter changes, and re-runs the layout on request', async () => {
    const { page, context } = await open();
    const before = await nodeCentre(page, /^JAXA: /);
    await region(page, 'Filters').getByRole('combobox', { name: 'Status' }).selectOption('active');
    await expect.poll(() => query(page).get('status')).toBe('active');
    const after = await nodeCentre(page, /^JAXA: /);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(80);
    await region(page, 'Partnership graph').getByRole('button', { name: 'Re-run layout' }).click();
    await expect(graphNodes(page).count()).resolves.toBeGreaterThan(10);
    await context.close();
  });

  it('clicks a link to list the missions two agencies share, with years', async () => {
    const { page, context } = await open();
    // Aim, as a user would, along the way from NASA to ESA until the pointer rests on a partnership line (the
    // tooltip names the pair), then click it: those two agencies are compared.
    const a = await nodeCentre(page, /^NASA: /);
    const b = await nodeCentre(page, /^ESA: /);
    let pair: [string, string] | null = null;
    let point = a;
    for (let t = 0; t <= 1.5 && !pair; t += 0.02) {
      point = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) + 3 };
      await page.mouse.move(point.x, point.y);
      const tip = page.getByRole('tooltip');
      const text = (await tip.count()) ? await tip.innerText() : '';
      const m = /^(.+) and (.+)\n\d+ shared missions?/.exec(text);
      if (m) pair = [m[1] ?? '', m[2] ?? ''];
    }
    if (!pair) throw new Error('no partnership line found under the pointer');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => query(page).get('compare')).toMatch(/^[^,]+,[^,]+$/);
    const panel = region(page, 'Compare agencies');
    for (const name of pair) await expect(panel.innerText()).resolves.toContain(name);
    await expect(panel.innerText()).resolves.toMatch(/\d+ shared missions?\. First together: .+ \(\d{4}\)/);
    // Each shared mission is listed with its years.
    const items = await panel.getByRole('list').last().getByRole('listitem').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/\d{4}/);
    await screenshot(page, 'compare-from-link');

    // The same panel answers for any pair picked by hand: NASA and ESA share Hubble.
    await panel.getByRole('combobox', { name: 'First' }).selectOption('nasa');
    await panel.getByRole('combobox', { name: 'Second' }).selectOption('esa');
    await expect.poll(() => query(page).get('compare')).toBe('nasa,esa');
    await expect(panel.getByRole('button', { name: /Hubble/ }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('compares the pair the tooltip names, even where lines crowd near a hub', async () => {
    const { page, context } = await open();
    const a = await nodeCentre(page, /^NASA: /);
    const b = await nodeCentre(page, /^SpaceX: /);
    let checked = 0;
    // Points between NASA and SpaceX, a fraction of a pixel off the grid (as a touchpad puts the pointer):
    // a click's coordinates are whole pixels, a pointer move's are not.
    for (const t of [0.3, 0.4, 0.5, 0.6]) {
      await page.mouse.move(a.x + t * (b.x - a.x) + 0.4, a.y + t * (b.y - a.y) + 0.4);
      // The tooltip follows the hover state, a render later; none shows where no line is near enough.
      const tip = page.getByRole('tooltip').filter({ hasText: / and / });
      const shown = await tip.waitFor({ timeout: 2000 }).then(
        () => true,
        () => false,
      );
      const text = shown ? await tip.innerText() : '';
      const m = /^(.+) and (.+)\n\d+ shared missions?/.exec(text);
      if (!m) continue;
      await page.mouse.down();
      await page.mouse.up();
      await expect.poll(() => query(page).get('compare')).toMatch(/^[^,]+,[^,]+$/);
      const panel = region(page, 'Compare agencies');
      const first = await panel
        .getByRole('combobox', { name: 'First' })
        .evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
      const second = await panel
        .getByRole('combobox', { name: 'Second' })
        .evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
      expect([first, second].sort()).toEqual([m[1], m[2]].sort());
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('colours by kind of organization on request', async () => {
    const { page, context } = await open();
    await region(page, 'Partnership graph').getByRole('radio', { name: 'Kind' }).check();
    await expect.poll(() => query(page).get('color')).toBe('kind');
    await expect(
      region(page, 'Partnership graph').getByRole('list', { name: 'Kind colours' }).innerText(),
    ).resolves.toContain('Company');
    await context.close();
  });
});

describe('the timeline as an instrument', () => {
  it('brushes a range of years into from/to, and follows the year inputs', async () => {
    const { page, context } = await open();
    const strip = region(page, 'Timeline').locator('svg.year-brush');
    await strip.scrollIntoViewIfNeeded();
    const box = await strip.boundingBox();
    if (!box) throw new Error('no brush');
    const all = await shownCount(page);
    await page.mouse.move(box.x + box.width * 0.5, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => query(page).get('from')).not.toBeNull();
    const from = Number(query(page).get('from'));
    const to = Number(query(page).get('to'));
    expect(to).toBeGreaterThan(from);
    expect(await shownCount(page)).toBeLessThan(all);
    await expect(region(page, 'Filters').getByRole('textbox', { name: 'From' }).inputValue()).resolves.toBe(
      String(from),
    );
    // The timeline's axis is zoomed to the brushed years.
    const ticks = (await region(page, 'Timeline').locator('svg.timeline .axis text').allInnerTexts())
      .map(Number)
      .filter(Boolean);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(from);
    await screenshot(page, 'timeline-brushed');

    // The other way round: typing a year moves the brush.
    const selection = strip.locator('.selection');
    const x0 = Number(await selection.getAttribute('x'));
    const fromBox = region(page, 'Filters').getByRole('textbox', { name: 'From' });
    await fromBox.fill(String(from - 10));
    await fromBox.press('Enter');
    await expect.poll(async () => Number(await selection.getAttribute('x'))).toBeLessThan(x0);
    await context.close();
  });

  it('walks the bars with the arrow keys past those first drawn, drawing the next ones as they scroll into view', async () => {
    const { page, context, errors } = await open();
    const timeline = region(page, 'Timeline');
    const first = timeline.getByRole('button', { name: /, (\d{4}|planned)/ }).first();
    const firstName = await first.getAttribute('aria-label');
    const drawn = await timeline.locator('g.bar').count();
    await first.focus();
    for (let i = 0; i < drawn + 10; i++) await page.keyboard.press('ArrowDown');
    // Still on a bar of the timeline, one that was not in the page at first.
    const focused = await page.evaluate(() => ({
      inTimeline: document.activeElement?.closest('svg.timeline') !== null,
      name: document.activeElement?.getAttribute('aria-label') ?? '',
    }));
    expect(focused.inTimeline).toBe(true);
    expect(focused.name).not.toBe(firstName);
    expect(await timeline.locator('.timeline-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('groups lanes by type or destination, shows a mission on hover and selects it on click', async () => {
    const { page, context } = await open();
    const timeline = region(page, 'Timeline');
    await expect(timeline.getByRole('list', { name: /^Space station: \d+ missions$/ }).count()).resolves.toBe(
      1,
    );
    await timeline.getByRole('radio', { name: 'Destination' }).check();
    await expect.poll(() => query(page).get('lanes')).toBe('destination');
    await expect(timeline.getByRole('list', { name: /^Mars: \d+ missions$/ }).count()).resolves.toBe(1);
    const bar = await timelineBar(page, /^Perseverance/);
    await bar.hover();
    await expect(timeline.getByRole('tooltip').innerText()).resolves.toContain('Perseverance');
    await bar.click();
    await expect.poll(() => query(page).get('mission')).toBe('perseverance');
    await expect(
      region(page, 'Mission details')
        .getByRole('heading', { name: /Perseverance/ })
        .isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });
});

describe('across the views', () => {
  it('brings a mission chosen from a link or another view into sight in the table and the timeline', async () => {
    // JWST sorts far down the table (by years) and sits low in its timeline lane.
    const { page, context } = await open('?mission=jwst');
    await expect.poll(() => inSight(page)).toEqual({ row: true, bar: true });
    // The row is where Tab lands in the table.
    await expect(page.locator('.missions tbody tr[tabindex="0"]').innerText()).resolves.toContain(
      'James Webb',
    );
    // Chosen in the timeline, a mission far from the table's current rows is scrolled to there: the ISS
    // (1998) is some twenty rows below the top of the table, sorted by years.
    await page.locator('.table-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
    await (await timelineBar(page, /^International Space Station,/)).click();
    await expect.poll(() => query(page).get('mission')).toBe('iss');
    await expect.poll(() => inSight(page)).toEqual({ row: true, bar: true });
    await screenshot(page, 'selection-in-sight');
    await context.close();
  });

  it('shows an agency’s profile when it is focused', async () => {
    const { page, context } = await open('?agency=isro');
    const profile = region(page, 'Agency details');
    const text = await profile.innerText();
    expect(text).toContain('Indian Space Research Organisation');
    expect(text).toMatch(
      /\d+ missions with \d+ partners\. First collaboration: .+ \(\d{4}\); latest: .+ \(\d{4}\)\./,
    );
    await profile.getByRole('button', { name: 'CNES' }).click();
    await expect.poll(() => query(page).get('compare')).toBe('isro,cnes');
    await context.close();
  });

  it('steps back and forward through filter, focus and selection', async () => {
    const { page, context } = await open();
    await region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ }).check();
    await expect.poll(() => page.url()).toContain('agencies=esa');
    await region(page, 'Partnership graph')
      .getByRole('button', { name: /^JAXA: / })
      .click();
    await expect.poll(() => page.url()).toContain('agency=jaxa');
    await region(page, 'Timeline')
      .getByRole('button', { name: /^BepiColombo,/ })
      .click();
    await expect.poll(() => page.url()).toContain('mission=bepicolombo');
    await page.goBack();
    await expect.poll(() => query(page).get('mission')).toBeNull();
    expect(query(page).get('agency')).toBe('jaxa');
    await page.goBack();
    await expect.poll(() => query(page).get('agency')).toBeNull();
    await expect(region(page, 'Agency details').count()).resolves.toBe(0);
    await page.goBack();
    await expect.poll(() => query(page).get('agencies')).toBeNull();
    await expect(region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ }).isChecked()).resolves.toBe(
      false,
    );
    await page.goForward();
    await expect.poll(() => query(page).get('agencies')).toBe('esa');
    await context.close();
  });
});
