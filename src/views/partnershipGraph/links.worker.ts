/// <reference lib="webworker" />
import { offscreenPainter, type LinkScene } from './linkScene';

// Paints the canvas graph's links off the main thread. Rasterizing tens of thousands of antialiased lines
// costs tens of milliseconds; done on the page, it held up every frame that showed a filter change. Here
// it runs beside the page, which swaps the finished bitmap in when it arrives.
//
// A few recent pictures are kept, by the key the page gives them: switching a filter off again, or moving
// the pointer off an agency, asks for a picture already painted, which is then copied instead of painted.

export interface LinkJob {
  id: number;
  key: string;
  /** Absent when the page knows this worker keeps the picture for `key`. */
  scene?: LinkScene;
  /** Pictures the page no longer counts on: dropped. */
  evict: string[];
}

const paint = offscreenPainter();
const kept = new Map<string, ImageBitmap>();
let pending: LinkJob | null = null;
let scheduled = false;

async function run(job: LinkJob) {
  const started = performance.now();
  for (const key of job.evict) {
    kept.get(key)?.close();
    kept.delete(key);
  }
  const have = kept.get(job.key);
  let bitmap: ImageBitmap;
  if (have) bitmap = await createImageBitmap(have);
  else {
    const scene = job.scene;
    if (!scene) {
      // The page thought this picture was kept: it sends the scene again.
      self.postMessage({ id: job.id, key: job.key, miss: true });
      return;
    }
    const painted = paint(scene);
    if (!painted) return;
    bitmap = painted;
    kept.set(job.key, await createImageBitmap(bitmap));
  }
  // The painting time travels with the picture: what a profile of the page cannot see.
  self.postMessage({ id: job.id, key: job.key, bitmap, ms: performance.now() - started, copied: !!have }, [
    bitmap,
  ]);
}

function runLatest() {
  scheduled = false;
  const job = pending;
  pending = null;
  if (job) void run(job);
}

self.addEventListener('message', (event: MessageEvent<LinkJob>) => {
  // Jobs that arrive while one is being painted replace each other: only the newest is worth painting.
  // Their evictions still apply.
  const evict = pending ? [...pending.evict, ...event.data.evict] : event.data.evict;
  const job = { ...event.data, evict };
  pending = job;
  if (scheduled) return;
  scheduled = true;
  setTimeout(runLatest, 0);
});
