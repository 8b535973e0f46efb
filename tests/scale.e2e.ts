import { describe, expect, it } from 'vitest';
import { query, region, shownCount, tableRows, timelineBars, withApp } from './support/app';
import { screenshot } from './support/browser';

const open = withApp();

describe('a large imported dataset (10,000 missions, 500 organizations)', () => {
  it('stays usable: canvas graph laid out off the main thread, virtual table, culled timeline', async () => {
    const { page, context, errors } = await open('?data=fixtures/synthetic-10k.json');
    expect(await shownCount(page)).toBe(10_000);
    const graph = region(page, 'Partnership graph');
    await expect(graph.locator('canvas.graph-canvas').isVisible()).resolves.toBe(true);
    await expect.poll(() => graph.getByText('laying out…').count(), { timeout: 20_000 }).toBe(0);
    await screenshot(page, 'synthetic-10k');

    // Only the rows and bars in view are in the page.
    expect(await tableRows(page).count()).toBeLessThan(100);
    expect(await timelineBars(page).count()).toBeLessThan(1500);
    const timeline = region(page, 'Timeline').locator('.timeline-scroll');
    await timeline.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect
      .poll(() => region(page, 'Timeline').getByRole('list').last().locator('g.bar').count())
      .toBeGreaterThan(0);

    // The canvas answers the pointer: the hubs sit in the middle of the drawing.
    const box = await graph.locator('canvas.graph-canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    let hovered = '';
    for (const [dx, dy] of [
      [0, 0],
      [8, 0],
      [0, 8],
      [-8, 0],
      [0, -8],
      [16, 16],
      [-16, -16],
    ] as const) {
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
      const tip = page.getByRole('tooltip');
      if (await tip.count()) {
        hovered = await tip.innerText();
        await page.mouse.down();
        await page.mouse.up();
        break;
      }
    }
    expect(hovered).toMatch(/Org \d+[\s\S]*missions · \d+ partners/);
    await expect.poll(() => query(page).get('agency')).toMatch(/^org-\d+$/);
    expect(await shownCount(page)).toBeLessThan(10_000);

    // The keyboard and screen-reader face of the canvas (the mouse leaves, so it does not hover anything).
    await page.mouse.move(1, 1);
    await graph.getByRole('button', { name: /^Org 2: \d+ missions/ }).focus();
    await expect(page.getByRole('tooltip').innerText()).resolves.toContain('Org 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('agency')).toBe('org-2');
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
    expect(await timelineBars(page).count()).toBe(n);
    await context.close();
  });
});
