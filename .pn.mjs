import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(process.env.URL);
await page.waitForFunction(
  () => !document.querySelector('.busy') && document.querySelector('tbody tr'),
  null,
  { timeout: 60000 },
);
await page.waitForTimeout(1500);
const r = await page.evaluate(async () => {
  window.__pn = [];
  window.__pl = [];
  window.__circ = [];
  window.__font = [];
  window.__lab = [];
  for (let i = 0; i < 8; i++) {
    document.querySelectorAll('.agency-list input[type="checkbox"]')[i >> 1].click();
    await new Promise((ok) => setTimeout(ok, 300));
  }
  return {
    font: window.__font.map((x) => x.toFixed(1)),
    circ: window.__circ.map((x) => x.toFixed(1)),
    lab: window.__lab,
    pn: window.__pn.map((x) => x.toFixed(1)),
    pl: window.__pl.map((x) => x.toFixed(1)),
  };
});
console.log(r);
await browser.close();
