import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { query, region, shownCount, tableRows, timelineBars, timelineTotal, withApp } from './support/app';
import { screenshot } from './support/browser';

const open = withApp();

/**
 * Counts the pixels of a canvas on the page (or of an image) that carry ink: grey (the links, drawn
 * translucent) and coloured (the circles).
 */
function ink(page: Page, source: { selector?: string; src?: string }) {
  return page.evaluate(async ({ selector, src }) => {
    let picture: HTMLCanvasElement | HTMLImageElement | null = null;
    if (selector) picture = document.querySelector<HTMLCanvasElement>(selector);
    else if (src) {
      picture = new Image();
      picture.src = src;
      await picture.decode();
    }
    if (!picture) return { grey: 0, colour: 0 };
    const c = document.createElement('canvas');
    c.width = picture.width;
    c.height = picture.height;
    const ctx = c.getContext('2d');
    if (!ctx) return { grey: 0, colour: 0 };
    ctx.drawImage(picture, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let grey = 0;
    let colour = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a === 0) continue;
      const spread = Math.max(r, g, b) - Math.min(r, g, b);
      if (spread > 60) colour++;
      else if (spread < 40 && (a < 255 || Math.max(r, g, b) < 235)) grey++;
    }
    return { grey, colour };
  }, source);
}

describe('a large imported dataset (10,000 missions, 500 organizations)', () => {
  it('stays usable: canvas graph laid out off the main thread, virtual table, culled timeline', async () => {
    const { page, context, errors } = await open('?data=fixtures/synthetic-10k.json');
    expect(await shownCount(page)).toBe(10_000);
    const graph = region(page, 'Partnership graph');
    await expect(graph.locator('canvas.graph-canvas').isVisible()).resolves.toBe(true);
    await expect.poll(() => graph.getByText('laying out…').count(), { timeout: 20_000 }).toBe(0);
    await screenshot(page, 'synthetic-10k');

    // The links, painted off the page's thread, are on the links layer once it no longer says it is painting.
    const links = graph.locator('canvas.graph-links');
    await expect.poll(() => links.getAttribute('data-painting')).toBeNull();
    const whole = await ink(page, { selector: '.graph-panel canvas.graph-links' });
    expect(whole.grey).toBeGreaterThan(500);
    // A filter thins the links out; switched off again, the picture is the whole graph's once more (a kept
    // picture, not a fresh painting: it must be the right one).
    const org3 = region(page, 'Filters').getByRole('checkbox', { name: /^Org 3\b/ });
    await org3.check();
    await expect.poll(() => links.getAttribute('data-painting')).toBeNull();
    const some = await ink(page, { selector: '.graph-panel canvas.graph-links' });
    expect(some.grey).toBeLessThan(whole.grey * 0.9);
    await org3.uncheck();
    await expect.poll(() => links.getAttribute('data-painting')).toBeNull();
    expect(await ink(page, { selector: '.graph-panel canvas.graph-links' })).toEqual(whole);
    // Filtered down to a small graph, a large dataset's graph stays on its canvas (no switch of drawing).
    const org12 = region(page, 'Filters').getByRole('checkbox', { name: /^Org 12\b/ });
    await org12.check();
    await expect
      .poll(async () => Number(/(\d+) organizations/.exec(await graph.innerText())?.[1]))
      .toBeLessThan(250);
    expect(await graph.locator('svg.graph').count()).toBe(0);
    await expect(graph.locator('canvas.graph-canvas').isVisible()).resolves.toBe(true);
    await org12.uncheck();

    // The PNG export holds both layers: grey links and the coloured circles above them.
    await page.locator('details.menu summary', { hasText: /^Export$/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Graph as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^partnership-graph-.*\.png$/);
    const png = `data:image/png;base64,${readFileSync(await download.path()).toString('base64')}`;
    const inked = await ink(page, { src: png });
    expect(inked.grey).toBeGreaterThan(5000);
    expect(inked.colour).toBeGreaterThan(5000);
    // Cropped to the drawing and rendered at three times its size or more, like the small graph's: sharp on a
    // projector.
    expect(readFileSync(await download.path()).readUInt32BE(16)).toBeGreaterThanOrEqual(1799);

    // As SVG too, though too large for one element per link on the page: every partnership once (paths, one
    // per stroke style), a circle per organization on screen, the caption naming the data. (The menu closed
    // after the last export.)
    await expect.poll(() => page.locator('details.menu[open]').count()).toBe(0);
    await page.locator('details.menu summary', { hasText: /^Export$/ }).click();
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Graph as SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toMatch(/^partnership-graph-.*\.svg$/);
    const file = await page.evaluate(
      (text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          broken: doc.querySelector('parsererror') !== null,
          circles: doc.querySelectorAll(':not(.legend) > circle').length,
          segments: [...doc.querySelectorAll('path')]
            .map((p) => p.getAttribute('d')?.match(/M/g)?.length ?? 0)
            .reduce((a, b) => a + b, 0),
          caption: doc.querySelector('svg > text:last-of-type')?.textContent ?? '',
        };
      },
      readFileSync(await svgDownload.path(), 'utf8'),
    );
    const [, orgs, partnerships] =
      /([\d,]+) organizations · ([\d,]+) partnerships/.exec(await graph.innerText()) ?? [];
    expect(file.broken).toBe(false);
    expect(file.segments).toBe(Number(partnerships?.replaceAll(',', '')));
    expect(file.circles).toBeGreaterThan(100);
    expect(file.circles).toBeLessThanOrEqual(Number(orgs?.replaceAll(',', '')));
    expect(file.caption).toContain('Space Collaboration Explorer');

    // Zooming in spreads the circles apart without enlarging them, and names smaller agencies in the room
    // made: the same drawing, exported zoomed in, holds more labels.
    const labelCount = (text: string) =>
      page.evaluate(
        (t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelectorAll('text').length,
        text,
      );
    const before = await labelCount(readFileSync(await svgDownload.path(), 'utf8'));
    for (let i = 0; i < 3; i++) await graph.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => graph.locator('canvas.graph-links[data-painting]').count()).toBe(0);
    await page.locator('details.menu summary', { hasText: /^Export$/ }).click();
    const [zoomedDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Graph as SVG' }).click(),
    ]);
    expect(await labelCount(readFileSync(await zoomedDownload.path(), 'utf8'))).toBeGreaterThan(before + 10);
    await graph.getByRole('button', { name: 'Fit' }).click();

    // Ten thousand timeline bars make a drawing far taller than any PNG: the page says so and what to do,
    // instead of failing silently.
    // Writing it takes seconds: the page says it is working meanwhile, and stops saying so when done.
    const busy = page.getByRole('status').filter({ hasText: /^Preparing/ });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { busySeen: string[] }).busySeen = seen;
      new MutationObserver(() =>
        seen.push(document.querySelector('.export-status')?.textContent ?? ''),
      ).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.locator('details.menu summary', { hasText: /^Export$/ }).click();
    await page.getByRole('button', { name: 'Timeline as PNG' }).click();
    await expect
      .poll(() => page.locator('.notices').innerText(), { timeout: 20_000 })
      .toMatch(
        /This drawing is 1,?000 × [\d,]+ px, too large for a PNG: filter it to fewer missions, or export it as SVG\./,
      );
    expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toContain(
      'Preparing Timeline as PNG…',
    );
    await expect.poll(() => busy.count()).toBe(0);

    // Only the rows and bars in view are in the page.
    expect(await tableRows(page).count()).toBeLessThan(100);
    expect(await timelineBars(page).count()).toBeLessThan(100);
    expect(await timelineTotal(page)).toBe(10_000);
    const timeline = region(page, 'Timeline').locator('.timeline-scroll');
    await timeline.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect
      .poll(() => region(page, 'Timeline').getByRole('list').last().locator('g.bar').count())
      .toBeGreaterThan(0);

    // The canvas answers the pointer: the hubs sit near the middle of the drawing (a point on a line names
    // the two agencies it joins instead; the search goes on until it finds a circle).
    const box = await graph.locator('canvas.graph-canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    let hovered = '';
    const offsets = [0, 8, -8, 16, -16, 24, -24, 32, -32, 48, -48];
    search: for (const dx of offsets)
      for (const dy of offsets) {
        await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
        const tip = page.getByRole('tooltip');
        if ((await tip.count()) && / missions? · /.test(await tip.innerText())) {
          hovered = await tip.innerText();
          await page.mouse.down();
          await page.mouse.up();
          break search;
        }
      }
    expect(hovered).toMatch(/Org \d+[\s\S]*missions · \d+ partners/);
    await expect.poll(() => query(page).get('agency')).toMatch(/^org-\d+$/);
    expect(await shownCount(page)).toBeLessThan(10_000);

    // The keyboard and screen-reader face of the canvas (the mouse leaves, so it does not hover anything).
    await page.mouse.move(1, 1);
    await graph.getByRole('button', { name: /^Org 2: [\d,]+ missions/ }).focus();
    await expect(page.getByRole('tooltip').innerText()).resolves.toContain('Org 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('agency')).toBe('org-2');
    // Five hundred agencies are one stop in the Tab order, not five hundred: Tab goes from Org 2 past the
    // list, and the arrow keys move between agencies, each named in the tooltip as it is reached.
    const list = graph.getByRole('list', { name: /agencies/i });
    expect(await list.locator('button[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .not.toBe('org-2');
    const reached = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(reached).toMatch(/^Org \d+: /);
    await expect(page.getByRole('tooltip').innerText()).resolves.toContain(reached.split(':')[0] ?? '');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.node-list'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters 10,000 missions by text and agency in all three views', async () => {
    const { page, context } = await open('?data=fixtures/synthetic-10k.json');
    await region(page, 'Filters')
      .getByRole('checkbox', { name: /^Org 7\b/ })
      .check();
    await region(page, 'Mission table').getByRole('searchbox', { name: 'Search missions' }).fill('planetary');
    await expect.poll(() => query(page).get('q')).toBe('planetary');
    const n = await shownCount(page);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(200);
    expect(await timelineTotal(page)).toBe(n);

    // A filter that leaves a few hundred links has them painted with the rest of the change, not a frame
    // later by the worker: right after the click (one task) the links layer is no longer waiting.
    const links = region(page, 'Partnership graph').locator('canvas.graph-links');
    await expect.poll(() => links.getAttribute('data-painting')).toBeNull();
    const waiting = await page.evaluate(() => {
      const box = [
        ...document.querySelectorAll<HTMLInputElement>('.agency-list input[type="checkbox"]'),
      ].find((el) => el.closest('label')?.querySelector('.agency-name')?.textContent === 'Org 9');
      box?.click();
      return {
        clicked: !!box,
        painting: document.querySelector('canvas.graph-links')?.hasAttribute('data-painting'),
      };
    });
    expect(waiting).toEqual({ clicked: true, painting: false });
    await context.close();
  });
});
