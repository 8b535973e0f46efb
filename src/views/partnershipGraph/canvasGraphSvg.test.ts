import { describe, expect, it } from 'vitest';
import { labelSpot, type LabelPlacement, type LabelSpot } from '../../domain/labels';
import type { GraphLink, GraphNode } from '../../domain/partnerships';
import {
  canvasGraphBoxes,
  canvasGraphSvg,
  offerSvg,
  svgOfCanvas,
  type CanvasGraphPicture,
} from './canvasGraphSvg';

const node = (id: string, missionCount: number): GraphNode =>
  ({ id, name: id.toUpperCase(), missionCount, partnerCount: 1 }) as GraphNode;
const link = (source: string, target: string, weight: number): GraphLink =>
  ({ id: `${source}|${target}`, source, target, weight }) as GraphLink;
const MISSIONS: Record<string, number> = { a: 20, b: 10, c: 1, far: 5 };
/** Labels where the placement would put them, around circles of the picture's radius (2 + missions / 2). */
const spots = (entries: [string, LabelPlacement][]) =>
  new Map<string, LabelSpot>(
    entries.map(([id, placement]) => [
      id,
      labelSpot(placement, 2 + (MISSIONS[id] ?? 0) / 2, id.length * 7.8, 14),
    ]),
  );

function picture(patch: Partial<CanvasGraphPicture> = {}): CanvasGraphPicture {
  return {
    nodes: [node('a', 20), node('b', 10), node('c', 1), node('far', 5)],
    links: [link('a', 'b', 1), link('b', 'c', 4), link('a', 'c', 1)],
    screen: new Map([
      ['a', { x: 10, y: 10 }],
      ['b', { x: 50, y: 10 }],
      ['c', { x: 10, y: 50 }],
      ['far', { x: 5000, y: 5000 }],
    ]),
    radius: (missions) => 2 + missions / 2,
    width: (weight) => weight,
    color: (n) => (n.id === 'a' ? '#c00' : '#0a0'),
    highlight: null,
    focused: null,
    compare: null,
    labels: spots([
      ['a', 'inside'],
      ['b', 'below'],
    ]),
    emphasis: null,
    size: { width: 200, height: 100 },
    theme: { link: '#888', text: '#111', halo: '#fff', accent: '#00f' },
    ...patch,
  };
}

const identity = { x: 0, y: 0, k: 1 };
const segments = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('path')].map((p) => (p.getAttribute('d')?.match(/M/g) ?? []).length);

describe('the canvas graph as SVG', () => {
  it('says where its circles and labels are, so a picture can be cropped to them', () => {
    const boxes = canvasGraphBoxes(canvasGraphSvg(picture(), identity));
    // Three circles on screen (A has radius 12 at 10,10) and two labels (B's under its circle).
    expect(boxes).toHaveLength(5);
    expect(boxes[0]).toEqual({ x: -2, y: -2, width: 24, height: 24 });
    const label = boxes[4];
    expect(label?.x).toBeLessThan(50);
    expect((label?.x ?? 0) + (label?.width ?? 0)).toBeGreaterThan(50);
    expect(label?.y).toBeGreaterThan(10);
  });

  it('draws every link once, by stroke width, the circles on screen and the labels it paints', () => {
    const svg = canvasGraphSvg(picture(), identity);
    expect(svg.getAttribute('viewBox')).toBe('0 0 200 100');
    // Two widths (1 and 4): two paths, three segments in all.
    expect(segments(svg)).toEqual([2, 1]);
    expect([...svg.querySelectorAll('path')].map((p) => p.getAttribute('stroke-width'))).toEqual(['1', '4']);
    // The organization placed far off screen is left out, as on the canvas.
    const circles = [...svg.querySelectorAll('circle')];
    expect(circles.map((c) => [c.getAttribute('cx'), c.getAttribute('fill')])).toEqual([
      ['10', '#c00'],
      ['50', '#0a0'],
      ['10', '#0a0'],
    ]);
    // The placement left C unnamed; A is named inside its circle, in white.
    const labels = [...svg.querySelectorAll('text')];
    expect(labels.map((l) => l.textContent)).toEqual(['A', 'B']);
    expect(labels[0]?.getAttribute('fill')).toBe('#fff');
    expect(labels[1]?.getAttribute('fill')).toBe('#111');
  });

  it('shows the zoom on screen, the highlight, the focused node and the compared pair', () => {
    const svg = canvasGraphSvg(
      // Focused, C is named by the placement too.
      picture({
        highlight: new Set(['a', 'c']),
        focused: 'c',
        compare: ['a', 'c'],
        labels: spots([
          ['a', 'inside'],
          ['b', 'below'],
          ['c', 'below'],
        ]),
      }),
      { x: 5, y: 0, k: 2 },
    );
    const circles = [...svg.querySelectorAll('circle')];
    expect(circles.map((c) => c.getAttribute('cx'))).toEqual(['25', '105', '25']);
    // B, outside the highlight, is faded; C, focused, has a ring; A, compared, the accent ring.
    expect(circles.map((c) => c.getAttribute('opacity'))).toEqual([null, '0.2', null]);
    expect(circles[2]?.getAttribute('stroke')).toBe('#111');
    expect(circles[0]?.getAttribute('stroke')).toBe('#00f');
    // A–B and B–C leave the highlight: faint. A–C is in it.
    const paths = [...svg.querySelectorAll('path')];
    expect(paths.slice(0, 3).map((p) => p.getAttribute('stroke-opacity'))).toEqual(['0.06', '0.06', '0.35']);
    // The compared pair's line is drawn after the circles, thick and in the accent colour over a light
    // casing, from ring to ring (A at 25,20 with radius 12; C at 25,100 with radius 2.5; rings 3 wide).
    const compared = paths.slice(3);
    expect(compared.map((p) => p.getAttribute('stroke'))).toEqual(['#fff', '#00f']);
    expect(Number(compared[1]?.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(4);
    expect(compared[1]?.getAttribute('d')).toBe('M25 33.5L25 96');
    expect(compared[1]?.closest('svg > g')?.previousElementSibling?.querySelector('circle')).not.toBeNull();
    // The focused C is named now, though small.
    expect([...svg.querySelectorAll('text')].map((l) => l.textContent)).toEqual(['A', 'B', 'C']);
  });

  it('rings the selected mission’s organizations and draws the links among them strong', () => {
    const svg = canvasGraphSvg(
      picture({ highlight: new Set(['a', 'b']), emphasis: new Set(['a', 'b']) }),
      identity,
    );
    const circles = [...svg.querySelectorAll('circle')];
    expect(circles.map((c) => c.getAttribute('stroke'))).toEqual(['#00f', '#00f', null]);
    expect(circles.map((c) => c.getAttribute('opacity'))).toEqual([null, null, '0.2']);
    const opacity = [...svg.querySelectorAll('path')].map((p) => [
      p.getAttribute('d'),
      p.getAttribute('stroke-opacity'),
    ]);
    expect(opacity).toContainEqual(['M10 10L50 10', '0.85']);
  });

  it('writes a label beside its circle from the circle outwards', () => {
    const svg = canvasGraphSvg(
      picture({
        labels: spots([
          ['b', 'right'],
          ['c', 'left'],
        ]),
      }),
      identity,
    );
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.map((t) => t.getAttribute('text-anchor'))).toEqual(['start', 'end']);
    expect(Number(texts[0]?.getAttribute('x'))).toBeGreaterThan(50 + 7);
    expect(Number(texts[1]?.getAttribute('x'))).toBeLessThan(10 - 2.5);
    // The crop box of a label to the left ends where its text ends.
    const box = canvasGraphBoxes(svg).at(-1);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeCloseTo(Number(texts[1]?.getAttribute('x')));
  });

  it('is asked of the canvas that drew it, as it is at that moment', () => {
    const canvas = document.createElement('canvas');
    expect(svgOfCanvas(canvas)).toBeNull();
    let current = picture();
    offerSvg(canvas, () => canvasGraphSvg(current, identity));
    expect(svgOfCanvas(canvas)?.querySelectorAll('circle')).toHaveLength(3);
    current = picture({ nodes: [node('a', 20)] });
    expect(svgOfCanvas(canvas)?.querySelectorAll('circle')).toHaveLength(1);
  });
});
