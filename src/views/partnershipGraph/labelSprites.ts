/**
 * Labels of the canvas graph drawn once, halo and all, and then copied into place: writing text with a
 * halo (`strokeText` then `fillText`) shapes and rasterizes its glyphs twice on every paint, which at 10,000
 * missions was ~3 ms of each filter change and of each zoom frame; copying a small picture is a fraction of
 * that. A label looks the same wherever it is, so its picture is kept by its text, colours and pixel ratio.
 */

export interface LabelStyle {
  font: string;
  /** Pixel size of the font, for the picture's height. */
  size: number;
  fill: string;
  halo: string;
  /** Width of the halo's stroke, in CSS pixels. */
  haloWidth: number;
}

export interface LabelSprite {
  image: CanvasImageSource;
  /** CSS pixels: the picture's size, and where the text's centre and baseline are inside it. */
  width: number;
  height: number;
  centerX: number;
  baseline: number;
  /** CSS pixels the text itself takes across (the picture adds the halo's room on each side). */
  textWidth: number;
}

/** Enough for every label of the largest datasets at two pixel ratios; past it, the cache starts over. */
const MAX_SPRITES = 4000;
const sprites = new Map<string, LabelSprite | null>();

function makeCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** The picture of `text` in `style` at pixel ratio `dpr`, or null where there is no 2D canvas to make it. */
export function labelSprite(text: string, style: LabelStyle, dpr: number): LabelSprite | null {
  const key = `${text}\n${style.font}\n${style.fill}\n${style.halo}\n${style.haloWidth}\n${dpr}`;
  const known = sprites.get(key);
  if (known !== undefined) return known;
  if (sprites.size >= MAX_SPRITES) sprites.clear();
  const sprite = drawSprite(text, style, dpr);
  sprites.set(key, sprite);
  return sprite;
}

function drawSprite(text: string, style: LabelStyle, dpr: number): LabelSprite | null {
  const measure = makeCanvas(1, 1)?.getContext('2d');
  if (!measure) return null;
  measure.font = style.font;
  const textWidth = measure.measureText(text).width;
  // Room for the halo on every side, and for descenders below the baseline.
  const pad = Math.ceil(style.haloWidth / 2) + 1;
  const width = Math.ceil(textWidth) + 2 * pad;
  const height = Math.ceil(style.size * 1.3) + 2 * pad;
  const baseline = pad + Math.ceil(style.size);
  const canvas = makeCanvas(Math.ceil(width * dpr), Math.ceil(height * dpr));
  const ctx = canvas?.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null | undefined;
  if (!canvas || !ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = style.font;
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  ctx.lineWidth = style.haloWidth;
  ctx.strokeStyle = style.halo;
  ctx.strokeText(text, width / 2, baseline);
  ctx.fillStyle = style.fill;
  ctx.fillText(text, width / 2, baseline);
  return { image: canvas, width, height, centerX: width / 2, baseline, textWidth };
}

/**
 * Copies the label's picture so that its text is centred on `x` (or starts or ends there, by `anchor`) with
 * its baseline at `y` (CSS pixels of a context scaled by `dpr`), on whole device pixels so that the copy is
 * not resampled (blurred).
 */
export function drawLabelSprite(
  ctx: CanvasRenderingContext2D,
  sprite: LabelSprite,
  x: number,
  y: number,
  dpr: number,
  anchor: 'middle' | 'start' | 'end' = 'middle',
): void {
  const shift = anchor === 'start' ? sprite.textWidth / 2 : anchor === 'end' ? -sprite.textWidth / 2 : 0;
  const left = Math.round((x + shift - sprite.centerX) * dpr) / dpr;
  const top = Math.round((y - sprite.baseline) * dpr) / dpr;
  ctx.drawImage(sprite.image, left, top, sprite.width, sprite.height);
}
