import { describe, expect, it } from 'vitest';
import type { GraphLink } from '../../domain/partnerships';
import { buildLinkScene, paintLinkScene, type LinkContext } from './linkScene';

const link = (source: string, target: string, weight: number): GraphLink =>
  ({ id: `${source}|${target}`, source, target, weight }) as GraphLink;

const input = {
  links: [link('a', 'b', 1), link('b', 'c', 4), link('a', 'c', 1), link('c', 'z', 1)],
  screen: new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 10, y: 0 }],
    ['c', { x: 0, y: 10 }],
  ]),
  width: (w: number) => w,
  highlight: null,
  compare: null,
  size: { width: 100, height: 80 },
  theme: { link: '#888', accent: '#00f' },
};

/** A context that records what is drawn: the segments stroked, with their width and opacity. */
function recorder() {
  const strokes: { width: number; alpha: number; color: string; segments: number[][] }[] = [];
  let path: number[][] = [];
  let from: number[] = [];
  const ctx = {
    lineCap: 'butt',
    lineWidth: 1,
    strokeStyle: '',
    globalAlpha: 1,
    setTransform() {},
    clearRect() {},
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => (from = [x, y]),
    lineTo: (x: number, y: number) => path.push([...from, x, y]),
    stroke() {
      strokes.push({
        width: ctx.lineWidth,
        alpha: ctx.globalAlpha,
        color: String(ctx.strokeStyle),
        segments: path,
      });
    },
  };
  return { ctx: ctx as unknown as LinkContext, strokes };
}

describe('the canvas graph links', () => {
  it('are drawn one stroke per width, in screen space, skipping links to nodes not drawn', () => {
    const scene = buildLinkScene(input, { k: 2, x: 5, y: 1 }, 1);
    const { ctx, strokes } = recorder();
    paintLinkScene(ctx, scene);
    expect(strokes.map((s) => s.width).sort()).toEqual([1, 4]);
    const thin = strokes.find((s) => s.width === 1);
    expect(thin?.segments).toEqual([
      [5, 1, 25, 1],
      [5, 1, 5, 21],
    ]);
    expect(strokes.find((s) => s.width === 4)?.segments).toEqual([[25, 1, 5, 21]]);
  });

  it('dim the links outside a highlighted neighbourhood and draw the compared pair on top', () => {
    const scene = buildLinkScene(
      { ...input, highlight: new Set(['a', 'b']), compare: ['c', 'a'] as const },
      { k: 1, x: 0, y: 0 },
      2,
    );
    const { ctx, strokes } = recorder();
    paintLinkScene(ctx, scene);
    const bright = strokes.filter((s) => s.alpha === 0.35).flatMap((s) => s.segments);
    const dim = strokes.filter((s) => s.alpha === 0.06).flatMap((s) => s.segments);
    expect(bright).toEqual([[0, 0, 10, 0]]);
    expect(dim).toHaveLength(2);
    expect(strokes.at(-1)).toMatchObject({ color: '#00f', segments: [[0, 0, 0, 10]] });
  });

  it('draw the links among emphasized organizations strong, after every other', () => {
    const scene = buildLinkScene(
      { ...input, highlight: new Set(['a', 'b']), emphasis: new Set(['a', 'b']) },
      { k: 1, x: 0, y: 0 },
      1,
    );
    const { ctx, strokes } = recorder();
    paintLinkScene(ctx, scene);
    expect(strokes.at(-1)).toMatchObject({ alpha: 0.85, segments: [[0, 0, 10, 0]] });
    expect(strokes.slice(0, -1).every((s) => s.alpha < 0.1)).toBe(true);
  });

  it('hold every drawable link once, grouped by style in the order first met, in link order', () => {
    // A seeded mix of widths, dimmed and plain links, and links to nodes without a position.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
    const screen = new Map(ids.slice(0, 36).map((id, i) => [id, { x: i, y: 100 + i }]));
    const links = Array.from({ length: 500 }, (_, i) =>
      link(ids[Math.floor(random() * 40)] ?? 'n0', ids[Math.floor(random() * 40)] ?? 'n1', 1 + (i % 5)),
    );
    const highlight = new Set(ids.slice(0, 20));
    const scene = buildLinkScene({ ...input, links, screen, highlight }, { k: 1, x: 0, y: 0 }, 1);
    // The same grouping made the plain way.
    const expected = new Map<number, number[]>();
    for (const l of links) {
      const a = screen.get(l.source);
      const b = screen.get(l.target);
      if (!a || !b) continue;
      const key = l.weight * (highlight.has(l.source) && highlight.has(l.target) ? 1 : -1);
      expected.set(key, [...(expected.get(key) ?? []), a.x, a.y, b.x, b.y]);
    }
    expect([...scene.widths].map((w, i) => w * (scene.dims[i] ? -1 : 1))).toEqual([...expected.keys()]);
    expect([...scene.xy]).toEqual([...expected.values()].flat());
    expect(scene.starts.at(-1)).toBe(scene.xy.length);
  });

  it('draw lines under two pixels one pixel wide, darker by as much', () => {
    const scene = buildLinkScene({ ...input, width: () => 1.5 }, { k: 1, x: 0, y: 0 }, 1);
    const { ctx, strokes } = recorder();
    paintLinkScene(ctx, scene);
    expect(strokes).toHaveLength(1);
    expect(strokes[0]?.width).toBe(1);
    expect(strokes[0]?.alpha).toBeCloseTo(0.525);
    expect(strokes[0]?.segments).toHaveLength(3);
  });
});
