import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(process.env.URL ?? 'http://127.0.0.1:4998/');
await page.waitForFunction(
  () => !document.querySelector('.busy') && document.querySelector('tbody tr'),
  null,
  { timeout: 60000 },
);
await page.waitForTimeout(800);
await page.screenshot({ path: process.env.OUT ?? '/tmp/prof/shot.png', fullPage: !!process.env.FULL });
console.log(
  await page.evaluate(() => {
    const el = document.querySelector('.timeline-scroll');
    const r = el.getBoundingClientRect();
    return { top: r.top, h: r.height, sh: el.scrollHeight, doc: document.documentElement.scrollHeight };
  }),
);
await browser.close();
