import { paintLinkScene, sceneBuffers, type LinkScene } from './linkScene';

export interface LinkPainter {
  /** Paints a scene on the canvas; `shown` runs once the canvas shows it (later, when a worker paints). */
  paint(scene: LinkScene, shown: () => void): void;
  destroy(): void;
}

/**
 * Paints the links layer of the canvas graph. Where the browser can, the lines are rasterized in a worker
 * into an off-screen bitmap that is then handed to the canvas whole (no copy, no drawing on the page): the
 * page's frame no longer waits for tens of milliseconds of line drawing. Elsewhere (tests, older browsers)
 * the canvas is painted here, at once.
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
  // Without the worker (it failed to start), scenes are painted on an off-screen canvas here instead.
  let local: OffscreenCanvas | null = null;
  const paintHere = (scene: LinkScene, shown: () => void) => {
    const w = Math.max(1, Math.round(scene.width * scene.dpr));
    const h = Math.max(1, Math.round(scene.height * scene.dpr));
    if (!local) local = new OffscreenCanvas(w, h);
    else if (local.width !== w || local.height !== h) {
      local.width = w;
      local.height = h;
    }
    const ctx = local.getContext('2d');
    if (!ctx) return;
    paintLinkScene(ctx, scene);
    bitmaps.transferFromImageBitmap(local.transferToImageBitmap());
    shown();
  };

  worker.addEventListener('message', (event: MessageEvent<{ id: number; bitmap: ImageBitmap }>) => {
    const { id, bitmap } = event.data;
    const shown = waiting.get(id);
    for (const key of waiting.keys()) if (key <= id) waiting.delete(key);
    // An answer to a scene that a newer one has replaced is dropped: the newer one is on its way.
    if (id !== latest || !shown) {
      bitmap.close();
      return;
    }
    bitmaps.transferFromImageBitmap(bitmap);
    shown();
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    waiting.clear();
    console.warn('The graph draws its links on the page: its drawing worker failed.');
    // Whatever was sent to it is lost: the owner asks again, and this time it is painted here.
    lost();
  });

  return {
    paint(scene, shown) {
      if (!worker) return paintHere(scene, shown);
      latest += 1;
      waiting.set(latest, shown);
      worker.postMessage({ id: latest, scene }, sceneBuffers(scene));
    },
    destroy() {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}

function directPainter(canvas: HTMLCanvasElement): LinkPainter {
  return {
    paint(scene, shown) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      paintLinkScene(ctx, scene);
      shown();
    },
    destroy() {},
  };
}
