/**
 * The width of a label as the browser will write it, for the label placement: an estimate from the number
 * of characters is off by a tenth either way with the fonts of one system or another, enough for a name to
 * run into a circle or off the drawing's edge. Measured once per text and font, then remembered: the names
 * stay the same across filter changes, so a placement after the first measures nothing.
 */

const MAX_WIDTHS = 8000;
const widths = new Map<string, number>();
let context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null | undefined;
let contextFont = '';

function measuringContext() {
  if (context !== undefined) return context;
  if (typeof OffscreenCanvas !== 'undefined') context = new OffscreenCanvas(1, 1).getContext('2d');
  else if (
    typeof document !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    !/jsdom/i.test(navigator.userAgent)
  )
    context = document.createElement('canvas').getContext('2d');
  else context = null;
  return context;
}

/**
 * The advance width of `text` in `font` (a CSS font: weight, size, family), in CSS pixels; undefined where
 * nothing can measure it (the caller then estimates).
 */
export function labelWidth(text: string, font: string): number | undefined {
  const key = `${font}\n${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const ctx = measuringContext();
  if (!ctx) return undefined;
  // Setting a font is the costly part: only when a text not measured yet needs another one.
  if (contextFont !== font) {
    ctx.font = font;
    contextFont = font;
  }
  const width = ctx.measureText(text).width;
  if (widths.size >= MAX_WIDTHS) widths.clear();
  widths.set(key, width);
  return width;
}
