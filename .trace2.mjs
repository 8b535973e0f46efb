import { chromium } from 'playwright-core';
const url = process.argv[2] || 'http://127.0.0.1:4998/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await p.goto(url);
await p.waitForTimeout(Number(process.env.WAIT ?? 4000));
await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'] });
await p.evaluate(async () => {
  const boxes = [...document.querySelectorAll('.agency-list input[type="checkbox"]')];
  for (let i = 0; i < 14; i++) {
    await new Promise((ok) => requestAnimationFrame(() => { boxes[i % 7].click(); ok(); }));
    await new Promise((ok) => setTimeout(ok, 120));
  }
});
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
const agg = new Map();
for (const e of ev) if (e.ph === 'X' && e.dur && e.tid) { const k = e.name; agg.set(k, (agg.get(k) || 0) + e.dur); }
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(Math.round(v / 1000), k);
const lay = ev.filter((e) => e.name === 'Layout' && e.args?.beginData);
console.log(lay.slice(0, 5).map((e) => JSON.stringify({ d: e.dur, b: e.args.beginData, end: e.args.endData && { root: e.args.endData.layoutRoots?.length } })).join('\n'));
const st = ev.filter((e) => e.name === 'UpdateLayoutTree');
console.log(st.slice(0, 8).map((e) => `${e.dur} ${JSON.stringify(e.args?.elementCount ?? e.args)}`).join('\n'));
await b.close();
