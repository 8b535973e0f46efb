import { chromium } from 'playwright-core';
const url = process.argv[2] || 'http://127.0.0.1:4998/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await p.goto(url);
await p.waitForTimeout(4000);
await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'] });
const n = await p.evaluate(async () => {
  const surface = document.querySelector('.graph-surface');
  const r = surface.getBoundingClientRect();
  let frames = 0; const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    await new Promise((ok) => requestAnimationFrame(() => { frames++; surface.dispatchEvent(new WheelEvent('wheel', { deltaY: performance.now() - t0 < 1000 ? -20 : 20, bubbles: true, cancelable: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 })); ok(); }));
  }
  return frames;
});
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
console.log('frames', n);
const agg = new Map();
for (const e of ev) if (e.ph === 'X' && e.dur) agg.set(e.name, (agg.get(e.name) || 0) + e.dur);
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(Math.round(v / 1000), k);
await b.close();
