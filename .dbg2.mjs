import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await p.goto('http://127.0.0.1:4998/');
await p.waitForTimeout(3000);
const c = async (re) => { const bb = await p.getByRole('button', { name: re }).locator('circle').boundingBox(); return { x: bb.x + bb.width / 2, y: bb.y + bb.height / 2 }; };
const a = await c(/^NASA: /), e = await c(/^ESA: /);
for (let t = 0.3; t < 0.75; t += 0.05) {
  const pt = { x: a.x + t * (e.x - a.x), y: a.y + t * (e.y - a.y) };
  const free = await p.evaluate(({ x, y }) => { const el = document.elementFromPoint(x, y); return el?.tagName + '.' + el?.getAttribute('class') + ' node=' + !!el?.closest('.node'); }, pt);
  await p.mouse.move(pt.x, pt.y);
  await p.waitForTimeout(50);
  const tip = await p.locator('[role=tooltip]').innerText().catch(() => '-');
  console.log(t.toFixed(2), free, JSON.stringify(tip));
}
await b.close();
