import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.addInitScript(() => {
  window.__draws = 0;
  const cr = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...a) {
    if (this.canvas.classList.contains('graph-canvas')) {
      window.__draws++;
      window.__stacks = window.__stacks ?? [];
      window.__stacks.push(
        new Error().stack
          .split('\n')
          .slice(2, 9)
          .map((s) => s.trim().split(' ')[1])
          .join(' < '),
      );
    }
    return cr.apply(this, a);
  };
});
await page.goto(process.env.URL);
await page.waitForFunction(
  () => !document.querySelector('.busy') && document.querySelector('tbody tr'),
  null,
  { timeout: 60000 },
);
await page.waitForTimeout(1500);
for (let i = 0; i < 3; i++) {
  const r = await page.evaluate(async (i) => {
    window.__draws = 0;
    window.__stacks = [];
    document.querySelectorAll('.agency-list input[type="checkbox"]')[0].click();
    await new Promise((ok) => setTimeout(ok, 500));
    return [window.__draws, window.__stacks];
  }, i);
  console.log(r[0]);
  for (const s of r[1]) console.log('   ', s);
}
await browser.close();
