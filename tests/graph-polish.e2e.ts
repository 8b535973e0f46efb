import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphNodes, query, region, tableRows, withApp } from './support/app';
import { screenshot } from './support/browser';

const open = withApp();

/** The organizations a mission of the default dataset names as partners. */
async function partnersOf(page: Page, mission: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const data = (await (await fetch('data/default.json')).json()) as {
      missions: { id: string; partners: { org: string }[] }[];
    };
    return data.missions.find((m) => m.id === id)?.partners.map((p) => p.org) ?? [];
  }, mission);
}

/** Each agency the graph shows: its id, accessible name, and whether it is ringed or faded. */
const nodeStates = (page: Page) =>
  graphNodes(page).evaluateAll((nodes) =>
    nodes.map((g) => ({
      id: g.getAttribute('data-id') ?? '',
      name: g.getAttribute('aria-label') ?? '',
      ring: g.classList.contains('ring'),
      dim: g.classList.contains('dim'),
    })),
  );

/** The graph's labels as drawn at a link: their height and distance to their own node's circle. */
async function graphLabels(path: string) {
  const { page, context, errors } = await open(path);
  const graph = region(page, 'Partnership graph');
  await graph.locator('text.node-label').first().waitFor();
  const found = await graph.locator('text.node-label').evaluateAll((texts) =>
    texts.map((t) => {
      const box = t.getBoundingClientRect();
      // The node named: the label's own button, found by its name.
      const node = [...document.querySelectorAll('.graph-panel g.node')].find((g) =>
        (g.getAttribute('aria-label') ?? '').startsWith(`${t.textContent}:`),
      );
      const c = node?.querySelector('circle')?.getBoundingClientRect();
      const gap = c
        ? Math.max(0, box.left - c.right, c.left - box.right) +
          Math.max(0, box.top - c.bottom, c.top - box.bottom)
        : Infinity;
      return { text: t.textContent ?? '', height: box.height, gap };
    }),
  );
  await screenshot(page, `graph-labels-${path === '' ? 'default' : 'framed'}`);
  expect(errors).toEqual([]);
  await context.close();
  return found;
}

describe('the partnership graph, polished', () => {
  it('highlights the selected mission’s organizations, says so, and names them as partners', async () => {
    const { page, context, errors } = await open('?mission=jwst');
    const partners = await partnersOf(page, 'jwst');
    expect(partners.length).toBeGreaterThan(2);
    const graph = region(page, 'Partnership graph');
    const hint = graph.locator('#graph-emphasis');
    await expect
      .poll(() => hint.innerText())
      .toMatch(/^Highlighting the \d+ organizations of James Webb Space Telescope$/);
    // The drawing points to that sentence for screen readers.
    await expect(
      graph
        .getByRole('group', { name: 'Agencies and their shared missions' })
        .getAttribute('aria-describedby'),
    ).resolves.toBe('graph-emphasis');

    const nodes = await nodeStates(page);
    const members = nodes.filter((n) => partners.includes(n.id));
    const others = nodes.filter((n) => !partners.includes(n.id));
    expect(members.length).toBeGreaterThan(2);
    expect(await hint.innerText()).toContain(`the ${members.length} organizations`);
    for (const n of members) {
      expect(n).toMatchObject({ ring: true, dim: false });
      expect(n.name).toMatch(/; a partner in James Webb Space Telescope$/);
    }
    for (const n of others) {
      expect(n).toMatchObject({ ring: false, dim: true });
      expect(n.name).not.toContain('James Webb');
    }
    // The links among them are drawn strong; the rest faded.
    await expect(graph.locator('path.link.strong').count()).resolves.toBeGreaterThan(0);
    await expect(graph.locator('path.link.dim').count()).resolves.toBeGreaterThan(0);
    // Seen: a member's ring is the accent colour, and it is not faded.
    const ring = await graph
      .locator(`g.node[data-id="${members[0]?.id}"] circle`)
      .evaluate((c) => [getComputedStyle(c).stroke, getComputedStyle(c.parentElement as Element).opacity]);
    const accent = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'var(--accent)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    expect(ring).toEqual([accent, '1']);
    await screenshot(page, 'graph-mission-jwst');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a mission chosen in the table, and a focused agency chosen after it', async () => {
    const { page, context, errors } = await open();
    const graph = region(page, 'Partnership graph');
    await expect(graph.locator('#graph-emphasis').count()).resolves.toBe(0);
    await expect(graph.locator('g.node.ring').count()).resolves.toBe(0);
    const row = tableRows(page).first();
    await row.click();
    await expect.poll(() => query(page).get('mission')).toBeTruthy();
    const mission = query(page).get('mission') ?? '';
    const partners = await partnersOf(page, mission);
    await expect.poll(() => graph.locator('g.node.ring').count()).toBe(partners.length);
    await expect(graph.locator('#graph-emphasis').innerText()).resolves.toMatch(/^Highlighting the /);
    // Focusing an agency afterwards shows its partners instead; the mission stays selected.
    await graph.getByRole('button', { name: /^NASA: / }).click();
    await expect.poll(() => query(page).get('agency')).toBe('nasa');
    await expect.poll(() => graph.locator('#graph-emphasis').count()).toBe(0);
    await expect(graph.locator('g.node.ring').count()).resolves.toBe(0);
    expect(query(page).get('mission')).toBe(mission);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the compared pair’s line thick, in the accent colour, over the circles, and rings the pair', async () => {
    const { page, context, errors } = await open('?compare=isro,cnes');
    const graph = region(page, 'Partnership graph');
    const line = graph.locator('.compared-pair path.link.compared');
    await expect(line.count()).resolves.toBe(1);
    const style = await line.evaluate((p) => {
      const s = getComputedStyle(p);
      return {
        width: parseFloat(s.strokeWidth),
        opacity: Number(s.strokeOpacity),
        after: !!p.closest('g')?.previousElementSibling?.matches('g.nodes'),
      };
    });
    expect(style.width).toBeGreaterThanOrEqual(4);
    expect(style.opacity).toBe(1);
    // Drawn after (over) the circles, so the agencies between the two do not hide it.
    expect(style.after).toBe(true);
    const ringed = (await nodeStates(page)).filter((n) => n.ring).map((n) => n.id);
    expect(ringed.sort()).toEqual(['cnes', 'isro']);
    await screenshot(page, 'graph-compare-isro-cnes');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the hubs, each label clear of every other circle and every other label', async () => {
    const { page, context, errors } = await open();
    const graph = region(page, 'Partnership graph');
    const result = await graph.locator('svg.graph').evaluate((svg) => {
      const circles = [...svg.querySelectorAll('g.node:not([visibility="hidden"])')].map((g) => {
        const b = (g.querySelector('circle') as SVGCircleElement).getBoundingClientRect();
        return {
          id: g.getAttribute('data-id') ?? '',
          name: (g.getAttribute('aria-label') ?? '').split(':')[0] ?? '',
          x: b.x + b.width / 2,
          y: b.y + b.height / 2,
          r: b.width / 2,
        };
      });
      const labels = [...svg.querySelectorAll('text.node-label')].map((t) => {
        const b = t.getBoundingClientRect();
        return {
          text: t.textContent ?? '',
          inside: t.classList.contains('inside'),
          x0: b.left,
          y0: b.top,
          x1: b.right,
          y1: b.bottom,
        };
      });
      return { circles, labels };
    });
    const { circles, labels } = result;
    const hubs = [...circles].sort((a, b) => b.r - a.r).slice(0, 8);
    const named = new Set(labels.map((l) => l.text));
    // The eight largest agencies are all named (the reviewer found Roscosmos and DLR unnamed).
    expect(hubs.filter((h) => !named.has(h.name)).map((h) => h.name)).toEqual([]);
    for (const l of labels.filter((label) => !label.inside)) {
      // A glyph box is a little taller than the letters; a pixel of slack for rounding.
      const box = { x0: l.x0 + 1, y0: l.y0 + 2, x1: l.x1 - 1, y1: l.y1 - 2 };
      for (const c of circles) {
        if (c.name === l.text) continue;
        const dx = Math.max(box.x0 - c.x, 0, c.x - box.x1);
        const dy = Math.max(box.y0 - c.y, 0, c.y - box.y1);
        expect({ label: l.text, circle: c.name, clear: Math.hypot(dx, dy) >= c.r }).toEqual({
          label: l.text,
          circle: c.name,
          clear: true,
        });
      }
    }
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect({
          a: a.text,
          b: b.text,
          overlap: a.x0 + 1 < b.x1 && b.x0 + 1 < a.x1 && a.y0 + 2 < b.y1 && b.y0 + 2 < a.y1,
        }).toEqual({
          a: a.text,
          b: b.text,
          overlap: false,
        });
    await screenshot(page, 'graph-labels-default');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes names at the same size when a link opens zoomed in on a few agencies, each by its node', async () => {
    const plain = await graphLabels('');
    const framed = await graphLabels('?agencies=esa,jaxa&match=all');
    const tallest = Math.max(...plain.map((l) => l.height));
    expect(framed.length).toBeGreaterThan(3);
    // Zoomed in 2× or more, the type is still the page's (it was drawn at 50 px, on long leaders).
    expect(framed.filter((l) => l.height > tallest + 1)).toEqual([]);
    // Next to its node, or a short leader away (they ran 80–130 px).
    expect(framed.filter((l) => l.gap >= 60)).toEqual([]);
  });

  it('highlights a mission on the canvas graph too, in its list of agencies', async () => {
    const { page, context, errors } = await open('?data=fixtures/synthetic-10k.json&mission=mission-2667');
    const graph = region(page, 'Partnership graph');
    await expect
      .poll(() => graph.locator('#graph-emphasis').innerText(), { timeout: 20_000 })
      .toBe('Highlighting the 14 organizations of Mission 2667');
    const list = graph.getByRole('list', { name: 'Agencies in the graph' });
    await expect(list.getAttribute('aria-describedby')).resolves.toBe('graph-emphasis');
    const members = await list
      .getByRole('button', { name: /a partner in Mission 2667$/, includeHidden: true })
      .count();
    expect(members).toBe(14);
    await screenshot(page, 'graph-mission-canvas');
    expect(errors).toEqual([]);
    await context.close();
  });
});
