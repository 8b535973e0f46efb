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

/** One entry of the colour key written into a picture: a dot of `color` (the graph), or a bar (the timeline). */
export interface LegendEntry {
  label: string;
  /** The swatch's fill; `none` for an outline only. */
  color: string;
  /** Drawn as a short bar styled like the timeline's bars instead of a dot. */
  bar?: BarSwatch;
}

/** How a bar swatch is drawn, as the timeline draws its bars of that kind. */
export interface BarSwatch {
  opacity?: number;
  stroke?: string;
  dashed?: boolean;
  /** Diagonal lines in the stroke's colour over the fill (a mission that ended early). */
  hatched?: boolean;
}

export interface FrameOptions {
  /**
   * What is drawn, box by box: the picture is cropped to them (plus a margin) instead of keeping the empty
   * parts of the panel around a graph that does not fill it. Without them the whole drawing is kept.
   */
  content?: readonly Box[];
  /** The colour key, written above the caption, so a picture on a slide says what its colours mean. */
  legend?: readonly LegendEntry[];
  /** A title line above the drawing, so a picture pasted into a worksheet says what it is. */
  title?: string;
}

/** What is written around a drawing besides its caption. */
export type FrameDecor = Pick<FrameOptions, 'legend' | 'title'>;

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
  return framedSvg(clone, frame, caption, svg.closest('.panel'), options);
}

const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

/**
 * A key entry from a swatch in the page (the timeline's `.swatch.bar-…` spans), read from its computed
 * style so that the picture's key matches the theme the bars were drawn in (dark, high contrast).
 */
export function barSwatchEntry(label: string, swatch: Element | null): LegendEntry {
  if (!swatch) return { label, color: '#888888', bar: {} };
  const css = getComputedStyle(swatch);
  const fill = css.backgroundColor && !TRANSPARENT.test(css.backgroundColor) ? css.backgroundColor : 'none';
  const border = css.borderTopStyle;
  const stroke =
    border && border !== 'none' && parseFloat(css.borderTopWidth || '1') > 0 ? css.borderTopColor : undefined;
  const opacity = css.opacity === '' ? 1 : Number(css.opacity);
  return {
    label,
    color: fill,
    bar: {
      ...(opacity < 1 ? { opacity } : {}),
      ...(stroke ? { stroke } : {}),
      ...(border === 'dashed' ? { dashed: true } : {}),
      ...(/gradient/.test(css.backgroundImage) ? { hatched: true } : {}),
    },
  };
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
const BAR_SWATCH = { width: 18, height: 10 };
/** How wide a key entry's swatch is. */
const swatchWidth = (entry: LegendEntry) => (entry.bar ? BAR_SWATCH.width : 2 * LEGEND_SWATCH);
const TITLE_LINE = 20;
const TITLE_CHAR_WIDTH = 9;

/**
 * A drawing's `frame` as a file: its size set, the panel's background behind it, a title line above it (if
 * any), the colour key (if any) and the caption line under it, serialized with the XML declaration.
 */
export function framedSvg(
  svg: SVGSVGElement,
  frame: Box,
  caption: string,
  panel: Element | null,
  { legend = [], title }: FrameDecor = {},
): string {
  const { x, width, height } = frame;
  const titleLines = title
    ? wrapCaption(title, Math.max(20, Math.floor((width - 16) / TITLE_CHAR_WIDTH)))
    : [];
  const above = titleLines.length ? 14 + titleLines.length * TITLE_LINE : 0;
  // The drawing keeps its coordinates: the title's band is added above its top.
  const top = frame.y - above;
  const y = frame.y;
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
  const total = above + height + below;
  svg.setAttribute('width', String(Math.round(width)));
  svg.setAttribute('height', String(Math.round(total)));
  svg.setAttribute('viewBox', `${x} ${top} ${width} ${total}`);
  svg.removeAttribute('style');
  // The drawing is clipped to its frame: lines running past it (a zoomed view of a large graph) would
  // otherwise be drawn through the title above and the key and caption below.
  const clip = document.createElementNS(NS, 'clipPath');
  clip.setAttribute('id', 'drawing-frame');
  const clipBox = document.createElementNS(NS, 'rect');
  clipBox.setAttribute('x', String(x));
  clipBox.setAttribute('y', String(y));
  clipBox.setAttribute('width', String(width));
  clipBox.setAttribute('height', String(height));
  clip.appendChild(clipBox);
  const drawing = document.createElementNS(NS, 'g');
  drawing.setAttribute('clip-path', 'url(#drawing-frame)');
  drawing.append(...svg.childNodes);
  svg.append(clip, drawing);
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('x', String(x));
  bg.setAttribute('y', String(top));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(total));
  bg.setAttribute('fill', background);
  svg.insertBefore(bg, svg.firstChild);
  const font = `font: 12px system-ui, sans-serif; fill: ${text}`;
  if (titleLines.length) {
    const heading = document.createElementNS(NS, 'text');
    heading.setAttribute('class', 'title');
    heading.setAttribute('style', `font: 600 16px system-ui, sans-serif; fill: ${text}`);
    titleLines.forEach((line, i) => {
      const span = document.createElementNS(NS, 'tspan');
      span.setAttribute('x', String(x + 8));
      span.setAttribute('y', String(top + 6 + (i + 1) * TITLE_LINE - 4));
      span.textContent = line;
      heading.appendChild(span);
    });
    svg.appendChild(heading);
  }
  if (rows.length) {
    const key = document.createElementNS(NS, 'g');
    key.setAttribute('class', 'legend');
    rows.forEach((row, r) => {
      const cy = y + height + 8 + r * LEGEND_ROW + LEGEND_ROW / 2;
      row.forEach((item, i) => {
        const left = x + 8 + item.at;
        const swatch = item.bar ? barSwatch(item, item.bar, left, cy, `key-hatch-${r}-${i}`) : [];
        if (!item.bar) {
          const dot = document.createElementNS(NS, 'circle');
          dot.setAttribute('cx', String(left + LEGEND_SWATCH));
          dot.setAttribute('cy', String(cy));
          dot.setAttribute('r', String(LEGEND_SWATCH));
          dot.setAttribute('fill', item.color);
          swatch.push(dot);
        }
        const label = document.createElementNS(NS, 'text');
        label.setAttribute('x', String(left + swatchWidth(item) + 5));
        label.setAttribute('y', String(cy + 4));
        label.setAttribute('style', font);
        label.textContent = item.label;
        key.append(...swatch, label);
      });
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

/** A bar swatch of the key: a rounded rectangle styled like the bars it stands for (and its hatching). */
function barSwatch(entry: LegendEntry, bar: BarSwatch, left: number, cy: number, id: string): Element[] {
  const out: Element[] = [];
  const rect = document.createElementNS(NS, 'rect');
  rect.setAttribute('x', String(left));
  rect.setAttribute('y', String(cy - BAR_SWATCH.height / 2));
  rect.setAttribute('width', String(BAR_SWATCH.width));
  rect.setAttribute('height', String(BAR_SWATCH.height));
  rect.setAttribute('rx', '2');
  let fill = entry.color;
  if (bar.hatched) {
    const pattern = document.createElementNS(NS, 'pattern');
    pattern.setAttribute('id', id);
    pattern.setAttribute('width', '5');
    pattern.setAttribute('height', '5');
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const line = document.createElementNS(NS, 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('y1', '0');
    line.setAttribute('x2', '0');
    line.setAttribute('y2', '5');
    line.setAttribute('stroke', bar.stroke ?? entry.color);
    line.setAttribute('stroke-width', '2');
    pattern.appendChild(line);
    const defs = document.createElementNS(NS, 'defs');
    defs.appendChild(pattern);
    out.push(defs);
    fill = `url(#${id})`;
  }
  rect.setAttribute('fill', fill);
  if (bar.opacity !== undefined) rect.setAttribute('fill-opacity', String(bar.opacity));
  if (bar.stroke) {
    rect.setAttribute('stroke', bar.stroke);
    rect.setAttribute('stroke-width', '1.5');
  }
  if (bar.dashed) rect.setAttribute('stroke-dasharray', '4 2');
  out.push(rect);
  return out;
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
    const w = swatchWidth(entry) + 5 + textWidth(entry.label) + 14;
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
/** Hangul, kana and CJK ideographs (and full-width forms) are about a square em wide: twice a Latin letter. */
const WIDE_CHAR = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/gu;

/** The estimated width of 12 px text (a file has no text measurement). */
export function textWidth(text: string): number {
  const wide = text.match(WIDE_CHAR)?.length ?? 0;
  return (text.length + wide * 0.8) * CAPTION_CHAR_WIDTH;
}

/**
 * Splits a caption into lines of at most `max` Latin letters' width (a Korean letter counts about two): whole
 * " · " parts where they fit, a part too long for a line between its words, and a word too long for one (a
 * link) in pieces.
 */
export function wrapCaption(caption: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const put = (piece: string) => {
    // Counted in Latin letters' widths: a line of Korean holds about half as many letters.
    if (textWidth((line + piece).trimEnd()) <= max * CAPTION_CHAR_WIDTH) {
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
/**
 * What a picture is scaled down to when it can be: a 3,000 × 10,000 px PNG (the whole default timeline at
 * 3×) is more than slide, worksheet and image editors handle well. A drawing is never drawn below its size
 * on screen to meet these, though: there its text would be smaller than anyone reads it.
 */
export const PNG_TARGET_SIDE = 8000;
export const PNG_TARGET_PIXELS = 24e6;

/** A drawing too large for a PNG even at its on-screen size: the caller says so and offers the SVG. */
export class PngTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`The drawing is ${width} × ${height} px, too large for a PNG.`);
  }
}

/** The largest scale within `side` pixels a side and `pixels` in all. */
const scaleWithin = (width: number, height: number, side: number, pixels: number) =>
  Math.min(
    side / Math.max(width, 1),
    side / Math.max(height, 1),
    Math.sqrt(pixels / Math.max(width * height, 1)),
  );

/**
 * The scale a `width` × `height` drawing is rendered at: as asked, lowered to keep within the target size
 * (but not below 1×, its size on screen), and within what a canvas takes.
 */
export function pngScale(width: number, height: number, wanted: number): number {
  const hard = scaleWithin(width, height, PNG_MAX_SIDE, PNG_MAX_PIXELS);
  // Below its on-screen size the text is unreadable: that is no picture to hand out.
  if (Math.min(wanted, hard) < 1) throw new PngTooLargeError(Math.round(width), Math.round(height));
  const target = scaleWithin(width, height, PNG_TARGET_SIDE, PNG_TARGET_PIXELS);
  return Math.min(wanted, hard, Math.max(1, target));
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
