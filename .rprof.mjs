import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(process.env.URL ?? 'http://127.0.0.1:4997/');
await page.waitForFunction(
  () => !document.querySelector('.busy') && document.querySelector('tbody tr'),
  null,
  { timeout: 60000 },
);
await page.waitForTimeout(1500);
const r = await page.evaluate(async () => {
  window.__prof = {};
  const n = 16;
  for (let i = 0; i < n; i++) {
    document.querySelectorAll('.agency-list input[type="checkbox"]')[i >> 1].click();
    await new Promise((ok) => setTimeout(ok, 300));
  }
  return Object.fromEntries(
    Object.entries(window.__prof).map(([k, v]) => [
      k,
      [(v.reduce((a, b) => a + b, 0) / n).toFixed(2), v.length],
    ]),
  );
});
console.log(r);
await browser.close();
