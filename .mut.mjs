import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await p.goto(process.argv[2] || 'http://127.0.0.1:4998/');
await p.waitForTimeout(3000);
const r = await p.evaluate(async (kind) => {
  const counts = {};
  const o = new MutationObserver((list) => { for (const m of list) { const el = m.target.nodeType === 1 ? m.target : m.target.parentElement; const sec = el.closest('section')?.querySelector('h2')?.textContent ?? el.closest('header') ? 'header' : '?'; const k = `${sec} ${m.type} ${m.attributeName ?? ''} ${el.tagName}.${(el.getAttribute('class')||'').split(' ')[0]}`; counts[k] = (counts[k] || 0) + (m.addedNodes?.length || 0) + (m.removedNodes?.length || 0) + (m.type === 'childList' ? 0 : 1); } });
  o.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
  const boxes = [...document.querySelectorAll('.agency-list input[type="checkbox"]')];
  if (kind === 'agency') boxes[3].click(); else { const input = document.querySelector('input[aria-label="Search missions"]'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'mar'); input.dispatchEvent(new Event('input', { bubbles: true })); }
  await new Promise((ok) => setTimeout(ok, 50));
  o.disconnect();
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 30);
}, process.argv[3] || 'agency');
for (const [k, v] of r) console.log(v, k);
await b.close();
