import { describe, expect, it } from 'vitest';
import {
  INSIDE_MIN_SCALE,
  LABEL_CLEARANCE,
  labelSpot,
  placeLabels,
  type LabelCandidate,
  type LabelObstacle,
  type LabelSpot,
} from './labels';

/** The box a placed label takes on screen. */
const boxOf = (c: { x: number; y: number }, spot: LabelSpot) => ({
  x0: c.x + spot.box.x0,
  y0: c.y + spot.box.y0,
  x1: c.x + spot.box.x1,
  y1: c.y + spot.box.y1,
});

/** How far a box is from a circle's edge (negative: it covers part of the circle). */
function distance(box: ReturnType<typeof boxOf>, o: LabelObstacle) {
  const dx = Math.max(box.x0 - o.x, 0, o.x - box.x1);
  const dy = Math.max(box.y0 - o.y, 0, o.y - box.y1);
  return Math.hypot(dx, dy) - o.r;
}

/** How far a placed label's leader line passes from a circle's edge. */
function leaderDistance(c: { x: number; y: number }, spot: LabelSpot, o: LabelObstacle) {
  const l = spot.leader;
  if (!l) return Infinity;
  const [ax, ay, bx, by] = [c.x + l.x1, c.y + l.y1, c.x + l.x2, c.y + l.y2];
  const t = Math.max(
    0,
    Math.min(1, ((o.x - ax) * (bx - ax) + (o.y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(ax + t * (bx - ax) - o.x, ay + t * (by - ay) - o.y) - o.r;
}

/** A seeded pseudo-random source, so the crowded graphs below are the same on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

function crowd(seed: number, count: number): LabelCandidate[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: next() * 500,
    y: next() * 400,
    r: 3 + next() * 14,
    text: 'Agency'.slice(0, 2 + Math.floor(next() * 5)) + i,
    priority: next() < 0.1 ? 1 : 0,
  }));
}

describe('placeLabels', () => {
  it('labels the more important of two nodes whose labels would collide', () => {
    const shown = placeLabels(
      [
        { id: 'small', x: 100, y: 100, r: 5, text: 'Small agency', priority: 0 },
        { id: 'big', x: 110, y: 100, r: 5, text: 'Big agency', priority: 1 },
      ],
      [],
    );
    expect(shown.get('big')?.placement).toBe('below');
    // The other one is not piled onto it: it goes over its node instead, or is left out.
    expect(shown.get('small')?.placement ?? 'left out').not.toBe('below');
  });

  it('labels both when they are apart, under their nodes', () => {
    const shown = placeLabels(
      [
        { id: 'a', x: 0, y: 0, r: 5, text: 'Agency A', priority: 0 },
        { id: 'b', x: 300, y: 0, r: 5, text: 'Agency B', priority: 0 },
      ],
      [],
    );
    expect([...shown.values()].map((s) => s.placement)).toEqual(['below', 'below']);
  });

  it('puts a label over its node when a circle lies under it', () => {
    const node = { id: 'jaxa', x: 100, y: 100, r: 8, text: 'JAXA', priority: 0 };
    const under = { id: 'csa', x: 100, y: 125, r: 6 };
    const shown = placeLabels([node], [node, under], 7.8, 14);
    expect(shown.get('jaxa')?.placement).toBe('above');
    const spot = shown.get('jaxa');
    // Written over the circle: baseline above its top, centred on it.
    expect(spot?.anchor).toBe('middle');
    expect((spot?.dy ?? 0) < -node.r).toBe(true);
  });

  it('goes beside its node when under and over are taken, and reads from the node outwards', () => {
    const node = { id: 'dlr', x: 100, y: 100, r: 8, text: 'DLR', priority: 0 };
    const obstacles = [node, { id: 'b', x: 100, y: 126, r: 6 }, { id: 'a', x: 100, y: 74, r: 6 }];
    const right = placeLabels([node], obstacles, 7.8, 14).get('dlr');
    expect(right?.placement).toBe('right');
    expect(right?.anchor).toBe('start');
    expect(right?.dx).toBeGreaterThan(node.r);
    const left = placeLabels([node], [...obstacles, { id: 'c', x: 130, y: 100, r: 6 }], 7.8, 14).get('dlr');
    expect(left?.placement).toBe('left');
    expect(left?.anchor).toBe('end');
    expect(left?.dx).toBeLessThan(-node.r);
  });

  it('names a hub even when a smaller node sits right under it (the smaller one is named elsewhere)', () => {
    const hub = { id: 'roscosmos', x: 200, y: 200, r: 13, text: 'Roscosmos', priority: 0 };
    const small = { id: 'jaxa', x: 200, y: 232, r: 7, text: 'JAXA', priority: 0 };
    const shown = placeLabels([small, hub], [hub, small], 7.8, 14);
    expect(shown.get('roscosmos')?.placement).toBe('above');
    expect(shown.has('jaxa')).toBe(true);
    expect(shown.get('jaxa')?.placement).not.toBe('above');
  });

  it('keeps a label off another node unless it is the focused one', () => {
    // Boxed in on all four sides.
    const node = { id: 'a', x: 50, y: 50, r: 5, text: 'Agency', priority: 0 };
    const walls = [
      { x: 50, y: 68, r: 8 },
      { x: 50, y: 32, r: 8 },
      { x: 72, y: 50, r: 8 },
      { x: 28, y: 50, r: 8 },
    ];
    expect(placeLabels([node], walls).size).toBe(0);
    expect(placeLabels([{ ...node, priority: 3 }], walls).size).toBe(1);
  });

  it('shows a focused label with no free spot where it covers the least', () => {
    const node = { id: 'a', x: 50, y: 50, r: 5, text: 'Agency', priority: 3 };
    const walls = [
      { x: 50, y: 72, r: 10 },
      { x: 50, y: 30, r: 3 },
      { x: 80, y: 50, r: 10 },
      { x: 20, y: 50, r: 10 },
    ];
    const spot = placeLabels([node], walls, 7, 14, { maxLeaderSearches: 0 }).get('a');
    expect(spot?.placement).toBe('above');
  });

  it('puts a label inside a circle wide enough to hold it', () => {
    const shown = placeLabels([{ id: 'nasa', x: 0, y: 0, r: 24, text: 'NASA', priority: 0 }], []);
    expect(shown.get('nasa')?.placement).toBe('inside');
  });

  it.each([1, 2, 3])(
    'in a crowded graph (seed %i), covers no circle, overlaps no label, and sits nearest its own node',
    (seed) => {
      const nodes = crowd(seed, 120);
      const shown = placeLabels(nodes, nodes, 7.8, 14);
      expect(shown.size).toBeGreaterThan(20);
      const boxes: ReturnType<typeof boxOf>[] = [];
      const problems: string[] = [];
      for (const n of nodes) {
        const spot = shown.get(n.id);
        if (!spot || spot.placement === 'inside') continue;
        const box = boxOf(n, spot);
        for (const o of nodes) {
          if (o.id === n.id) continue;
          // Clear of every other circle; next to its node, by more than the gap to its own; set off from
          // it, tied to it by a line that passes no other circle.
          if (distance(box, o) < LABEL_CLEARANCE - 1e-9) problems.push(`${n.id} label near ${o.id}`);
          if (spot.leader && leaderDistance(n, spot, o) <= 1) problems.push(`${n.id} leader over ${o.id}`);
          if (!spot.leader && distance(box, o) <= distance(box, n) + 2)
            problems.push(`${n.id} label nearer ${o.id} than its own node`);
        }
        // A leader starts at its own circle's edge.
        if (spot.leader && Math.abs(Math.hypot(spot.leader.x1, spot.leader.y1) - n.r - 1) > 1e-6)
          problems.push(`${n.id} leader detached`);
        for (const b of boxes)
          if (b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)
            problems.push(`${n.id} label overlaps another`);
        boxes.push(box);
      }
      expect(problems).toEqual([]);
    },
  );

  it('names large nodes before small ones when they compete for the same room', () => {
    const nodes = crowd(7, 150);
    const shown = placeLabels(nodes, nodes, 7.8, 14);
    const rate = (keep: (r: number) => boolean) => {
      const group = nodes.filter((n) => keep(n.r));
      return group.filter((n) => shown.has(n.id)).length / group.length;
    };
    expect(rate((r) => r >= 12)).toBeGreaterThan(rate((r) => r < 6));
  });
});

describe('placeLabels, in a crowded spot', () => {
  // A hub hemmed in on four sides by small agencies, with room further out.
  const hub = { id: 'roscosmos', x: 200, y: 200, r: 12, text: 'Roscosmos', priority: 0 };
  const ring = [0, 90, 180, 270].map((deg, i) => ({
    id: `n${i}`,
    x: 200 + Math.cos((deg * Math.PI) / 180) * 24,
    y: 200 + Math.sin((deg * Math.PI) / 180) * 24,
    r: 5,
  }));

  it('sets a large node’s label off with a leader line that crosses no circle', () => {
    const spot = placeLabels([hub], [hub, ...ring], 7.8, 14).get('roscosmos');
    expect(spot?.leader).toBeDefined();
    const box = boxOf(hub, spot as LabelSpot);
    for (const o of ring) {
      expect(distance(box, o)).toBeGreaterThanOrEqual(LABEL_CLEARANCE);
      expect(leaderDistance(hub, spot as LabelSpot, o)).toBeGreaterThan(1);
    }
    // Not for a small node, nor when the searches are used up.
    expect(placeLabels([{ ...hub, r: 5 }], [{ ...hub, r: 5 }, ...ring], 7.8, 14).size).toBe(0);
    expect(placeLabels([hub], [hub, ...ring], 7.8, 14, { maxLeaderSearches: 0 }).size).toBe(0);
  });

  it('writes a name that nearly fits inside its circle in slightly smaller type', () => {
    const jaxa = { id: 'jaxa', x: 0, y: 0, r: 13.7, text: 'JAXA', priority: 0 };
    const spot = placeLabels([jaxa], [jaxa], 7.8, 14).get('jaxa');
    expect(spot?.placement).toBe('inside');
    expect(spot?.scale).toBeGreaterThanOrEqual(INSIDE_MIN_SCALE);
    expect(spot?.scale).toBeLessThan(1);
    expect(placeLabels([{ ...jaxa, r: 24 }], [], 7.8, 14).get('jaxa')?.scale).toBeUndefined();
  });

  it('fits a name inside its circle across the chord its letters span, not the diameter', () => {
    // 39.5 px of text in a circle 40 px across: by the diameter it fits at full size, but its letters'
    // corners would stick out of the circle. Written inside, it is a little smaller.
    const asi = { id: 'asi', x: 0, y: 0, r: 20, text: 'ASI', width: 39.5, priority: 0 };
    const spot = placeLabels([asi], [asi], 7.8, 14).get('asi');
    expect(spot?.placement).toBe('inside');
    const s = spot?.scale ?? 1;
    expect(s).toBeLessThan(1);
    // The scaled text's corners (half its width, half the letters' height) lie within the circle.
    expect(Math.hypot((39.5 * s) / 2, 0.3 * 14 * s)).toBeLessThanOrEqual(20 + 1e-9);
  });

  it('lets large type shrink further inside a hub when told to (presentation mode)', () => {
    // A 20 px name measured 60 px wide, in a circle 48 px across: too small by default…
    const cnes = { id: 'cnes', x: 0, y: 0, r: 24, text: 'CNES', width: 60, priority: 0 };
    const neighbours = [
      cnes,
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ x: 50 * Math.cos(i), y: 50 * Math.sin(i), r: 14 })),
    ];
    expect(placeLabels([cnes], neighbours, 13, 24, { maxLeaderSearches: 0 }).get('cnes')).toBeUndefined();
    // …but still legible on a classroom screen (14 px and up): written inside, scaled down.
    const spot = placeLabels([cnes], neighbours, 13, 24, { insideMinScale: 14 / 20 }).get('cnes');
    expect(spot?.placement).toBe('inside');
    expect(spot?.scale).toBeLessThan(INSIDE_MIN_SCALE);
    expect(spot?.scale).toBeGreaterThanOrEqual(14 / 20);
    // A smaller hub does not get an unreadable name inside it.
    const small = { ...cnes, r: 15 };
    expect(
      placeLabels([small], [small, ...neighbours.slice(1)], 13, 24, {
        insideMinScale: 14 / 20,
        maxLeaderSearches: 0,
      }).get('cnes')?.placement,
    ).not.toBe('inside');
  });

  it('keeps labels inside the drawing', () => {
    const edge = { id: 'edge', x: 395, y: 50, r: 5, text: 'Agency', priority: 0 };
    const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
    const spot = placeLabels([edge, { ...edge, id: 'top', x: 200, y: 4 }], [], 7.8, 14, { bounds });
    for (const [id, s] of spot) {
      const box = boxOf(id === 'edge' ? edge : { x: 200, y: 4 }, s);
      expect(box.x1).toBeLessThanOrEqual(400);
      expect(box.y0).toBeGreaterThanOrEqual(0);
    }
    expect(spot.get('edge')?.placement).toBe('left');
    expect(spot.get('top')?.placement).toBe('below');
  });

  it('covers small dots only where asked, and a larger circle never', () => {
    const small = { ...hub, r: 8, text: 'Agency' };
    const tight = [0, 90, 180, 270].map((deg, i) => ({
      id: `d${i}`,
      x: 200 + Math.cos((deg * Math.PI) / 180) * 16,
      y: 200 + Math.sin((deg * Math.PI) / 180) * 16,
      r: 3,
    }));
    const options = { maxLeaderSearches: 0 };
    expect(placeLabels([small], [small, ...tight], 7.8, 14, options).size).toBe(0);
    const over = placeLabels([small], [small, ...tight], 7.8, 14, { ...options, coverDotsUnder: 6 });
    expect(over.get('roscosmos')?.placement).toBe('below');
    const big = tight.map((d) => ({ ...d, r: 7 }));
    expect(placeLabels([small], [small, ...big], 7.8, 14, { ...options, coverDotsUnder: 6 }).size).toBe(0);
  });
});

describe('labelSpot', () => {
  it('keeps a small gap to its own circle on every side', () => {
    for (const placement of ['below', 'above', 'right', 'left'] as const) {
      const { box } = labelSpot(placement, 10, 40, 14);
      const gap = distance({ x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1 }, { x: 0, y: 0, r: 10 });
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThan(LABEL_CLEARANCE);
    }
  });
});
