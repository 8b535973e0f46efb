import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INTERNAL_ERROR_MESSAGE,
  importText,
  suggestMapping,
  type ImportOptions,
  type ImportResult,
} from './importFile';
import type { Dataset } from './schema';
import { validateDataset } from './validate';

/** mulberry32: small, fast and seeded, so a failing input can be reproduced from its seed and index. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const read = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../public/samples', name), 'utf8');
const SAMPLES = {
  missions: read('missions-sample.csv'),
  pairs: read('pairs-sample.csv'),
  catalogue: read('satellite-catalogue-sample.csv'),
  json: read('dataset-sample.json'),
};
const known = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/default.json'), 'utf8')) as Dataset
).organizations;

/** Pieces that have broken parsers before: quotes, separators, line ends, markup, odd numbers and keys. */
const NASTY = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  '\uD800',
  ':',
  '/',
  '|',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'https://example.org/a',
  '=HYPERLINK("x")',
  "'=1",
  '1e308',
  '-1e308',
  '99999999999999999999999',
  'NaN',
  '-0',
  '19999',
  '2014-05-24',
  '__proto__',
  'constructor',
  'toString',
  '{',
  '}',
  '[',
  ']',
  '{"a":',
  'null',
  'lead',
  'NASA; ESA',
  'ESA: lander;',
  'Nope Agency',
];

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
/** For the fixed, non-empty lists of this file. */
const pick = <T>(r: Rand, list: readonly T[]): T => list[int(r, list.length)] as T;
/** For lists a mutation may have emptied. */
const maybe = <T>(r: Rand, list: readonly T[]): T | undefined => list[int(r, list.length)];

function randomText(r: Rand, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1)
    out += r() < 0.3 ? pick(r, NASTY) : String.fromCharCode(r() < 0.8 ? 32 + int(r, 95) : int(r, 0x10000));
  return out;
}

function mutate(r: Rand, text: string): string {
  let out = text;
  const edits = 1 + int(r, 8);
  for (let e = 0; e < edits; e += 1) {
    const at = int(r, out.length + 1);
    const span = int(r, 40);
    switch (int(r, 5)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + span);
        break;
      case 1:
        out = out.slice(0, at) + pick(r, NASTY) + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at, at + span).repeat(2 + int(r, 20)) + out.slice(at);
        break;
      case 3:
        out = out.slice(0, at);
        break;
      default:
        out = out.slice(0, at) + randomText(r, span) + out.slice(at + span);
    }
  }
  return out;
}

const HUGE_VALUES: unknown[] = [
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.5,
  -1,
  '',
  ' ',
  null,
  true,
  [],
  {},
  'x'.repeat(5000),
];

function deepNesting(r: Rand): unknown {
  let value: unknown = 1;
  const depth = 1 + int(r, 2000);
  for (let i = 0; i < depth; i += 1) value = r() < 0.5 ? [value] : { a: value };
  return value;
}

const objects = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

/** Sets a random field somewhere in the sample dataset to a strange value (earlier edits may break its shape). */
function mutateJson(r: Rand): string {
  const d = JSON.parse(SAMPLES.json) as Record<string, unknown>;
  const edits = 1 + int(r, 5);
  for (let e = 0; e < edits; e += 1) {
    const missions = objects(d.missions);
    const partners = objects(maybe(r, missions)?.partners);
    const target = pick(r, [d, maybe(r, missions), maybe(r, objects(d.organizations)), maybe(r, partners)]);
    if (!target) continue;
    const key = pick(r, [...Object.keys(target), '__proto__', 'extra']);
    const value = target[key];
    const roll = r();
    if (roll < 0.2) delete target[key];
    else if (roll < 0.4) target[key] = deepNesting(r);
    else if (roll < 0.5 && Array.isArray(value)) target[key] = Array.from({ length: 600 }, () => value[0]);
    else if (roll < 0.6 && Array.isArray(d.missions) && missions.length > 0)
      d.missions.push(structuredClone(maybe(r, missions)));
    else target[key] = r() < 0.5 ? pick(r, HUGE_VALUES) : pick(r, NASTY);
  }
  const text = JSON.stringify(d);
  return r() < 0.2 ? text.slice(0, int(r, text.length)) : text;
}

/** A table built from real column names and nasty cells, in any of the three separators. */
function randomTable(r: Rand): string {
  const columns = [
    'name',
    'start',
    'end',
    'partners',
    'org',
    'mission_id',
    'role',
    'contributions',
    'sources',
    'type',
    'program',
    'x',
  ];
  const headers = Array.from({ length: 1 + int(r, 8) }, () => pick(r, columns));
  const sep = pick(r, [',', ';', '\t']);
  const rows = Array.from({ length: int(r, 30) }, () =>
    headers.map(() => (r() < 0.5 ? pick(r, NASTY) : randomText(r, int(r, 12)))).join(sep),
  );
  return [headers.join(sep), ...rows].join(pick(r, ['\n', '\r\n']));
}

interface Input {
  text: string;
  fileName: string;
  mapped: boolean;
}

function generate(r: Rand, i: number): Input {
  const kind = i % 8;
  const csvName = pick(r, ['file.csv', 'file.tsv', 'file.txt', 'file']);
  switch (kind) {
    case 0:
      return { text: randomText(r, int(r, 400)), fileName: pick(r, ['x.csv', 'x.json', 'x']), mapped: false };
    case 1:
      return { text: mutate(r, SAMPLES.missions), fileName: csvName, mapped: false };
    case 2:
      return { text: mutate(r, SAMPLES.pairs), fileName: csvName, mapped: false };
    case 3:
      return { text: mutate(r, SAMPLES.catalogue), fileName: csvName, mapped: true };
    case 4:
      return { text: mutateJson(r), fileName: 'data.json', mapped: false };
    case 5:
      return { text: mutate(r, SAMPLES.json), fileName: pick(r, ['data.json', 'data']), mapped: false };
    case 6:
      return { text: randomTable(r), fileName: csvName, mapped: r() < 0.3 };
    default: {
      const depth = 1 + int(r, 20_000);
      return {
        text: `${'['.repeat(depth)}${r() < 0.5 ? ']'.repeat(depth) : ''}`,
        fileName: 'deep.json',
        mapped: false,
      };
    }
  }
}

function optionsFor(r: Rand, input: Input): ImportOptions {
  const options: ImportOptions = {
    knownOrganizations: r() < 0.7 ? known : [],
    currentYear: 2000 + int(r, 40),
  };
  if (!input.mapped) return options;
  const firstLine = input.text.split('\n')[0] ?? '';
  const headers = firstLine.split(/[,;\t]/);
  return {
    ...options,
    mapping: { ...suggestMapping(headers), separator: pick(r, ['/', ';', ',', '|'] as const) },
  };
}

/** What is wrong with a result, in words; empty when it keeps every promise of importText. */
function violations(result: ImportResult): string[] {
  const found: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) found.push(what);
  };
  check(result.issues.length > 0 || result.dataset !== null, 'neither issues nor a dataset');
  for (const issue of result.issues) {
    check(!issue.message.includes(INTERNAL_ERROR_MESSAGE), `internal error: ${issue.message}`);
    check(issue.message.length > 0 && issue.fix.length > 0, 'an issue without a message or a fix');
    check(issue.row === null || issue.row >= 1, `row ${issue.row}`);
  }
  check(result.skippedRows <= result.totalRows, 'more rows skipped than read');
  const { dataset } = result;
  if (!dataset) return found;
  check(dataset.missions.length > 0, 'an empty dataset');
  const validation = validateDataset(dataset);
  check(validation.ok, `an invalid dataset: ${validation.ok ? '' : JSON.stringify(validation.errors[0])}`);
  // One mission per row or JSON entry: each is either loaded or counted as skipped.
  check(
    result.format === 'pairs-csv' || dataset.missions.length + result.skippedRows === result.totalRows,
    `${dataset.missions.length} loaded + ${result.skippedRows} skipped ≠ ${result.totalRows} read`,
  );
  return found;
}

describe('import fuzzing', () => {
  it('never throws, always explains or loads, and only loads valid datasets', () => {
    const r = prng(20_261_122);
    const started = performance.now();
    const failures: string[] = [];
    let loaded = 0;
    for (let i = 0; i < 640; i += 1) {
      const input = generate(r, i);
      const options = optionsFor(r, input);
      const where = `input ${i} (${input.fileName}, ${JSON.stringify(input.text.slice(0, 120))})`;
      try {
        const result = importText(input.text, input.fileName, options);
        for (const v of violations(result)) failures.push(`${where}: ${v}`);
        if (result.dataset) loaded += 1;
      } catch (error) {
        failures.push(`${where} threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    // Mutations keep many files partly readable, so the path that loads data is exercised too.
    expect(loaded).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
