import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import { createForceLayout } from './forceLayout';
import { buildPartnershipGraph } from './partnerships';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

const BOX = { width: 600, height: 400 };

describe('force layout controller', () => {
  const d = smallDataset();
  const full = buildPartnershipGraph(d.missions, d.organizations);

  it('places every node, without overlaps, deterministically', () => {
    const a = createForceLayout().update(full, () => 10, BOX);
    const b = createForceLayout().update(full, () => 10, BOX);
    expect([...a.keys()].sort()).toEqual(['cnes', 'esa', 'isro', 'jaxa', 'nasa']);
    expect(a).toEqual(b);
    const pts = [...a.values()];
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(distance(pts[i]!, pts[j]!)).toBeGreaterThan(15);
  });

  it('keeps existing nodes near where they were when the graph is filtered', () => {
    const layout = createForceLayout();
    const before = layout.update(full, () => 10, BOX);
    const filtered = buildPartnershipGraph(
      d.missions.filter((m) => m.id !== 'saral'),
      d.organizations,
    );
    const after = layout.update(filtered, () => 10, BOX);
    for (const id of ['esa', 'nasa', 'jaxa'])
      expect(distance(before.get(id)!, after.get(id)!)).toBeLessThan(40);
  });

  it('forgets positions on reset', () => {
    const layout = createForceLayout();
    const first = layout.update(full, () => 10, BOX);
    layout.reset();
    expect(layout.update(full, () => 10, BOX)).toEqual(first);
  });

  it('keeps a pinned node where it was dropped', () => {
    const layout = createForceLayout();
    layout.update(full, () => 10, BOX);
    layout.pin('cnes', { x: 200, y: -100 });
    const after = layout.update(full, () => 10, BOX);
    expect(after.get('cnes')).toEqual({ x: 200, y: -100 });
  });

  it('keeps every node inside the drawing area', () => {
    const small = { width: 200, height: 120 };
    for (const p of createForceLayout()
      .update(full, () => 10, small)
      .values()) {
      expect(Math.abs(p.x)).toBeLessThanOrEqual(100 - 10);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(60 - 10);
    }
  });
});

describe('force layout controller: fresh runs and hidden nodes', () => {
  const d = smallDataset();
  const full = buildPartnershipGraph(d.missions, d.organizations);
  const part = buildPartnershipGraph(
    d.missions.filter((m) => m.id !== 'saral'),
    d.organizations,
  );

  it('remembers the places of nodes a later run did not include', () => {
    const layout = createForceLayout();
    const before = layout.update(full, () => 10, BOX);
    const after = layout.update(part, () => 10, BOX, 1);
    expect(part.nodes.some((n) => n.id === 'cnes')).toBe(false);
    expect(after.get('cnes')).toEqual(before.get('cnes'));
  });

  it('lays out afresh, forgetting pins, when a new generation is asked for', () => {
    const layout = createForceLayout();
    layout.update(full, () => 10, BOX);
    layout.pin('esa', { x: 250, y: 150 });
    const fresh = layout.update(full, () => 10, BOX, 1);
    expect(fresh.get('esa')).not.toEqual({ x: 250, y: 150 });
    expect(fresh).toEqual(createForceLayout().update(full, () => 10, BOX));
  });
});
