import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(process.argv[2]);
for (const t of (process.env.AT ?? '1500,4000,12000').split(',').map(Number)) {
  await p.waitForTimeout(t - (globalThis.last ?? 0)); globalThis.last = t;
  await p.screenshot({ path: `/tmp/shot-${t}.png` });
  console.log(t, (await p.locator('output.loading').innerText().catch(() => 'no loading output')).replace(/\n/g, ' / '));
}
await b.close();
