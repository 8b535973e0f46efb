import { chromium } from 'playwright-core';
import fs from 'node:fs';
const url = process.argv[2] || 'http://127.0.0.1:4998/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await p.goto(url);
await p.waitForTimeout(3000);
await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const times = await p.evaluate(async () => {
  const input = document.querySelector('input[aria-label="Search missions"]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const out = [];
  const words = ['e', 'es', 'esa', '', 'j', 'ja', 'jax', 'jaxa', '', 'm', 'ma', 'mar', 'mars', ''];
  for (const w of words) {
    const t0 = performance.now();
    setter.call(input, w);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(Math.round(performance.now() - t0));
    await new Promise((r) => setTimeout(r, 100));
  }
  return out;
});
const buf = await b.stopTracing();
console.log('times', times.join(' '));
const ev = JSON.parse(buf.toString()).traceEvents;
const agg = new Map();
for (const e of ev) if (e.ph === 'X' && e.dur) agg.set(e.name, (agg.get(e.name) || 0) + e.dur);
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(Math.round(v / 1000), k);
await b.close();
