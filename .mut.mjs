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
await page.waitForTimeout(1000);
for (let i = 0; i < 3; i++) {
  const r = await page.evaluate(async (i) => {
    const region = (el) => {
      const s =
        el.closest?.('section, header, aside, nav, [role=region]') ??
        el.parentElement?.closest('section, header, aside, nav');
      return s ? (s.querySelector('h2')?.textContent ?? s.className ?? s.tagName) : 'other';
    };
    const counts = {};
    const o = new MutationObserver((recs) => {
      for (const r of recs) {
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        const k = `${region(el)} ${r.type}${r.attributeName ? ':' + r.attributeName : ''} <${el.tagName.toLowerCase()} ${el.getAttribute('class') ?? ''}>`;
        counts[k] =
          (counts[k] ?? 0) + (r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1);
      }
    });
    o.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const cbs = [...document.querySelectorAll('.agency-list input[type="checkbox"]')];
    cbs[i].click();
    await new Promise((ok) => setTimeout(ok, 200));
    o.disconnect();
    return Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30);
  }, i);
  console.log('--- change', i);
  for (const [k, v] of r) console.log(v, k);
}
await browser.close();
