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

/** A copy of the SVG with every computed style written inline, a background and a caption below it. */
export function standaloneSvg(svg: SVGSVGElement, caption: string): string {
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
  return framedSvg(clone, width, height, caption, svg.closest('.panel'));
}

/**
 * A drawing of `width × height` as a file: its size set, the panel's background behind it and the caption
 * line under it, serialized with the XML declaration.
 */
export function framedSvg(
  svg: SVGSVGElement,
  width: number,
  height: number,
  caption: string,
  panel: Element | null,
): string {
  // The caption names the filters, the data and the link that reopens the view: wrapped to the drawing's
  // width (at an average 12 px glyph width), never cut off at its edge.
  const lines = wrapCaption(caption, Math.max(20, Math.floor((width - 16) / CAPTION_CHAR_WIDTH)));
  const lineHeight = 16;
  const captionHeight = 12 + lines.length * lineHeight;
  const background = getComputedStyle(panel ?? document.body).backgroundColor || '#ffffff';
  const text = getComputedStyle(panel ?? document.body).color || '#000000';
  // The namespace declaration is the serializer's to write (set by hand, some write it twice).
  svg.setAttribute('width', String(Math.round(width)));
  svg.setAttribute('height', String(Math.round(height + captionHeight)));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + captionHeight}`);
  svg.removeAttribute('style');
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  svg.insertBefore(bg, svg.firstChild);
  const label = document.createElementNS(NS, 'text');
  label.setAttribute('class', 'caption');
  label.setAttribute('style', `font: 12px system-ui, sans-serif; fill: ${text}`);
  lines.forEach((line, i) => {
    const span = document.createElementNS(NS, 'tspan');
    span.setAttribute('x', '8');
    span.setAttribute('y', String(height + 6 + (i + 1) * lineHeight - 4));
    span.textContent = line;
    label.appendChild(span);
  });
  svg.appendChild(label);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
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
    const fit = pngScale(image.width, image.height, scale);
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
