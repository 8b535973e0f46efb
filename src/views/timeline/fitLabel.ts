/** A label's width in drawing units, for the timeline's type at a given weight. */
export type Measure = (text: string, weight?: number) => number;

const ELLIPSIS = '…';
/** Fewer characters than this before the "…" say nothing: the bar then has no label (its name stays). */
const MIN_CHARS = 2;

/**
 * `text` as it fits in `room` drawing units: whole when it fits, else cut after as many characters as fit
 * and ended with "…" (SVG text has no `text-overflow`), or '' when not even a couple of characters do.
 */
export function fitText(text: string, room: number, measure: (text: string) => number): string {
  if (measure(text) <= room) return text;
  const chars = Array.from(text); // code points: an emoji or a surrogate pair is never split
  const cut = (n: number) => {
    // "Tropical Rainfall (…" and "Crew –…" read worse than "Tropical Rainfall…".
    const kept = chars
      .slice(0, n)
      .join('')
      .replace(/[\s,;:(–—-]+$/u, '');
    // A cut inside brackets closes them: "XRISM (X-Ray Imaging…)". Read aloud or matched against the bar's
    // accessible name, the bracketed words are an aside (WCAG 2.5.3 checkers set them aside too), and an
    // open one would run into the rest of the name.
    const open = (kept.match(/\(/g)?.length ?? 0) - (kept.match(/\)/g)?.length ?? 0);
    return kept + ELLIPSIS + ')'.repeat(Math.max(0, open));
  };
  // The longest prefix that fits with its ellipsis: wider text never gets narrower, so search.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(cut(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  if (lo < MIN_CHARS) return '';
  // Cut after a whole word where one fits: "Mars Reconnaissance…", not "Mars Reconnaissance O…". What
  // shows is then words of the bar's accessible name, which a speech user can say (WCAG 2.5.3).
  const space = chars.lastIndexOf(' ', lo);
  return space >= MIN_CHARS ? cut(space) : cut(lo);
}

/**
 * An estimate of a label's width, in ems, for when the text cannot be measured (no canvas, as in jsdom):
 * generous, so that an estimated label rather falls short of its room than runs past it.
 */
export function estimateEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    if (/[ilIjtf.,:;'|!()[\]]/.test(ch)) ems += 0.34;
    else if (/[mwMW]/.test(ch)) ems += 0.92;
    else if (/[A-Z0-9]/.test(ch)) ems += 0.7;
    // CJK and Hangul are square.
    else if ((ch.codePointAt(0) ?? 0) >= 0x2e80) ems += 1;
    else ems += 0.6;
  }
  return ems;
}

/** The family the page's text uses (the timeline's labels inherit it), for the measuring canvas. */
const pageFontFamily = () =>
  typeof document === 'undefined'
    ? 'sans-serif'
    : getComputedStyle(document.documentElement).fontFamily || 'sans-serif';

type Context2D = OffscreenCanvasRenderingContext2D;
let context: Context2D | null | undefined;
function measuringContext(): Context2D | null {
  if (context === undefined)
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  return context;
}

/** Widths by font and text: a scroll or a filter change measures only the names it has not seen. */
const widths = new Map<string, Map<string, number>>();
const MAX_CACHED = 20_000;

/**
 * Measures labels at `size` drawing units (the timeline's font-size), with the page's own font on a canvas
 * (no layout involved), or estimates them where there is no canvas.
 */
export function labelMeasurer(size: number): Measure {
  let family: string | null = null;
  return (text, weight = 400) => {
    const ctx = measuringContext();
    if (!ctx) return estimateEms(text) * size * (weight >= 600 ? 1.06 : 1);
    family ??= pageFontFamily();
    const font = `${weight} ${size}px ${family}`;
    let byText = widths.get(font);
    if (!byText) widths.set(font, (byText = new Map()));
    let width = byText.get(text);
    if (width === undefined) {
      if (byText.size > MAX_CACHED) byText.clear();
      ctx.font = font;
      width = ctx.measureText(text).width;
      byText.set(text, width);
    }
    return width;
  };
}

export interface LabelPlace {
  /** Where the text is anchored, and at which of its ends. */
  x: number;
  anchor: 'start' | 'end';
  inside: boolean;
  /** The name, or as much of it as fits, ended with "…". */
  text: string;
}

interface BarGeometry {
  name: string;
  x0: number;
  x1: number;
  /** The bar ends in an arrow (a mission still running), which its label must clear. */
  arrow: boolean;
  selected: boolean;
  /** The left and right limits of the drawing's labels, in drawing units. */
  min: number;
  max: number;
}

/** Gap between a bar and a label beside it, and between a bar's edge and a label inside it. */
const GAP = 6;
const INSET = 5;

/**
 * A bar's label goes right of the bar where it fits, else left of it, else inside a bar long enough. When
 * none of the three holds the whole name (a long name on a phone), it goes where there is the most room,
 * cut to fit with "…": the whole name is in the bar's accessible name and its tooltip.
 */
export function placeLabel(bar: BarGeometry, measure: Measure): LabelPlace {
  const { name, x0, x1, arrow, selected, min, max } = bar;
  const outsideWeight = selected ? 700 : 400;
  const insideWeight = selected ? 700 : 600;
  const rightX = x1 + (arrow ? GAP + 5 : GAP - 1);
  const right = { x: rightX, anchor: 'start', inside: false, room: max - rightX } as const;
  const left = { x: x0 - GAP, anchor: 'end', inside: false, room: x0 - GAP - min } as const;
  const inside = { x: x0 + INSET, anchor: 'start', inside: true, room: x1 - x0 - 2 * INSET } as const;
  const outsideWidth = measure(name, outsideWeight);
  const whole =
    outsideWidth <= right.room
      ? right
      : outsideWidth <= left.room
        ? left
        : measure(name, insideWeight) <= inside.room
          ? inside
          : null;
  if (whole) return { x: whole.x, anchor: whole.anchor, inside: whole.inside, text: name };
  const best = [right, left, inside].reduce((a, b) => (b.room > a.room ? b : a));
  const weight = best.inside ? insideWeight : outsideWeight;
  return {
    x: best.x,
    anchor: best.anchor,
    inside: best.inside,
    text: fitText(name, best.room, (t) => measure(t, weight)),
  };
}
