import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  graphNodes,
  query,
  region,
  shownCount,
  tableRows,
  timelineBar,
  timelineBars,
  timelineTotal,
  withApp,
} from './support/app';
import { screenshot } from './support/browser';

const open = withApp();

describe('the explorer on the default dataset', () => {
  it('renders the three linked views, the filters and the details panel from the real data', async () => {
    const { page, context, errors } = await open();
    for (const name of ['Filters', 'Mission table', 'Partnership graph', 'Timeline', 'Mission details']) {
      await expect(region(page, name).isVisible()).resolves.toBe(true);
    }
    const missions = await shownCount(page);
    expect(missions).toBeGreaterThanOrEqual(150);
    expect(await tableRows(page).count()).toBeLessThan(missions); // virtualized: only rows near the view exist
    expect(await timelineTotal(page)).toBe(missions);
    // Like the table, the timeline draws only the bars near its view.
    expect(await timelineBars(page).count()).toBeLessThan(missions / 2);
    expect(await graphNodes(page).count()).toBeGreaterThanOrEqual(15);
    await expect(
      region(page, 'Partnership graph')
        .getByRole('button', { name: /^NASA: \d+ missions/ })
        .isVisible(),
    ).resolves.toBe(true);

    // Nodes sit inside the drawing and do not pile up on one spot.
    const spots = await graphNodes(page).evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => `${Math.round(r.x / 5)},${Math.round(r.y / 5)}`),
    );
    expect(new Set(spots).size).toBeGreaterThan(spots.length * 0.9);

    const shot = await screenshot(page, 'default-laptop');
    mkdirSync(resolve(import.meta.dirname, '../docs'), { recursive: true });
    copyFileSync(shot, resolve(import.meta.dirname, '../docs/screenshot.png'));
    await screenshot(page, 'default-full', true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters all three views when an agency is ticked, and says so in the URL', async () => {
    const { page, context, errors } = await open();
    const allRows = await shownCount(page);
    const allNodes = await graphNodes(page).count();
    await region(page, 'Filters').getByRole('checkbox', { name: /^ISRO/ }).check();
    await expect.poll(() => query(page).get('agencies')).toBe('isro');
    const rows = await shownCount(page);
    expect(rows).toBeLessThan(allRows);
    expect(rows).toBeGreaterThan(3);
    for (const text of await tableRows(page).allInnerTexts()) expect(text).toContain('ISRO');
    expect(await timelineBars(page).count()).toBe(rows);
    const nodes = await graphNodes(page).count();
    expect(nodes).toBeLessThan(allNodes);
    await expect(
      region(page, 'Partnership graph')
        .getByRole('button', { name: /^ISRO: \d+ missions/ })
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'filtered-isro');

    // Back steps through the filter change; forward re-applies it.
    await page.goBack();
    await expect.poll(() => shownCount(page)).toBe(allRows);
    await expect(region(page, 'Filters').getByRole('checkbox', { name: /^ISRO/ }).isChecked()).resolves.toBe(
      false,
    );
    await page.goForward();
    await expect.poll(() => shownCount(page)).toBe(rows);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens filtered from a link with agencies=esa, and a reload keeps the view', async () => {
    const { page, context, errors } = await open('?agencies=esa&mission=jwst');
    await expect(region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ }).isChecked()).resolves.toBe(
      true,
    );
    for (const text of await tableRows(page).allInnerTexts()) expect(text).toContain('ESA');
    await expect(
      region(page, 'Mission details')
        .getByRole('heading', { name: 'James Webb Space Telescope' })
        .isVisible(),
    ).resolves.toBe(true);
    const rows = await shownCount(page);
    await page.reload();
    await region(page, 'Mission table').waitFor();
    expect(await shownCount(page)).toBe(rows);
    expect(query(page).get('mission')).toBe('jwst');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a polite notice for a bad agencies value and keeps working', async () => {
    const { page, context, errors } = await open('?agencies=esa,not-an-agency,%3Cscript%3E&from=banana');
    const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(
      notices.getByText('Ignored agency "<script>" in agencies: not a valid id.').isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('No organization "not-an-agency" in this dataset').isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText('Ignored from="banana"').isVisible()).resolves.toBe(true);
    // The valid part of the link still applies, and the address is cleaned up.
    await expect(region(page, 'Filters').getByRole('checkbox', { name: /^ESA/ }).isChecked()).resolves.toBe(
      true,
    );
    await expect.poll(() => query(page).get('agencies')).toBe('esa');
    expect(await shownCount(page)).toBeGreaterThan(10);
    await screenshot(page, 'bad-agencies-notice');
    await page.getByRole('button', { name: /^Dismiss: Ignored agency/ }).click();
    await expect(page.getByText('Ignored agency "<script>"').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links the views: a graph click focuses an agency, a timeline click selects a mission', async () => {
    const { page, context, errors } = await open();
    await region(page, 'Partnership graph')
      .getByRole('button', { name: /^JAXA: \d+ missions/ })
      .click();
    await expect.poll(() => query(page).get('agency')).toBe('jaxa');
    const rows = await tableRows(page).allInnerTexts();
    for (const text of rows) expect(text).toContain('JAXA');
    expect(await timelineTotal(page)).toBe(await shownCount(page));

    // A hovered bar is named in a tooltip, which goes once the pointer leaves the bar.
    const bar = await timelineBar(page, /^Hayabusa2,/);
    await bar.hover();
    const tooltip = region(page, 'Timeline').getByRole('tooltip');
    await expect(tooltip.innerText()).resolves.toMatch(/Hayabusa2[\s\S]*\d+ partners? · click for details/);
    const box = await region(page, 'Timeline').locator('.timeline-scroll').boundingBox();
    const barBox = await bar.boundingBox();
    if (!box || !barBox) throw new Error('no timeline box');
    await page.mouse.move(box.x + box.width - 6, barBox.y + barBox.height / 2);
    await expect.poll(() => tooltip.count()).toBe(0);
    // A scroll that takes the bar from under a still pointer closes it too.
    await bar.hover();
    await expect.poll(() => tooltip.count()).toBe(1);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => tooltip.count()).toBe(0);

    await bar.click();
    await expect.poll(() => query(page).get('mission')).toBe('hayabusa2');
    const details = region(page, 'Mission details');
    await expect(details.getByRole('heading', { name: 'Hayabusa2' }).isVisible()).resolves.toBe(true);
    await expect(details.getByText('DLR').first().isVisible()).resolves.toBe(true);
    expect(await details.getByRole('link').count()).toBeGreaterThan(0);
    await expect(region(page, 'Mission table').locator('tr.selected').innerText()).resolves.toContain(
      'Hayabusa2',
    );
    await screenshot(page, 'focused-jaxa-selected-hayabusa2');

    // Sorting the table by partners puts the biggest partnership first.
    await region(page, 'Mission table').getByRole('button', { name: 'Partners' }).click();
    const sortedHeader = region(page, 'Mission table').locator('th[aria-sort="descending"]');
    await expect(sortedHeader.innerText()).resolves.toContain('Partners');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches the table by text and the graph and timeline follow', async () => {
    const { page, context } = await open();
    await region(page, 'Mission table').getByRole('searchbox', { name: 'Search missions' }).fill('Mercury');
    await expect.poll(() => query(page).get('q')).toBe('Mercury');
    const rows = await tableRows(page).allInnerTexts();
    expect(rows.some((r) => r.includes('BepiColombo'))).toBe(true);
    expect(await timelineBars(page).count()).toBe(rows.length);
    expect(await shownCount(page)).toBe(rows.length);
    await context.close();
  });

  it('changes filters without a request: each change rewrites the link, and nothing is fetched again', async () => {
    const { page, context } = await open();
    await tableRows(page).first().waitFor();
    // Chromium asks for the page's icon again whenever the address changes; an icon file would be fetched
    // (through the service worker) on every filter change.
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const filters = region(page, 'Filters');
    for (const name of [/^ESA/, /^JAXA/, /^ESA/]) {
      await filters.getByRole('checkbox', { name }).click();
      await expect.poll(() => page.url()).toMatch(/agencies=|\/$/);
    }
    await expect.poll(() => query(page).get('agencies')).toBe('jaxa');
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('explaining what is shown', () => {
  it('shows a node’s name and counts on hover', async () => {
    const { page, context } = await open();
    await region(page, 'Partnership graph')
      .getByRole('button', { name: /^ESA: \d+ missions/ })
      .hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip.innerText()).resolves.toMatch(
      /ESA\s+European Space Agency\s+\d+ missions · \d+ partners/,
    );
    await context.close();
  });

  it('opens "About the data" with counts, update date, citation, error reporting and license', async () => {
    const { page, context, errors } = await open();
    await page.getByRole('button', { name: 'About the data' }).click();
    const dialog = page.getByRole('dialog', { name: 'About the data' });
    const text = await dialog.innerText();
    expect(text).toMatch(/counts \d{3} missions and programs, from 1975 to 20\d\d/);
    expect(text).toContain('Last updated 2026-11-22');
    for (const heading of [
      'What counts as a collaboration',
      'What the fields mean',
      'How to cite it',
      'Found an error?',
      'License',
    ])
      await expect(dialog.getByRole('heading', { name: heading }).isVisible()).resolves.toBe(true);
    expect(text).toContain('CC BY 4.0');
    await expect(
      dialog.getByRole('link', { name: /creativecommons\.org\/licenses\/by\/4\.0/ }).getAttribute('href'),
    ).resolves.toBe('https://creativecommons.org/licenses/by/4.0/');
    await screenshot(page, 'about-the-data');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('button', { name: 'About the data' }).evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a dataset that cannot be used', () => {
  it('explains a missing file instead of showing a blank page', async () => {
    const { page, context } = await open('?data=fixtures/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toContain('could not be found');
    await screenshot(page, 'missing-dataset');
    await alert.getByRole('button', { name: 'Open the default dataset' }).click();
    await region(page, 'Mission table').waitFor();
    expect(query(page).get('data')).toBeNull();
    await context.close();
  });

  it('lists the problems of an invalid file with their place', async () => {
    const { page, context } = await open('?data=fixtures/invalid.json');
    const text = await page.getByRole('alert').innerText();
    expect(text).toContain('missions[0].start: start year 19999 is not a year');
    expect(text).toContain(
      'missions[0].partners[0].org: organization "nobody" is not in the organizations list',
    );
    await context.close();
  });
});
