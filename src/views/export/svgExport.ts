/**
 * Turns a drawing on screen into a file a teacher can put on a slide: a standalone SVG (styles inlined,
 * since the page's CSS does not travel with it) with a caption line naming the filters and the data, or a
 * PNG rendered from it at several times screen resolution so it stays sharp on a projector.
 */

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'paint-order',
  'text-anchor',
  'display',
  'visibility',
];

const NS = 'http://www.w3.org/2000/svg';

/** A rectangle in a drawing's own coordinates (CSS pixels of the drawing as shown). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One entry of the colour key written into a picture of the graph. */
export interface LegendEntry {
  label: string;
  color: string;
}

export interface FrameOptions {
  /**
   * What is drawn, box by box: the picture is cropped to them (plus a margin) instead of keeping the empty
   * parts of the panel around a graph that does not fill it. Without them the whole drawing is kept.
   */
  content?: readonly Box[];
  /** The colour key, written above the caption, so a picture on a slide says what its colours mean. */
  legend?: readonly LegendEntry[];
}

/** A copy of the SVG with every computed style written inline, a background and a caption below it. */
export function standaloneSvg(svg: SVGSVGElement, caption: string, options: FrameOptions = {}): string {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const width = viewBox && viewBox.width ? viewBox.width : box.width;
  const height = viewBox && viewBox.height ? viewBox.height : box.height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  const target = clone.querySelectorAll('*');
  source.forEach((el, i) => {
    const copy = target[i];
    if (!copy) return;
    const computed = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
  });
  const whole = { x: 0, y: 0, width, height };
  const frame = options.content ? contentFrame(options.content, whole) : whole;
  return framedSvg(clone, frame, caption, svg.closest('.panel'), options.legend);
}

/** Room left around the drawn content when a picture is cropped to it. */
const CROP_MARGIN = 16;
/** The narrowest cropped picture, in CSS pixels: room for the caption and the colour key. */
const MIN_FRAME_WIDTH = 480;
/** The narrowest PNG, in pixels: a cropped drawing is rendered larger than 3× to reach it. */
const MIN_PNG_WIDTH = 1800;

/**
 * The part of a drawing a picture shows: the boxes of what is drawn, together, with a margin, within the
 * drawing's bounds (a zoomed-in view keeps to what is on screen). The whole drawing when nothing is drawn.
 */
export function contentFrame(boxes: readonly Box[], bounds: Box, margin = CROP_MARGIN): Box {
  if (boxes.length === 0) return bounds;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  let left = Math.max(bounds.x, Math.floor(x1 - margin));
  const top = Math.max(bounds.y, Math.floor(y1 - margin));
  let right = Math.min(bounds.x + bounds.width, Math.ceil(x2 + margin));
  const bottom = Math.min(bounds.y + bounds.height, Math.ceil(y2 + margin));
  // Content entirely outside the bounds (panned away): the view as it is, empty.
  if (right <= left || bottom <= top) return bounds;
  // A narrow graph still gets a picture wide enough for its caption and colour key to read on a few lines.
  const minWidth = Math.min(bounds.width, MIN_FRAME_WIDTH);
  if (right - left < minWidth) {
    const grow = minWidth - (right - left);
    left = Math.max(bounds.x, Math.min(left - Math.floor(grow / 2), bounds.x + bounds.width - minWidth));
    right = left + minWidth;
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The boxes of the elements matched by `selector` in an SVG on the page, in the SVG's own coordinates. */
export function drawnBoxes(svg: SVGSVGElement, selector: string): Box[] {
  const origin = svg.getBoundingClientRect();
  return [...svg.querySelectorAll(selector)].flatMap((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return [];
    return [{ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }];
  });
}

const LEGEND_ROW = 20;
const LEGEND_SWATCH = 5;

/**
 * A drawing's `frame` as a file: its size set, the panel's background behind it, the colour key (if any)
 * and the caption line under it, serialized with the XML declaration.
 */
export function framedSvg(
  svg: SVGSVGElement,
  frame: Box,
  caption: string,
  panel: Element | null,
  legend: readonly LegendEntry[] = [],
): string {
  const { x, y, width, height } = frame;
  // The caption names the filters, the data and the link that reopens the view: wrapped to the drawing's
  // width (at an average 12 px glyph width), never cut off at its edge.
  const lines = wrapCaption(caption, Math.max(20, Math.floor((width - 16) / CAPTION_CHAR_WIDTH)));
  const lineHeight = 16;
  const rows = legendRows(legend, width - 16);
  const legendHeight = rows.length ? 8 + rows.length * LEGEND_ROW : 0;
  const captionHeight = 12 + lines.length * lineHeight;
  const below = legendHeight + captionHeight;
  const background = getComputedStyle(panel ?? document.body).backgroundColor || '#ffffff';
  const text = getComputedStyle(panel ?? document.body).color || '#000000';
  // The namespace declaration is the serializer's to write (set by hand, some write it twice).
  svg.setAttribute('width', String(Math.round(width)));
  svg.setAttribute('height', String(Math.round(height + below)));
  svg.setAttribute('viewBox', `${x} ${y} ${width} ${height + below}`);
  svg.removeAttribute('style');
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('x', String(x));
  bg.setAttribute('y', String(y));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height + below));
  bg.setAttribute('fill', background);
  svg.insertBefore(bg, svg.firstChild);
  const font = `font: 12px system-ui, sans-serif; fill: ${text}`;
  if (rows.length) {
    const key = document.createElementNS(NS, 'g');
    key.setAttribute('class', 'legend');
    rows.forEach((row, r) => {
      const cy = y + height + 8 + r * LEGEND_ROW + LEGEND_ROW / 2;
      for (const item of row) {
        const dot = document.createElementNS(NS, 'circle');
        dot.setAttribute('cx', String(x + 8 + item.at + LEGEND_SWATCH));
        dot.setAttribute('cy', String(cy));
        dot.setAttribute('r', String(LEGEND_SWATCH));
        dot.setAttribute('fill', item.color);
        const label = document.createElementNS(NS, 'text');
        label.setAttribute('x', String(x + 8 + item.at + 2 * LEGEND_SWATCH + 5));
        label.setAttribute('y', String(cy + 4));
        label.setAttribute('style', font);
        label.textContent = item.label;
        key.append(dot, label);
      }
    });
    svg.appendChild(key);
  }
  const label = document.createElementNS(NS, 'text');
  label.setAttribute('class', 'caption');
  label.setAttribute('style', font);
  lines.forEach((line, i) => {
    const span = document.createElementNS(NS, 'tspan');
    span.setAttribute('x', String(x + 8));
    span.setAttribute('y', String(y + height + legendHeight + 6 + (i + 1) * lineHeight - 4));
    span.textContent = line;
    label.appendChild(span);
  });
  svg.appendChild(label);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/**
 * The colour key laid out in rows that fit `width`: each entry with where it starts in its row (its width
 * estimated from its length, as a file has no text measurement).
 */
export function legendRows(
  legend: readonly LegendEntry[],
  width: number,
): (LegendEntry & { at: number })[][] {
  const rows: (LegendEntry & { at: number })[][] = [];
  let row: (LegendEntry & { at: number })[] = [];
  let at = 0;
  for (const entry of legend) {
    const w = 2 * LEGEND_SWATCH + 5 + entry.label.length * CAPTION_CHAR_WIDTH + 14;
    if (row.length && at + w > width) {
      rows.push(row);
      row = [];
      at = 0;
    }
    row.push({ ...entry, at });
    at += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

const CAPTION_CHAR_WIDTH = 6.6;

/**
 * Splits a caption into lines of at most `max` characters: whole " · " parts where they fit, a part too long
 * for a line between its words, and a word too long for one (a link) in pieces.
 */
export function wrapCaption(caption: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const put = (piece: string) => {
    if ((line + piece).trimEnd().length <= max) {
      line += piece;
      return true;
    }
    return false;
  };
  const flush = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const part of caption.split(/(?<= · )/)) {
    if (put(part)) continue;
    flush();
    if (put(part)) continue;
    for (const word of part.split(/(?<=\s)/)) {
      if (put(word)) continue;
      flush();
      let rest = word;
      while (rest.trimEnd().length > max) {
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
      line = rest;
    }
  }
  flush();
  return lines.length ? lines : [''];
}

/**
 * Chromium's canvases stop at 32,767 px a side and 268 M pixels, and a PNG of hundreds of megapixels
 * takes many seconds and gigabytes to encode: a picture is kept within these (a 4K screen is 8.3 M).
 */
export const PNG_MAX_SIDE = 16_384;
export const PNG_MAX_PIXELS = 64e6;

/** A drawing too large for a PNG even at its on-screen size: the caller says so and offers the SVG. */
export class PngTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`The drawing is ${width} × ${height} px, too large for a PNG.`);
  }
}

/** The scale a `width` × `height` drawing is rendered at: as asked, lowered to fit the limits above. */
export function pngScale(width: number, height: number, wanted: number): number {
  const fit = Math.min(
    wanted,
    PNG_MAX_SIDE / Math.max(width, 1),
    PNG_MAX_SIDE / Math.max(height, 1),
    Math.sqrt(PNG_MAX_PIXELS / Math.max(width * height, 1)),
  );
  // Below its on-screen size the text is unreadable: that is no picture to hand out.
  if (fit < 1) throw new PngTooLargeError(Math.round(width), Math.round(height));
  return fit;
}

/** Renders an SVG string to a PNG at `scale` times its size (3× is sharp on a 4K projector) or less. */
export async function svgToPng(svgText: string, scale = 3): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.addEventListener('load', () => resolve());
      image.addEventListener('error', () =>
        reject(new Error('The drawing could not be rendered as an image.')),
      );
      image.src = url;
    });
    const fit = pngScale(image.width, image.height, Math.max(scale, MIN_PNG_WIDTH / image.width));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * fit);
    canvas.height = Math.round(image.height * fit);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas available to draw the image.');
    ctx.scale(fit, fit);
    ctx.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through the browser's download, with a name that says what it is. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
