import type { GraphDrawProps } from './GraphSvg';
import {
  COMPARED_LINE,
  comparedSegment,
  DIMMED_LABEL_ALPHA,
  DIMMED_NODE_ALPHA,
  INSIDE_HALO,
  LABEL_FONT,
  labelMarks,
  LEADER_LINE,
  nodeMarks,
  RING_WIDTH,
} from './graphMarks';
import { bucketAlpha, buildLinkScene } from './linkScene';
import type { ZoomTransform } from './zoomStore';
import type { Box } from '../export/svgExport';

/** Theme colours read from CSS, since neither a canvas nor a standalone file can use CSS variables. */
export interface GraphTheme {
  link: string;
  text: string;
  halo: string;
  accent: string;
}

export interface CanvasGraphPicture extends GraphDrawProps {
  size: { width: number; height: number };
  theme: GraphTheme;
}

const NS = 'http://www.w3.org/2000/svg';

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

const n1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The canvas graph as an SVG drawing of what it shows at transform `t`: the same link buckets, circles,
 * dimming and labels as its two canvases (links at their true widths, since a file has no rasterizer to
 * favour), with every colour written out. A graph too large for one element per link on the page is still
 * a modest file: one path per stroke style, one circle per organization on screen.
 */
export function canvasGraphSvg(picture: CanvasGraphPicture, t: ZoomTransform): SVGSVGElement {
  const { size, theme, color } = picture;
  const svg = element('svg', { viewBox: `0 0 ${size.width} ${size.height}` }) as SVGSVGElement;
  svg.setAttribute('class', 'graph');

  const scene = buildLinkScene(picture, t, 1);
  const links = element('g', { fill: 'none', stroke: scene.color, 'stroke-linecap': 'butt' });
  for (let b = 0; b < scene.widths.length; b++) {
    const parts: string[] = [];
    for (let i = scene.starts[b] ?? 0; i < (scene.starts[b + 1] ?? 0); i += 4) {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = scene.xy.subarray(i, i + 4);
      parts.push(`M${n1(x1)} ${n1(y1)}L${n1(x2)} ${n1(y2)}`);
    }
    links.appendChild(
      element('path', {
        d: parts.join(''),
        'stroke-width': scene.widths[b] ?? 1,
        'stroke-opacity': bucketAlpha(scene, b),
      }),
    );
  }
  svg.appendChild(links);

  const nodes = element('g', {});
  for (const m of nodeMarks(picture, t)) {
    const circle = element('circle', { cx: n1(m.x), cy: n1(m.y), r: n1(m.r), fill: color(m.node) });
    if (m.dim) circle.setAttribute('opacity', String(DIMMED_NODE_ALPHA));
    if (m.focused || m.ring) {
      circle.setAttribute('stroke', m.focused ? theme.text : theme.accent);
      circle.setAttribute('stroke-width', String(m.focused ? 3 : RING_WIDTH));
    }
    nodes.appendChild(circle);
  }
  svg.appendChild(nodes);

  // The compared pair's line, over the circles between them, as on the canvas.
  const pair = comparedSegment(picture, t);
  if (pair) {
    const d = `M${n1(pair.x1)} ${n1(pair.y1)}L${n1(pair.x2)} ${n1(pair.y2)}`;
    const line = element('g', { fill: 'none', 'stroke-linecap': 'round' });
    line.appendChild(element('path', { d, stroke: theme.halo, 'stroke-width': COMPARED_LINE.casing }));
    line.appendChild(element('path', { d, stroke: theme.accent, 'stroke-width': COMPARED_LINE.width }));
    svg.appendChild(line);
  }

  const labels = element('g', {
    'font-family': LABEL_FONT.family,
    'font-size': LABEL_FONT.size,
    'font-weight': LABEL_FONT.weight,
    'text-anchor': 'middle',
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  const marks = labelMarks(picture, t);
  for (const m of marks) {
    if (!m.leader) continue;
    const { x1, y1, x2, y2 } = m.leader;
    labels.appendChild(
      element('path', {
        d: `M${n1(x1)} ${n1(y1)}L${n1(x2)} ${n1(y2)}`,
        fill: 'none',
        stroke: theme.text,
        'stroke-width': LEADER_LINE.width,
        'stroke-opacity': LEADER_LINE.alpha * (m.dim ? DIMMED_LABEL_ALPHA : 1),
      }),
    );
  }
  for (const m of marks) {
    const text = element('text', {
      x: n1(m.x),
      y: n1(m.y),
      ...(m.anchor === 'middle' ? {} : { 'text-anchor': m.anchor }),
      ...(m.size === LABEL_FONT.size ? {} : { 'font-size': m.size }),
      fill: m.inside ? '#fff' : theme.text,
      stroke: m.inside ? INSIDE_HALO : theme.halo,
    });
    if (m.dim) text.setAttribute('opacity', String(DIMMED_LABEL_ALPHA));
    text.textContent = m.text;
    labels.appendChild(text);
  }
  svg.appendChild(labels);
  return svg;
}

/**
 * What the SVG made by `canvasGraphSvg` draws, box by box: its circles and labels (a label's width estimated
 * from its length, as the file is not laid out on the page). Links end at circles, so they add nothing.
 */
export function canvasGraphBoxes(svg: SVGSVGElement): Box[] {
  const boxes: Box[] = [];
  for (const c of svg.querySelectorAll('circle')) {
    const r = num(c, 'r');
    boxes.push({ x: num(c, 'cx') - r, y: num(c, 'cy') - r, width: 2 * r, height: 2 * r });
  }
  for (const text of svg.querySelectorAll('text')) {
    const width = (text.textContent ?? '').length * LABEL_CHAR_WIDTH;
    const anchor = text.getAttribute('text-anchor');
    const x = num(text, 'x') - (anchor === 'start' ? 0 : anchor === 'end' ? width : width / 2);
    boxes.push({ x, y: num(text, 'y') - LABEL_FONT.size, width, height: 16 });
  }
  return boxes;
}

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** An average glyph of the 12 px semibold label font, with its halo. */
const LABEL_CHAR_WIDTH = 7.8;

// The drawing on screen offers its SVG; the export menu, which finds drawings in the page, asks for it.
const sources = new WeakMap<Element, () => SVGSVGElement>();

export function offerSvg(canvas: Element, build: () => SVGSVGElement): void {
  sources.set(canvas, build);
}

/** The SVG of the canvas graph drawn by `canvas`, as it is now; null if that canvas offers none. */
export function svgOfCanvas(canvas: Element): SVGSVGElement | null {
  return sources.get(canvas)?.() ?? null;
}
