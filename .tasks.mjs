import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
await p.goto(process.argv[2]);
await p.waitForTimeout(Number(process.env.WAIT ?? 14000));
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
const main = ev.filter((e) => e.name === 'RunTask' && e.dur > 150000);
const tid = ev.find((e) => e.name === 'TracingStartedInBrowser')?.tid;
for (const t of main) {
  const kids = ev.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e.ph === 'X' && e.name !== 'RunTask' && e.dur > 30000);
  console.log(Math.round(t.dur / 1000), 'tid', t.tid, kids.slice(0, 8).map((k) => `${k.name}${k.args?.data?.functionName ? ':' + k.args.data.functionName : ''}${k.args?.data?.type ? ':' + k.args.data.type : ''} ${Math.round(k.dur / 1000)}`).join(' | '));
}
await b.close();
