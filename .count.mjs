import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await p.goto(process.argv[2]);
await p.waitForTimeout(8000);
console.log(await p.evaluate(() => [...document.querySelectorAll('section, header')].map((s) => `${s.querySelector('h2,h1')?.textContent}: ${s.querySelectorAll('*').length}`).join('\n')));
await b.close();
