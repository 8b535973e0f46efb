import type { Point } from '../../domain/forceLayout';
import type { GraphLink } from '../../domain/partnerships';
import { linkState } from './graphMarks';
import type { ZoomTransform } from './zoomStore';

/**
 * Everything needed to paint the links of the canvas graph, as plain numbers: it can be posted to a worker
 * (the typed arrays are transferred, not copied) and painted there, or painted here where there is none.
 */
export interface LinkScene {
  /** CSS pixels of the drawing, and the device pixel ratio the bitmap is painted at. */
  width: number;
  height: number;
  dpr: number;
  /** Line colours (a canvas cannot read CSS variables). */
  color: string;
  accent: string;
  /** Per style bucket: its stroke width in CSS pixels, whether it is dimmed, whether it is strong. */
  widths: Float32Array;
  dims: Uint8Array;
  strong: Uint8Array;
  /** Per bucket, where its segments start in `xy` (in numbers, four per segment), plus the end. */
  starts: Uint32Array;
  /** Segment ends in CSS pixels, zoom applied: x1, y1, x2, y2 for each link, grouped by bucket. */
  xy: Float32Array;
  /** The compared pair's line, drawn on top in the accent colour, or null. */
  compare: Float32Array | null;
}

export interface LinkSceneInput {
  links: readonly GraphLink[];
  screen: ReadonlyMap<string, Point>;
  width(weight: number): number;
  highlight: ReadonlySet<string> | null;
  /** Organizations whose links among themselves are drawn strong (the selected mission's). */
  emphasis?: ReadonlySet<string> | null;
  compare: readonly [string, string] | null;
  size: { width: number; height: number };
  theme: { link: string; accent: string };
}

/**
 * Groups the links into one bucket per stroke (half-pixel width steps, dimmed or not) so each bucket is one
 * path and one stroke() call, and puts them in screen space for transform `t`.
 */
export function buildLinkScene(input: LinkSceneInput, t: ZoomTransform, dpr: number): LinkScene {
  const { links, screen, width, highlight, compare, size, theme } = input;
  const emphasis = input.emphasis ?? null;
  // Two passes over typed arrays rather than a growing list per bucket: at 10,000 links the lists made
  // about a megabyte of garbage per filter change, and the collector's pauses fell inside later changes.
  const n = links.length;
  const coords = new Float32Array(n * 4);
  const bucketOf = new Int32Array(n);
  const bucketByKey = new Map<number, number>();
  const keys: number[] = [];
  const counts: number[] = [];
  let pair: Float32Array | null = null;
  for (let i = 0; i < n; i++) {
    const l = links[i] as GraphLink;
    const a = screen.get(l.source);
    const b = screen.get(l.target);
    if (!a || !b) {
      bucketOf[i] = -1;
      continue;
    }
    const state = linkState(l, highlight, emphasis);
    // The key: the width in half pixels (at least one), times three, plus the state.
    const key = (Math.round(width(l.weight) * 2) || 1) * 3 + STATE_CODE[state];
    let bucket = bucketByKey.get(key);
    if (bucket === undefined) {
      bucket = keys.length;
      bucketByKey.set(key, bucket);
      keys.push(key);
      counts.push(0);
    }
    bucketOf[i] = bucket;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
    const j = i * 4;
    coords[j] = t.x + t.k * a.x;
    coords[j + 1] = t.y + t.k * a.y;
    coords[j + 2] = t.x + t.k * b.x;
    coords[j + 3] = t.y + t.k * b.y;
    if (compare !== null && compare.includes(l.source) && compare.includes(l.target))
      pair = coords.slice(j, j + 4);
  }
  // Buckets in the order they were first met, each holding its links in their order.
  const starts = new Uint32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) starts[k + 1] = (starts[k] ?? 0) + (counts[k] ?? 0) * 4;
  const xy = new Float32Array(starts[keys.length] ?? 0);
  const cursor = starts.slice(0, keys.length);
  for (let i = 0; i < n; i++) {
    const bucket = bucketOf[i] ?? -1;
    if (bucket < 0) continue;
    const at = cursor[bucket] ?? 0;
    const j = i * 4;
    xy[at] = coords[j] ?? 0;
    xy[at + 1] = coords[j + 1] ?? 0;
    xy[at + 2] = coords[j + 2] ?? 0;
    xy[at + 3] = coords[j + 3] ?? 0;
    cursor[bucket] = at + 4;
  }
  return {
    width: size.width,
    height: size.height,
    dpr,
    color: theme.link,
    accent: theme.accent,
    widths: Float32Array.from(keys, (k) => Math.floor(k / 3) / 2),
    dims: Uint8Array.from(keys, (k) => (k % 3 === STATE_CODE.dim ? 1 : 0)),
    strong: Uint8Array.from(keys, (k) => (k % 3 === STATE_CODE.strong ? 1 : 0)),
    starts,
    xy,
    compare: pair,
  };
}

const STATE_CODE = { plain: 0, dim: 1, strong: 2 } as const;

/**
 * Link ink: translucent, so that where many cross the picture darkens; far fainter outside a highlight,
 * and nearly solid among the selected mission's organizations.
 */
export const LINK_ALPHA = { plain: 0.35, dimmed: 0.06, strong: 0.85 };

/** The opacity a bucket is drawn with. */
export const bucketAlpha = (scene: LinkScene, b: number): number =>
  scene.strong[b] ? LINK_ALPHA.strong : scene.dims[b] ? LINK_ALPHA.dimmed : LINK_ALPHA.plain;
/** The compared pair's line, on top of the others. */
export const COMPARED_LINK = { alpha: 0.95, width: 3 };

/** The part of a 2D context the painting uses: a canvas on the page and one in a worker both have it. */
export type LinkContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'lineCap'
  | 'lineWidth'
  | 'strokeStyle'
  | 'globalAlpha'
>;

/** Paints a scene onto a context whose bitmap is `width × dpr` by `height × dpr` pixels. */
export function paintLinkScene(ctx: LinkContext, scene: LinkScene): void {
  ctx.setTransform(scene.dpr, 0, 0, scene.dpr, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  // Lines end under the circles, so their caps are never seen: plain ones are the cheapest to draw.
  ctx.lineCap = 'butt';
  ctx.strokeStyle = scene.color;
  // Strong links last, so that no other is drawn over them.
  const order = Array.from(scene.widths, (_, b) => b).sort(
    (a, b) => (scene.strong[a] ?? 0) - (scene.strong[b] ?? 0),
  );
  for (const b of order) {
    const width = scene.widths[b] ?? 1;
    const alpha = bucketAlpha(scene, b);
    // Lines one pixel wide are drawn by a fast path of the rasterizer; anything wider costs several times
    // more per line. Lines under two pixels are therefore drawn one pixel wide, with their opacity raised to
    // carry the same amount of ink: a 1.5 px line looks the same, and a 10,000-link graph paints in half
    // the time.
    const thin = width < 2;
    ctx.globalAlpha = thin ? Math.min(1, alpha * width) : alpha;
    ctx.lineWidth = thin ? 1 : width;
    const end = scene.starts[b + 1] ?? 0;
    // Thin lines go fastest as one path. Wide ones do not: the rasterizer works out the outline of a whole
    // path at once, and thousands of overlapping wide strokes in one path took ten times longer (hundreds
    // of milliseconds at 10,000 links) than the same lines stroked one by one.
    const onePath = thin;
    if (onePath) ctx.beginPath();
    for (let i = scene.starts[b] ?? 0; i < end; i += 4) {
      if (!onePath) ctx.beginPath();
      ctx.moveTo(scene.xy[i] ?? 0, scene.xy[i + 1] ?? 0);
      ctx.lineTo(scene.xy[i + 2] ?? 0, scene.xy[i + 3] ?? 0);
      if (!onePath) ctx.stroke();
    }
    if (onePath) ctx.stroke();
  }
  if (scene.compare) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = scene.compare;
    ctx.globalAlpha = COMPARED_LINK.alpha;
    ctx.strokeStyle = scene.accent;
    ctx.lineWidth = COMPARED_LINK.width;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** How many lines a scene draws. */
export const lineCount = (scene: LinkScene): number => scene.xy.length / 4;

/**
 * An off-screen painter of scenes, in a worker or on the page: one canvas, resized to each scene, whose
 * picture is taken out as an `ImageBitmap` (no copy). Null where the canvas has no 2D context.
 */
export function offscreenPainter(): (scene: LinkScene) => ImageBitmap | null {
  let canvas: OffscreenCanvas | null = null;
  let primed = false;
  // Giving the picture away leaves the canvas without a surface, and the next drawing's first call makes a
  // new one: 5–8 ms on this kind of machine, inside the next filter change's frame. Made when the thread is
  // idle instead, after the frame that shows this picture, the surface is ready when the next change comes.
  const prime = () => {
    if (primed || !canvas) return;
    primed = true;
    canvas.getContext('2d')?.clearRect(0, 0, 1, 1);
  };
  return (scene) => {
    const w = Math.max(1, Math.round(scene.width * scene.dpr));
    const h = Math.max(1, Math.round(scene.height * scene.dpr));
    if (!canvas) canvas = new OffscreenCanvas(w, h);
    else if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    paintLinkScene(ctx, scene);
    const picture = canvas.transferToImageBitmap();
    primed = false;
    whenIdle(prime);
    return picture;
  };
}

/** Runs `task` once the thread has nothing else to do (soon, in a worker, which has no idle callbacks). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}

/** The typed arrays of a scene, to transfer with it to a worker. */
export function sceneBuffers(scene: LinkScene): ArrayBuffer[] {
  const arrays = [scene.widths, scene.dims, scene.strong, scene.starts, scene.xy, scene.compare];
  return arrays.flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
}
