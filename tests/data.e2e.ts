import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { query, region, shownCount, tableRows, watchFocus, withApp } from './support/app';
import { screenshot } from './support/browser';

const open = withApp();

const sample = (name: string) => readFileSync(new URL(`../public/samples/${name}`, import.meta.url));

async function pickFile(page: Page, name: string, content: Buffer | string, mimeType = 'text/csv') {
  await page.locator('summary', { hasText: /^Data$/ }).click();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  return page.getByRole('dialog', { name: `Importing ${name}` });
}

async function dropFile(page: Page, name: string, content: string) {
  await page.evaluate(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'text/csv' }));
      const target = document.querySelector('.app') as Element;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, content] as const,
  );
  return page.getByRole('dialog', { name: `Importing ${name}` });
}

async function openMenu(page: Page, label: RegExp) {
  const menu = page.locator('details.menu', { has: page.locator('summary', { hasText: label }) });
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

/** The dialog's text once the file has been read. */
async function reportText(dialog: ReturnType<Page['getByRole']>): Promise<string> {
  await expect.poll(() => dialog.innerText()).not.toMatch(/Reading .*…/);
  return dialog.innerText();
}

async function downloadText(page: Page, label: string): Promise<{ name: string; body: Buffer }> {
  await openMenu(page, /^Export$/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

describe('bringing your own data', () => {
  it('opens a CSV from the file picker, keeps it across a reload, and removes it after asking', async () => {
    const { page, context, errors } = await open();
    const dialog = await pickFile(page, 'missions-sample.csv', sample('missions-sample.csv'));
    await reportText(dialog);
    await expect(dialog.getByRole('status').innerText()).resolves.toMatch(
      /^(\d+) missions can be loaded from \1 rows; 0 have problems\.$/,
    );
    await screenshot(page, 'import-report');
    await dialog.getByRole('button', { name: /^Load \d+ missions$/ }).click();
    await expect.poll(() => query(page).get('data')).toMatch(/^local:/);
    const count = await shownCount(page);
    expect(count).toBeGreaterThan(2);
    const firstRow = await tableRows(page).first().innerText();

    await page.reload();
    await region(page, 'Mission table').waitFor();
    expect(await shownCount(page)).toBe(count);
    expect(await tableRows(page).first().innerText()).toBe(firstRow);

    // Sharing says that the link does not carry data kept in this browser.
    await page.getByRole('button', { name: 'Share' }).click();
    const share = page.getByRole('dialog', { name: 'Share this view' });
    await expect(share.getByRole('note').innerText()).resolves.toMatch(/kept in this browser only/);
    await share.getByRole('button', { name: 'Close Share this view' }).click();

    await page.locator('summary', { hasText: /^Data$/ }).click();
    page.once('dialog', (d) => void d.accept());
    // From the keyboard: the × goes with its dataset, and focus goes to what is left of the list.
    await page.getByRole('button', { name: 'Remove missions-sample.csv' }).focus();
    const seen = await watchFocus(page, '.saved-list');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('data')).toBeNull();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Default dataset');
    expect(await seen()).not.toContain('BODY');
    await expect.poll(() => shownCount(page)).toBeGreaterThan(150);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a second import still knows the explorer’s agencies, though the first file named only a few', async () => {
    const { page, context, errors } = await open();
    const small = await pickFile(page, 'small.csv', 'name,start,partners\nTiny sat,2020,NASA; Tiny Lab\n');
    await reportText(small);
    await small.getByRole('button', { name: /^Load 1 mission$/ }).click();
    await expect.poll(() => query(page).get('data')).toMatch(/^local:/);
    await expect.poll(() => shownCount(page)).toBe(1);

    const dialog = await pickFile(page, 'missions-sample.csv', sample('missions-sample.csv'));
    const text = await reportText(dialog);
    expect(text).not.toMatch(/not one the explorer knows/);
    expect(text).not.toMatch(/Warnings/);
    await dialog.getByRole('button', { name: /^Load \d+ missions$/ }).click();
    await expect.poll(() => page.locator('.import').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a file dropped on the page (one row per partner)', async () => {
    const { page, context } = await open();
    const dialog = await dropFile(page, 'pairs-sample.csv', sample('pairs-sample.csv').toString('utf8'));
    // Rows are partners, not missions: the summary counts each in its own unit.
    await reportText(dialog);
    const [, missions, rows] =
      /^(\d+) missions can be loaded from (\d+) rows; 0 have problems\.$/.exec(
        await dialog.getByRole('status').innerText(),
      ) ?? [];
    expect(Number(missions)).toBeGreaterThan(0);
    expect(Number(rows)).toBeGreaterThan(Number(missions));
    await dialog.getByRole('button', { name: `Load ${missions} missions` }).click();
    await expect.poll(() => query(page).get('data')).toMatch(/^local:/);
    expect(await shownCount(page)).toBeGreaterThan(1);
    await context.close();
  });

  it('matches the columns of another spreadsheet, previews, and remembers the mapping', async () => {
    const { page, context } = await open();
    let dialog = await pickFile(
      page,
      'satellite-catalogue-sample.csv',
      sample('satellite-catalogue-sample.csv'),
    );
    await reportText(dialog);
    await expect(dialog.getByRole('heading', { name: 'Preview' }).isVisible()).resolves.toBe(true);
    const partners = dialog.getByRole('combobox', { name: 'Partners', exact: true });
    const chosen = await partners.inputValue();
    expect(chosen).toMatch(/operator|owner/i);
    await dialog.getByRole('combobox', { name: 'Between partners' }).selectOption('/');
    expect(await dialog.locator('table.preview tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'import-mapping');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('button', { name: /^Load/ }).click();
    await expect.poll(() => query(page).get('data')).toMatch(/^local:/);

    dialog = await pickFile(page, 'satellite-catalogue-sample.csv', sample('satellite-catalogue-sample.csv'));
    await reportText(dialog);
    await expect(dialog.getByRole('combobox', { name: 'Between partners' }).inputValue()).resolves.toBe('/');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it('says up front which required column a spreadsheet lacks, instead of guessing one', async () => {
    const { page, context } = await open();
    const dialog = await pickFile(page, 'no-partners.csv', 'mission,launch year,notes\nProbe A,1990,x\n');
    await expect(dialog.getByRole('alert').innerText()).resolves.toBe(
      'Choose a column for: Partners. The file has none that looks like it.',
    );
    // Not pre-filled with some other column: the choice is the user's.
    await expect(dialog.getByRole('combobox', { name: 'Partners', exact: true }).inputValue()).resolves.toBe(
      '',
    );
    await expect(dialog.getByRole('button', { name: 'Continue' }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('combobox', { name: 'Partners', exact: true }).selectOption('notes');
    await expect(dialog.getByRole('alert').count()).resolves.toBe(0);
    await expect(dialog.getByRole('button', { name: 'Continue' }).isEnabled()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it('explains each kind of bad file and leaves the current data and view as they were', async () => {
    const { page, context } = await open('?agencies=esa');
    const before = await shownCount(page);
    const url = page.url();
    const bad: [string, string, RegExp][] = [
      [
        'malformed.csv',
        'name,start,partners\n"Unclosed,1990,NASA; ESA\nOther,1991,NASA; JAXA\n',
        /quote|malformed|Row/i,
      ],
      [
        'wrong-types.csv',
        'name,start,partners\nProbe A,nineteen-ninety,NASA; ESA\nProbe B,1999,NASA; ESA\n',
        /Row 2[\s\S]*start/,
      ],
      ['missing-columns.csv', 'title,when\nA,1990\n', /partners|name|start/i],
      ['not-json.json', '{"version": 1, "missions": [', /JSON/i],
      ['empty.json', '', /^The file is empty/m],
      [
        'photo.json',
        '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
        /^This is a binary file[\s\S]*JSON text/m,
      ],
    ];
    for (const [name, content, expected] of bad) {
      const dialog = await pickFile(page, name, content);
      const text = await reportText(dialog);
      expect(text).toMatch(expected);
      // A problem with no place in the file reads as a sentence, and nothing counts missions never read.
      expect(text).not.toMatch(/^\s*:/m);
      expect(text).not.toMatch(/\b0 of 0\b/);
      await dialog.getByRole('button', { name: 'Cancel' }).last().click();
      await expect(dialog.count()).resolves.toBe(0);
    }
    // A huge file is refused before it is read.
    // Written to a file: the test driver does not pass buffers this large.
    const hugePath = join(tmpdir(), 'space-explorer-huge.csv');
    writeFileSync(hugePath, Buffer.alloc(51 * 1024 * 1024, 'a'));
    await openMenu(page, /^Data$/);
    await page.locator('input[type="file"]').setInputFiles(hugePath);
    const huge = page.getByRole('dialog', { name: 'Importing space-explorer-huge.csv' });
    expect(await reportText(huge)).toMatch(/MB/);
    await huge.getByRole('button', { name: 'Cancel' }).click();
    expect(page.url()).toBe(url);
    expect(await shownCount(page)).toBe(before);
    await context.close();
  });

  it('never runs text from a file: script in names stays text, only http(s) links become links', async () => {
    const { page, context, errors } = await open();
    const csv =
      'name,start,partners,summary,sources\n"<img src=x onerror=""window.pwned=1""><script>window.pwned=1</script>",2001,NASA; ESA,"<b>bold?</b>",javascript:alert(1)\n';
    const dialog = await pickFile(page, 'injection.csv', csv);
    await dialog.getByRole('button', { name: /^Load/ }).click();
    await expect.poll(() => query(page).get('data')).toMatch(/^local:/);
    await tableRows(page).first().click();
    const details = region(page, 'Mission details');
    await expect(details.getByRole('heading', { level: 3 }).innerText()).resolves.toContain('<script>');
    await expect(details.innerText()).resolves.toContain('<b>bold?</b>');
    expect(await details.getByRole('link').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('taking results out', () => {
  it('exports the filtered missions as CSV and JSON, and the CSV re-imports to the same views', async () => {
    const { page, context } = await open('?agencies=esa,jaxa&match=all');
    const count = await shownCount(page);
    const csv = await downloadText(page, 'Missions as CSV');
    expect(csv.name).toMatch(/^missions-\d{4}-\d{2}-\d{2}\.csv$/);
    // A UTF-8 byte-order mark first, so spreadsheet programs read accents and Korean correctly.
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body.toString('utf8').split('\n')[0]).toMatch(/mission_id/);
    const json = await downloadText(page, 'Missions as JSON');
    const parsed = JSON.parse(json.body.toString('utf8'));
    expect(parsed.missions).toHaveLength(count);
    expect(parsed.version).toBe(1);

    const dialog = await pickFile(page, csv.name, csv.body);
    await dialog.getByRole('button', { name: /^Load/ }).click();
    await expect.poll(() => query(page).get('data')).toMatch(/^local:/);
    // The agency filter came along in the link, and the re-imported data shows the same missions.
    expect(await shownCount(page)).toBe(count);
    await context.close();
  });

  it('exports the graph and the timeline as SVG and high-resolution PNG with a caption, and a citation', async () => {
    const { page, context } = await open('?agencies=isro');
    const svg = await downloadText(page, 'Graph as SVG');
    const text = svg.body.toString('utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('With ISRO');
    expect(text).toContain('Space Collaboration Explorer');
    const png = await downloadText(page, 'Graph as PNG');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    // The picture is cropped to the agencies drawn (no empty bands from the panel), carries the colour key,
    // and is rendered at three times that size or more (at least 1800 px wide), sharp on a projector.
    const size = (name: string) => Number(text.match(new RegExp(`<svg[^>]* ${name}="([0-9.]+)"`))?.[1]);
    const panel = await region(page, 'Partnership graph').locator('.graph-surface').boundingBox();
    expect(size('width')).toBeLessThanOrEqual(Math.ceil(panel?.width ?? 0));
    expect(text).toMatch(/<g class="legend">.*Asia.*<\/g>/s);
    const scale = png.body.readUInt32BE(16) / size('width');
    expect(scale).toBeGreaterThanOrEqual(2.99);
    expect(png.body.readUInt32BE(16)).toBeGreaterThanOrEqual(1799);
    expect(png.body.readUInt32BE(20) / size('height')).toBeCloseTo(scale, 1);
    const tsvg = await downloadText(page, 'Timeline as SVG');
    expect(tsvg.body.toString('utf8')).toContain('Chandrayaan');
    const tpng = await downloadText(page, 'Timeline as PNG');
    expect(tpng.body.readUInt32BE(16)).toBeGreaterThan(2000);
    await openMenu(page, /^Export$/);
    const citation = await page.getByTestId('citation').innerText();
    expect(citation).toContain('agencies=isro');
    expect(citation).toContain('With ISRO');
    await context.close();
  });

  it('crops a picture of the whole graph to the agencies drawn, leaving out the empty top of the panel', async () => {
    const { page, context, errors } = await open();
    const text = (await downloadText(page, 'Graph as SVG')).body.toString('utf8');
    const [x = 0, y = 0, width = 0] = (text.match(/<svg[^>]* viewBox="([^"]+)"/)?.[1] ?? '')
      .split(' ')
      .map(Number);
    const panel = await region(page, 'Partnership graph').locator('.graph-surface').boundingBox();
    // The picture is titled, in a band above the drawing (14 px and 20 a line, see framedSvg): the drawing's
    // own top is where the crop starts, below the panel's empty top.
    const title = text.match(/<text class="title"[^>]*>([\s\S]*?)<\/text>/)?.[1] ?? '';
    expect(title).toContain('Partnership graph — ');
    const titleLines = title.match(/<tspan/g)?.length ?? 0;
    expect(y + 14 + 20 * titleLines).toBeGreaterThan(20);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(width).toBeLessThan((panel?.width ?? 0) - 20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports every bar of the timeline, not only those drawn near its view', async () => {
    const { page, context, errors } = await open();
    const missions = await shownCount(page);
    const drawn = await region(page, 'Timeline').locator('g.bar').count();
    expect(drawn).toBeLessThan(missions);
    const svg = (await downloadText(page, 'Timeline as SVG')).body.toString('utf8');
    expect(svg.match(/class="bar bar-/g)?.length).toBe(missions);
    // The page is back to the bars near the view.
    await expect.poll(() => region(page, 'Timeline').locator('g.bar').count()).toBe(drawn);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ships a Content Security Policy in the built page', async () => {
    const { page, context, errors } = await open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(errors).toEqual([]);
    await context.close();
  });
});
