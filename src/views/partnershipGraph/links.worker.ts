/// <reference lib="webworker" />
import { paintLinkScene, type LinkScene } from './linkScene';

// Paints the canvas graph's links off the main thread. Rasterizing tens of thousands of antialiased lines
// costs tens of milliseconds; done on the page, it held up every frame that showed a filter change. Here
// it runs beside the page, which swaps the finished bitmap in when it arrives.
let canvas: OffscreenCanvas | null = null;
let pending: { id: number; scene: LinkScene } | null = null;
let scheduled = false;

function paintLatest() {
  scheduled = false;
  const job = pending;
  pending = null;
  if (!job) return;
  const { id, scene } = job;
  const started = performance.now();
  const w = Math.max(1, Math.round(scene.width * scene.dpr));
  const h = Math.max(1, Math.round(scene.height * scene.dpr));
  if (!canvas) canvas = new OffscreenCanvas(w, h);
  else if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  paintLinkScene(ctx, scene);
  const bitmap = canvas.transferToImageBitmap();
  // The painting time travels with the picture: what a profile of the page cannot see.
  self.postMessage({ id, bitmap, ms: performance.now() - started }, [bitmap]);
}

self.addEventListener('message', (event: MessageEvent<{ id: number; scene: LinkScene }>) => {
  // Scenes that arrive while one is being painted replace each other: only the newest is worth painting.
  pending = event.data;
  if (scheduled) return;
  scheduled = true;
  setTimeout(paintLatest, 0);
});
