#!/usr/bin/env node
// Where the time of each filter change went, from a trace written by `BENCH_TRACE=<dataset>:<kind> npm run
// bench`: one line per change (its time from the change to the end of the frame that showed it, then the
// main thread's script, style, layout, paint and compositing inside that window), then the means.
//
//   node scripts/trace-summary.mjs bench/results/trace-10k-year.json [--cpu] [--events 3,7]
//
// `--events` lists, for the changes named, every main-thread event over 0.3 ms, in order: the detail to read
// when one change is slower than its neighbours. `--cpu` sums the main thread's CPU time (the trace's thread
// time) instead of wall time: a phase preempted by other work on a busy machine then counts only what it ran,
// so two builds traced while something else loads the cores can still be compared.

import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const cpu = args.includes('--cpu');
const [file, flag, list] = args.filter((a) => a !== '--cpu');
if (!file) {
  console.error('usage: node scripts/trace-summary.mjs <trace.json> [--events 3,7]');
  process.exit(1);
}
const detailed = new Set(flag === '--events' && list ? list.split(',').map(Number) : []);
const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;

// The page's main thread: where the app's script, style, layout and paint run.
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
if (!main) {
  console.error(`${file}: no renderer main thread in this trace`);
  process.exit(1);
}
const onMain = events
  .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  .sort((a, b) => a.ts - b.ts);

// The bench marks each change (`year 3`) and the end of its frame (`year 3 painted`).
const marks = new Map();
for (const e of events) if (e.cat?.includes('blink.user_timing') && e.ph !== 'X') marks.set(e.name, e.ts);
const changes = [...marks.keys()]
  .filter((name) => marks.has(`${name} painted`))
  .sort((a, b) => (marks.get(a) ?? 0) - (marks.get(b) ?? 0));
if (changes.length === 0) {
  console.error(`${file}: no marked changes (was it written by BENCH_TRACE?)`);
  process.exit(1);
}

// Top-level phases only (each is the outermost event of its kind), so nothing is counted twice.
const PHASES = {
  script: ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  prepaint: ['PrePaint'],
  paint: ['Paint'],
  composite: ['Layerize', 'Commit', 'UpdateLayer'],
  gc: ['MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC'],
};
const phaseOf = new Map(Object.entries(PHASES).flatMap(([phase, names]) => names.map((n) => [n, phase])));

const ms = (us) => us / 1000;
const fixed = (x) => x.toFixed(1).padStart(6);
const sums = Object.fromEntries(Object.keys(PHASES).map((p) => [p, 0]));
let totalSum = 0;
if (cpu) console.log('total: wall time from the change to its frame; phases: main-thread CPU time');
console.log(
  `${'change'.padEnd(14)} ${'total'.padStart(6)} ${Object.keys(PHASES)
    .map((p) => p.padStart(10))
    .join('')}`,
);
for (const [i, name] of changes.entries()) {
  const start = marks.get(name) ?? 0;
  const end = marks.get(`${name} painted`) ?? 0;
  const inside = onMain.filter((e) => e.ts >= start - 1000 && e.ts < end);
  const row = Object.fromEntries(Object.keys(PHASES).map((p) => [p, 0]));
  // An event inside another of the same phase (a function call inside an event dispatch) is not re-counted.
  const openUntil = {};
  for (const e of inside) {
    const phase = phaseOf.get(e.name);
    if (!phase || e.ts < (openUntil[phase] ?? 0)) continue;
    row[phase] += ms((cpu ? e.tdur : undefined) ?? e.dur ?? 0);
    openUntil[phase] = e.ts + (e.dur ?? 0);
  }
  for (const p of Object.keys(PHASES)) sums[p] += row[p];
  totalSum += ms(end - start);
  console.log(
    `${name.padEnd(14)} ${fixed(ms(end - start))} ${Object.keys(PHASES)
      .map((p) => fixed(row[p]).padStart(10))
      .join('')}`,
  );
  if (detailed.has(i))
    for (const e of inside.filter((x) => (x.dur ?? 0) > 300))
      console.log(`    ${fixed(ms(e.ts - start))} ms  ${e.name} ${fixed(ms(e.dur))} ms`);
}
console.log(
  `${'mean'.padEnd(14)} ${fixed(totalSum / changes.length)} ${Object.keys(PHASES)
    .map((p) => fixed(sums[p] / changes.length).padStart(10))
    .join('')}`,
);
