import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4998/data/stories.json');
const r = await page.evaluate(() => {
  const c = document.createElement('canvas');
  c.width = 600;
  c.height = 500;
  document.body.append(c);
  const ctx = c.getContext('2d');
  const colors = ['#4e79a7', '#59a14f', '#f28e2b', '#e15759', '#b07aa1', '#edc948', '#76b7b2', '#9c755f'];
  const nodes = Array.from({ length: 500 }, (_, i) => ({
    x: Math.random() * 600,
    y: Math.random() * 500,
    r: 3 + Math.random() * 20 * (i < 20 ? 2 : 0.3),
    c: colors[i % 8],
  }));
  const time = (f) => {
    const out = [];
    for (let k = 0; k < 7; k++) {
      ctx.clearRect(0, 0, 600, 500);
      const t = performance.now();
      f();
      ctx.getImageData(0, 0, 1, 1);
      out.push(performance.now() - t);
    }
    return out.sort((a, b) => a - b)[3].toFixed(2);
  };
  const res = {};
  res.perNode = time(() => {
    for (const n of nodes) {
      ctx.globalAlpha = 1;
      ctx.fillStyle = n.c;
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.r, 0, 7);
      ctx.fill();
    }
  });
  res.batched = time(() => {
    const by = new Map();
    for (const n of nodes) {
      let a = by.get(n.c);
      if (!a) by.set(n.c, (a = []));
      a.push(n);
    }
    for (const [col, list] of by) {
      ctx.fillStyle = col;
      ctx.beginPath();
      for (const n of list) {
        ctx.moveTo(n.x + n.r, n.y);
        ctx.arc(n.x, n.y, n.r, 0, 7);
      }
      ctx.fill();
    }
  });
  res.strokeText60 = time(() => {
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    for (const n of nodes.slice(0, 60)) {
      ctx.strokeStyle = '#fff';
      ctx.strokeText('Agency ' + n.c, n.x, n.y);
      ctx.fillStyle = '#111';
      ctx.fillText('Agency ' + n.c, n.x, n.y);
    }
  });
  res.fillText60 = time(() => {
    ctx.font = '600 12px system-ui, sans-serif';
    for (const n of nodes.slice(0, 60)) {
      ctx.fillStyle = '#111';
      ctx.fillText('Agency ' + n.c, n.x, n.y);
    }
  });
  res.clear = time(() => {});
  return res;
});
console.log(r);
await browser.close();
