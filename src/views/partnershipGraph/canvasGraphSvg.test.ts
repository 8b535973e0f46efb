import { describe, expect, it } from 'vitest';
import type { LabelPlacement } from '../../domain/labels';
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
    labels: new Map<string, LabelPlacement>([
      ['a', 'inside'],
      ['b', 'below'],
    ]),
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
        labels: new Map<string, LabelPlacement>([
          ['a', 'inside'],
          ['b', 'below'],
          ['c', 'below'],
        ]),
      }),
      { x: 5, y: 0, k: 2 },
    );
    const circles = [...svg.querySelectorAll('circle')];
    expect(circles.map((c) => c.getAttribute('cx'))).toEqual(['25', '105', '25']);
    // B, outside the highlight, is faded; C, focused, has a ring.
    expect(circles.map((c) => c.getAttribute('opacity'))).toEqual([null, '0.2', null]);
    expect(circles[2]?.getAttribute('stroke')).toBe('#111');
    // A–B and B–C leave the highlight: faint. A–C is in it; the compared pair is drawn on top in the accent colour.
    const paths = [...svg.querySelectorAll('path')];
    expect(paths.map((p) => p.getAttribute('stroke-opacity'))).toEqual(['0.06', '0.06', '0.35', '0.95']);
    expect(paths.at(-1)?.getAttribute('stroke')).toBe('#00f');
    expect(paths.at(-1)?.getAttribute('d')).toBe('M25 20L25 100');
    // The focused C is named now, though small.
    expect([...svg.querySelectorAll('text')].map((l) => l.textContent)).toEqual(['A', 'B', 'C']);
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
