import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shownCount, withApp } from './support/app';

const open = withApp();

async function openExport(page: Page) {
  const menu = page.locator('details.menu', {
    has: page.locator('summary', { hasText: /^(Export|내보내기)$/ }),
  });
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

async function downloaded(page: Page, label: string): Promise<Buffer> {
  await openExport(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return readFileSync(await download.path());
}

/** A PNG's size, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
/** An SVG's size, from its root element. */
const svgSize = (svg: string) => ({
  width: Number(svg.match(/<svg[^>]* width="([0-9.]+)"/)?.[1]),
  height: Number(svg.match(/<svg[^>]* height="([0-9.]+)"/)?.[1]),
});
/** The lines of the caption, the title and the key's labels of an exported SVG, as a reader sees them. */
function wording(svg: string) {
  const doc = new DOMParserLite(svg);
  return { title: doc.texts('title'), key: doc.texts('legend'), caption: doc.texts('caption').join(' ') };
}

/** Just enough of an SVG reader for the parts the export writes around a drawing (Node has no DOMParser). */
class DOMParserLite {
  constructor(private readonly svg: string) {}
  texts(cls: 'title' | 'legend' | 'caption'): string[] {
    const part =
      cls === 'legend'
        ? (this.svg.match(/<g class="legend">(.*?)<\/g>/s)?.[1] ?? '')
        : (this.svg.match(new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`, 's'))?.[1] ?? '');
    return [...part.matchAll(/<(?:tspan|text)[^>]*>([^<]*)</g)].map((m) => unescape(m[1] ?? ''));
  }
}
const unescape = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');

const TITLE = 'Timeline — International collaboration in space, 1975 to the 2030s';
const KEY = ['completed', 'active', 'planned', 'failed or cancelled'];

describe('exported pictures that read on their own', () => {
  it('titles the timeline and carries its key, and keeps the whole timeline’s PNG a usable size', async () => {
    const { page, context, errors } = await open();
    const missions = await shownCount(page);
    const svg = (await downloaded(page, 'Timeline as SVG')).toString('utf8');
    expect(svg.match(/class="bar bar-/g)?.length).toBe(missions);
    const words = wording(svg);
    expect(words.title).toEqual([TITLE]);
    expect(words.key).toEqual(KEY);
    expect(words.caption).toMatch(/no filters · Data: International collaboration in space/);
    // The key's swatches are bars drawn as the timeline draws them: faded, solid, dashed, hatched.
    const swatches = [...(svg.match(/<g class="legend">.*?<\/g>/s)?.[0] ?? '').matchAll(/<rect [^>]*>/g)].map(
      (m) => m[0],
    );
    expect(swatches).toHaveLength(4);
    expect(swatches[0]).toContain('fill-opacity="0.55"');
    expect(swatches[2]).toContain('stroke-dasharray');
    expect(swatches[3]).toMatch(/fill="url\(#key-hatch-/);

    // The whole timeline was a 3000 × 10656 px PNG: now no side past 8000 px and under 24 megapixels, and
    // still drawn at twice its size on screen or more, so its 11 px labels read.
    const png = pngSize(await downloaded(page, 'Timeline as PNG'));
    const drawing = svgSize(svg);
    expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(8000);
    expect(png.width * png.height).toBeLessThanOrEqual(24e6);
    expect(png.width / drawing.width).toBeGreaterThanOrEqual(2);
    expect(png.height / drawing.height).toBeCloseTo(png.width / drawing.width, 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says whether missions with all or any of the chosen agencies are shown', async () => {
    const { page, context, errors } = await open('?agencies=esa,jaxa&match=all');
    const timeline = wording((await downloaded(page, 'Timeline as SVG')).toString('utf8'));
    expect(timeline.caption).toContain('With all of ESA and JAXA ·');
    expect(timeline.caption).not.toContain('With ESA, and');
    expect(timeline.title).toEqual([TITLE]);
    // A filtered timeline is small enough for the full 3×.
    const png = pngSize(await downloaded(page, 'Timeline as PNG'));
    expect(png.width).toBeGreaterThanOrEqual(2990);
    const graph = wording((await downloaded(page, 'Graph as SVG')).toString('utf8'));
    expect(graph.caption).toContain('With all of ESA and JAXA');
    await openExport(page);
    await expect(page.getByTestId('citation').innerText()).resolves.toContain(
      'Filters: With all of ESA and JAXA.',
    );

    await page.goto(page.url().replace('match=all', 'match=any'));
    await page.locator('main.layout').waitFor();
    const any = wording((await downloaded(page, 'Timeline as SVG')).toString('utf8'));
    expect(any.caption).toContain('With any of ESA or JAXA ·');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes the title, key and agency phrase in Korean too', async () => {
    const { page, context, errors } = await open('?agencies=esa,jaxa,nasa&match=all&lang=ko');
    const words = wording((await downloaded(page, '연표 SVG')).toString('utf8'));
    expect(words.title.join('')).toMatch(/^연표 — /);
    expect(words.key).toEqual(['완료', '운영 중', '계획', '실패 또는 취소']);
    expect(words.caption).toContain('ESA, JAXA, NASA 모두 참여');
    expect(errors).toEqual([]);
    await context.close();
  });
});
