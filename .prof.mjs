import { chromium } from 'playwright-core';
const url = process.argv[2] || 'http://127.0.0.1:4998/';
const kind = process.argv[3] || 'agency';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await p.goto(url);
await p.waitForTimeout(Number(process.env.WAIT ?? 4000));
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = await p.evaluate(async (kind) => {
  const out = [];
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  const after = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = () => ok(performance.now()); c.port2.postMessage(0); });
  const boxes = [...document.querySelectorAll('.agency-list input[type="checkbox"]')];
  const input = document.querySelector('input[aria-label="Search missions"]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const words = ['e', 'es', 'esa', '', 'j', 'ja', 'jax', 'jaxa', '', 'm', 'ma', 'mar', 'mars', ''];
  for (let i = 0; i < 14; i++) {
    await frame();
    let t0;
    await new Promise((ok) => requestAnimationFrame(() => { t0 = performance.now();
      if (kind === 'agency') boxes[i % 7].click(); else { setter.call(input, words[i]); input.dispatchEvent(new Event('input', { bubbles: true })); }
      ok(); }));
    const t1 = await after();
    out.push(Math.round(t1 - t0));
  }
  return out;
}, kind);
const { profile } = await cdp.send('Profiler.stop');
console.log('times', times.join(' '));
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const f = byId.get(id).callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) || 0) + (dt[i] || 0));
});
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(Math.round(v / 1000), k);
// inclusive time per function name
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = byId.get(cur).callFrame.functionName;
    if (!name || seen.has(name)) continue;
    seen.add(name);
    incl.set(name, (incl.get(name) || 0) + (dt[i] || 0));
  }
});
console.log('--- inclusive');
for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(Math.round(v / 1000), k);
await b.close();
