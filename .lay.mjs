import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await p.goto(process.argv[2]);
await p.waitForTimeout(8000);
const r = await p.evaluate(async () => {
  const out = {};
  const secs = [...document.querySelectorAll('section')].map((s) => [s.querySelector('h2')?.textContent, s]);
  const boxes = [...document.querySelectorAll('.agency-list input[type="checkbox"]')];
  for (const hide of ['none', ...secs.map((s) => s[0])]) {
    for (const [n, s] of secs) s.style.display = n === hide && n !== 'Filters' ? 'none' : '';
    document.body.offsetHeight;
    let js = 0, lay = 0;
    for (let i = 0; i < 8; i++) {
      await new Promise((ok) => requestAnimationFrame(() => ok()));
      const t0 = performance.now();
      boxes[i % 4].click();
      const t1 = performance.now();
      document.body.offsetHeight;
      const t2 = performance.now();
      js += t1 - t0; lay += t2 - t1;
    }
    out[hide] = `js ${(js / 8).toFixed(1)} layout+style ${(lay / 8).toFixed(1)}`;
  }
  return out;
});
console.log(r);
await b.close();
