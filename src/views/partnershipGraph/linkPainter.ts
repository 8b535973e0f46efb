import { lineCount, offscreenPainter, paintLinkScene, sceneBuffers, type LinkScene } from './linkScene';
import type { LinkJob } from './links.worker';

export interface LinkPainter {
  /**
   * Shows the links scene named `key` (the same key, the same picture), built by `build` when it has to be
   * painted; `shown` runs once the canvas shows it (later, when a worker paints).
   */
  paint(key: string, build: () => LinkScene, shown: () => void): void;
  destroy(): void;
}

/**
 * Scenes of up to this many lines are painted here, at once (about a millisecond per thousand lines): sent
 * to the worker, their picture would be shown a frame or two later, which on two cores cost more than the
 * painting itself. The last few pictures made here are kept, so switching a filter off paints nothing. The
 * worker paints what is larger (100,000 missions: tens of thousands of lines).
 */
export const PAINT_HERE_MAX_LINES = 12000;

/** How many recent pictures the worker keeps at most, and the memory they may take together. */
const KEEP = 6;
const KEEP_BYTES = 64 * 1024 * 1024;

/**
 * Paints the links layer of the canvas graph. Where the browser can, the lines are rasterized in a worker
 * into an off-screen bitmap that is then handed to the canvas whole (no copy, no drawing on the page): the
 * page's frame no longer waits for tens of milliseconds of line drawing. Elsewhere (tests, older browsers)
 * the canvas is painted here, at once.
 *
 * `lost` is called when pictures asked for will not come (the worker failed, or no longer had one): the
 * owner asks again.
 */
export function createLinkPainter(canvas: HTMLCanvasElement, lost: () => void): LinkPainter {
  const bitmaps =
    typeof OffscreenCanvas !== 'undefined' && typeof Worker !== 'undefined'
      ? canvas.getContext('bitmaprenderer')
      : null;
  if (!bitmaps) return directPainter(canvas);

  let worker: Worker | null = new Worker(new URL('./links.worker.ts', import.meta.url), { type: 'module' });
  let latest = 0;
  const waiting = new Map<number, () => void>();
  // The keys of the pictures the worker has said it keeps, oldest first, and those it should drop.
  let kept: string[] = [];
  let evict: string[] = [];
  // Small scenes (and all of them if the worker failed) are painted here, on an off-screen canvas. The last
  // few of those pictures are kept by key too, most recent last, so showing one again paints nothing.
  const paintOffscreen = offscreenPainter();
  const here = new Map<string, ImageBitmap>();
  let destroyed = false;
  const keepHere = (key: string, picture: ImageBitmap) => {
    here.get(key)?.close();
    here.delete(key);
    here.set(key, picture);
    const keep = Math.max(
      1,
      Math.min(KEEP, Math.floor(KEEP_BYTES / (picture.width * picture.height * 4 || 1))),
    );
    for (const [oldest, old] of here) {
      if (here.size <= keep) break;
      old.close();
      here.delete(oldest);
    }
  };
  /** Shows a picture made here; a copy, taken before the canvas takes the picture, is kept for next time. */
  const showHere = (key: string, picture: ImageBitmap, shown: () => void) => {
    void createImageBitmap(picture).then(
      (copy) => (destroyed ? copy.close() : keepHere(key, copy)),
      () => {},
    );
    bitmaps.transferFromImageBitmap(picture);
    shown();
  };
  const paintHere = (key: string, scene: LinkScene, shown: () => void) => {
    const picture = paintOffscreen(scene);
    if (picture) showHere(key, picture, shown);
  };

  worker.addEventListener(
    'message',
    (event: MessageEvent<{ id: number; key: string; bitmap?: ImageBitmap; miss?: boolean }>) => {
      const { id, key, bitmap, miss } = event.data;
      kept = kept.filter((k) => k !== key);
      if (miss) {
        if (id === latest) lost();
        return;
      }
      // Every painted picture is kept by the worker, shown or not: counted here so it is dropped in time.
      kept.push(key);
      // A picture is a canvas-sized bitmap: on a large high-density screen, fewer of them are kept.
      const bytes = Math.max(1, canvas.width * canvas.height * 4);
      const keep = Math.max(1, Math.min(KEEP, Math.floor(KEEP_BYTES / bytes)));
      if (kept.length > keep) evict.push(...kept.splice(0, kept.length - keep));
      const shown = waiting.get(id);
      for (const k of waiting.keys()) if (k <= id) waiting.delete(k);
      // An answer to a scene that a newer one has replaced is dropped: the newer one is on its way.
      if (!bitmap || id !== latest || !shown) {
        bitmap?.close();
        return;
      }
      bitmaps.transferFromImageBitmap(bitmap);
      shown();
    },
  );
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    waiting.clear();
    kept = [];
    console.warn('The graph draws its links on the page: its drawing worker failed.');
    lost();
  });

  // How many lines the recent scenes have, by key: a small kept one is painted here again rather than
  // fetched from the worker; a large one is not built again to find out.
  const sizes = new Map<string, number>();
  const remember = (key: string, scene: LinkScene) => {
    sizes.delete(key);
    sizes.set(key, lineCount(scene));
    if (sizes.size > 64) sizes.delete(sizes.keys().next().value as string);
  };

  return {
    paint(key, build, shown) {
      latest += 1;
      // Any picture still on its way from the worker is for an older request: its answer is dropped.
      const made = here.get(key);
      if (made) {
        here.delete(key);
        return showHere(key, made, shown);
      }
      if (!worker) return paintHere(key, build(), shown);
      const isKept = kept.includes(key);
      const size = sizes.get(key);
      let scene: LinkScene | null = null;
      if (size === undefined ? !isKept : size <= PAINT_HERE_MAX_LINES) {
        scene = build();
        remember(key, scene);
        if (lineCount(scene) <= PAINT_HERE_MAX_LINES) return paintHere(key, scene, shown);
      }
      waiting.set(latest, shown);
      const job: LinkJob = { id: latest, key, evict };
      evict = [];
      if (isKept) {
        // Most recently used: kept last in line for dropping.
        kept = [...kept.filter((k) => k !== key), key];
        worker.postMessage(job);
      } else {
        const sent = scene ?? build();
        remember(key, sent);
        worker.postMessage({ ...job, scene: sent }, sceneBuffers(sent));
      }
    },
    destroy() {
      destroyed = true;
      for (const picture of here.values()) picture.close();
      here.clear();
      worker?.terminate();
      worker = null;
      waiting.clear();
      kept = [];
    },
  };
}

function directPainter(canvas: HTMLCanvasElement): LinkPainter {
  return {
    paint(_key, build, shown) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      paintLinkScene(ctx, build());
      shown();
    },
    destroy() {},
  };
}
