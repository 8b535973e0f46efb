import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { query, region, withApp } from './support/app';
import { screenshot } from './support/browser';

const open = withApp();

/** Every timeline label drawn now: its text, whether it is inside its bar, and its bar's accessible name. */
async function drawnLabels(page: Page) {
  return region(page, 'Timeline')
    .locator('g.bar')
    .evaluateAll((bars) =>
      bars.map((bar) => {
        const text = bar.querySelector('text.bar-label');
        const frame = bar.closest('svg')?.getBoundingClientRect();
        const box = text?.getBoundingClientRect();
        return {
          text: text?.textContent ?? '',
          name:
            bar.querySelector('[role="button"]')?.getAttribute('aria-label') ?? bar.outerHTML.slice(0, 200),
          inside: text?.classList.contains('inside') ?? false,
          stroke: text ? getComputedStyle(text).stroke : 'no label',
          inDrawing:
            !box || !frame || box.width === 0 || (box.left >= frame.left - 1 && box.right <= frame.right + 1),
        };
      }),
    );
}

describe('presenting to a class', () => {
  it('shows the Present button pressed, and Escape leaves (after closing a menu or dialog first)', async () => {
    const { page, context, errors } = await open('?present=1');
    const button = page.getByRole('button', { name: 'Present', exact: true });
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    // Pressed looks pressed: filled, unlike the buttons beside it.
    const fill = (name: string) =>
      page.getByRole('button', { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fill('Present')).not.toBe(await fill('Share'));
    await screenshot(page, 'present-pressed');

    // Escape in an open menu closes the menu and the class still sees the big screen.
    await page.locator('details.menu > summary', { hasText: /^Export$/ }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('details.menu[open]').count()).toBe(0);
    expect(query(page).get('present')).toBe('1');
    // The same for a dialog.
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('dialog', { name: 'Share this view' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(query(page).get('present')).toBe('1');

    // Then Escape leaves Present mode, and the link and the button follow.
    await page.keyboard.press('Escape');
    await expect.poll(() => query(page).get('present')).toBeNull();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.evaluate(() => document.documentElement.classList.contains('present'))).resolves.toBe(
      false,
    );
    expect(await fill('Present')).toBe(await fill('Share'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the timeline most of the screen, so a class sees more than a lane or two', async () => {
    for (const [width, height] of [
      [1400, 900],
      [1920, 1080],
    ] as const) {
      const { page, context } = await open('?present=1', { width, height });
      const panel = region(page, 'Timeline');
      await panel.scrollIntoViewIfNeeded();
      const [box, whole] = await Promise.all([
        panel.locator('.timeline-scroll').evaluate((el) => el.clientHeight),
        panel.evaluate((el) => el.getBoundingClientRect().height),
      ]);
      expect(box).toBeGreaterThan(height * 0.6);
      // ...and the whole panel still fits on the screen.
      expect(whole).toBeLessThanOrEqual(height);
      await screenshot(page, `present-timeline-${width}`);
      await context.close();
    }
  });

  it('keeps the time-lapse "Speed" label beside its menu at every width', async () => {
    for (const path of ['', '?present=1']) {
      const { page, context } = await open(path);
      for (const width of [1400, 1100, 900, 700, 520, 390, 320]) {
        await page.setViewportSize({ width, height: 900 });
        const bar = page.getByRole('region', { name: 'Time-lapse' });
        const label = await bar.getByText('Speed', { exact: true }).boundingBox();
        const select = await bar.getByRole('combobox', { name: 'Speed' }).boundingBox();
        if (!label || !select) throw new Error('no speed control');
        // On one line: the label's middle within the menu's height, and the label before it.
        const middle = label.y + label.height / 2;
        expect(middle, `${path} at ${width}`).toBeGreaterThan(select.y);
        expect(middle, `${path} at ${width}`).toBeLessThan(select.y + select.height);
        expect(label.x + label.width).toBeLessThanOrEqual(select.x);
      }
      await context.close();
    }
  });
});

describe('timeline labels on narrow screens', () => {
  it('ends a long name that does not fit with "…", inside the drawing, the full name kept', async () => {
    const { page, context, errors } = await open('?embed=1&view=timeline&q=Tropical%20Rainfall', {
      width: 360,
      height: 480,
    });
    await region(page, 'Timeline').locator('g.bar').first().waitFor();
    const labels = await drawnLabels(page);
    const trmm = labels.find((l) => l.name.startsWith('Tropical Rainfall Measuring Mission'));
    expect(trmm?.text).toMatch(/^Tropical Rainfall.*…$/);
    expect(trmm?.inDrawing).toBe(true);
    await screenshot(page, 'timeline-ellipsis-embed-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone: every label fits the drawing (cut ones end with "…"), with no halo inside bars', async () => {
    const { page, context, errors } = await open('', { width: 390, height: 844 });
    const timeline = region(page, 'Timeline');
    const scroller = timeline.locator('.timeline-scroll');
    await scroller.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const seen = new Map<string, Awaited<ReturnType<typeof drawnLabels>>[number]>();
    // The bars are drawn as they come into view: walk the timeline's box down to its end.
    for (let step = 0; step < 60; step++) {
      for (const l of await drawnLabels(page)) seen.set(l.name, l);
      const done = await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
      if (done) break;
      await scroller.evaluate((el) => el.scrollBy(0, 250));
      // The bars follow the scroll on the next frame.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    }
    const labels = [...seen.values()];
    expect(labels.length).toBeGreaterThan(150);
    const cut = labels.filter((l) => l.text !== '' && !l.name.startsWith(`${l.text},`));
    expect(cut.length).toBeGreaterThan(0);
    // Each cut label ends with "…" and shows the beginning of the name the bar's accessible name holds whole.
    // (A cut inside brackets closes them: "XRISM (X-Ray Imaging…)".)
    expect(
      cut.filter((l) => !/…\)*$/.test(l.text) || !l.name.startsWith(l.text.replace(/…\)*$/, ''))),
    ).toEqual([]);
    expect(labels.filter((l) => !l.inDrawing)).toEqual([]);
    const inside = labels.filter((l) => l.inside);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.filter((l) => l.stroke !== 'none')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, the timeline box leaves the page room to scroll, and hands the scroll on at its end', async () => {
    const { page, context, errors } = await open('', { width: 390, height: 844 });
    const scroller = region(page, 'Timeline').locator('.timeline-scroll');
    await scroller.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await scroller.boundingBox();
    if (!box) throw new Error('no timeline');
    // Under half the screen (it was 420 px): a swipe above or below it scrolls the page.
    expect(box.height).toBeLessThanOrEqual(844 * 0.46);
    const scrollY = () => page.evaluate(() => window.scrollY);
    let before = await scrollY();
    await page.mouse.move(box.x + box.width / 2, Math.max(4, box.y - 60));
    await page.mouse.wheel(0, 300);
    await expect.poll(scrollY).toBeGreaterThan(before + 100);
    // Over the box, scrolled to its end, the wheel scrolls the page on.
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const after = await scroller.boundingBox();
    if (!after) throw new Error('no timeline');
    before = await scrollY();
    await page.mouse.move(after.x + after.width / 2, after.y + Math.min(after.height, 844 - after.y) / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(scrollY).toBeGreaterThan(before + 100);
    await screenshot(page, 'timeline-phone-page-scroll');
    expect(errors).toEqual([]);
    await context.close();
  });
});
