// Local profiling: trace N filter changes on a dataset and sum main-thread event time by name.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const url = process.env.URL ?? 'http://127.0.0.1:4998/';
const kind = process.env.KIND ?? 'agency';
const n = Number(process.env.N ?? 12);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(url);
await page.getByRole('region', { name: 'Mission table' }).locator('tbody tr').first().waitFor();
await page.waitForFunction(() => !document.querySelector('.busy'), null, { timeout: 60000 });
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((ok) => cdp.on('Tracing.tracingComplete', ok));
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Tracing.start', {
  traceConfig: {
    includedCategories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      'v8',
      'cc',
      'disabled-by-default-devtools.timeline.frame',
      ...(process.env.INVAL ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
    ],
  },
});
if (!process.env.NOPROF) await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < n; i++) {
  const t = await page.evaluate(
    async ({ kind, i }) => {
      const region = (title) =>
        [...document.querySelectorAll('section')].find(
          (s) => s.querySelector('h2')?.textContent.trim() === title,
        );
      let act;
      if (kind === 'agency') {
        const el = region('Filters').querySelectorAll('.agency-list input[type="checkbox"]')[
          Math.floor(i / 2)
        ];
        act = () => el.click();
      } else if (kind === 'search') {
        const el = document.querySelector('input[aria-label="Search missions"]');
        const words = ['m', 'ma', 'mar', 'mars', 'mar', 'ma', 'm', '', 's', 'sa', 'sat', ''];
        act = () => {
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(
            el,
            words[i % words.length],
          );
          el.dispatchEvent(new Event('input', { bubbles: true }));
        };
      } else {
        const label = [...region('Filters').querySelectorAll('label')].find(
          (l) => l.textContent.trim() === 'From',
        );
        const el = document.getElementById(label.htmlFor);
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(
          el,
          String(i % 2 ? 1990 : 2000),
        );
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((ok) => setTimeout(ok, 50));
        act = () =>
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      }
      performance.mark('change-start');
      const t0 = await new Promise((ok) =>
        requestAnimationFrame(() => {
          const t = performance.now();
          act();
          ok(t);
        }),
      );
      const t1 = await new Promise((ok) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => ok(performance.now());
        c.port2.postMessage(0);
      });
      performance.mark('change-end');
      await new Promise((ok) => setTimeout(ok, 300));
      return t1 - t0;
    },
    { kind, i },
  );
  times.push(Math.round(t));
}
const prof = process.env.NOPROF
  ? { profile: { nodes: [], samples: [], timeDeltas: [] } }
  : await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await done;
console.log('times', times.join(' '));
// main thread = thread with CrRendererMain name
const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const main = new Set(names.map((e) => `${e.pid}:${e.tid}`));
const sums = {};
for (const e of events) {
  if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`)) continue;
  sums[e.name] = (sums[e.name] ?? 0) + (e.dur ?? 0) / 1000;
}
const top = Object.entries(sums)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 30);
for (const [k, v] of top) console.log(k.padEnd(40), (v / n).toFixed(2), 'ms/change');
// JS self time by function
const self = {};
const nodes = new Map(prof.profile.nodes.map((x) => [x.id, x]));
const dt = prof.profile.timeDeltas;
const counts = {};
prof.profile.samples.forEach((id, k) => {
  counts[id] = (counts[id] ?? 0) + (dt[k] ?? 0) / 1000;
});
for (const [id, ms] of Object.entries(counts)) {
  const nd = nodes.get(Number(id));
  const f = nd.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self[key] = (self[key] ?? 0) + ms;
}
console.log('--- JS self time (total over run, ms) ---');
for (const [k, v] of Object.entries(self)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 40))
  console.log(v.toFixed(1).padStart(8), k);
writeFileSync('/tmp/prof/trace.json', JSON.stringify({ traceEvents: events }));
writeFileSync('/tmp/prof/cpu.cpuprofile', JSON.stringify(prof.profile));
await browser.close();
