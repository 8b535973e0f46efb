import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDataset, SEED_PROGRAMS, type QualityOptions } from './quality';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string): any => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const published = readJson('public/data/default.json');

const options: QualityOptions = {
  updatedYear: Number(String(published.updated).slice(0, 4)),
  stableIds: readJson('data/stable-ids.json'),
  seedPrograms: SEED_PROGRAMS,
  minMissions: 150,
  minOrganizations: 45,
};

/** A fresh copy of the default dataset with one error put in. */
function withError(change: (d: any) => void): unknown {
  const copy = structuredClone(published);
  change(copy);
  return copy;
}
const mission = (d: any, id: string) => d.missions.find((m: any) => m.id === id);

describe('data check suite: the default dataset', () => {
  it('passes every rule', () => {
    expect(auditDataset(published, options)).toEqual([]);
  });

  it('covers 1975 to the 2030s, every kind of mission, and the big programs with their members', () => {
    const starts = published.missions.map((m: any) => m.start);
    expect(Math.min(...starts)).toBe(1975);
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(2030);
    const types = new Set(published.missions.map((m: any) => m.type));
    for (const t of [
      'station',
      'crew-transport',
      'cargo',
      'telescope',
      'planetary',
      'lunar',
      'earth-observation',
      'weather',
      'heliophysics',
      'ground-observatory',
    ])
      expect(types).toContain(t);
    for (const program of ['iss', 'artemis', 'copernicus', 'exomars'])
      expect(published.missions.filter((m: any) => m.program === program).length).toBeGreaterThanOrEqual(2);
  });

  it('names the agencies a student expects, with their history', () => {
    const ids = new Set(published.organizations.map((o: any) => o.id));
    for (const id of [
      'nasa',
      'roscosmos',
      'soviet-space-program',
      'esa',
      'jaxa',
      'isas',
      'nasda',
      'csa',
      'isro',
      'cnsa',
      'cnes',
      'dlr',
      'asi',
      'uksa',
      'kari',
      'kasa',
      'uaesa',
      'eumetsat',
      'eso',
      'nrao',
      'naoj',
      'spacex',
      'boeing',
      'airbus',
      'thales-alenia-space',
      'axiom-space',
    ])
      expect(ids).toContain(id);
  });

  it('puts NASA, ESA, JAXA and Roscosmos among the most connected organizations', () => {
    const partners = new Map<string, Set<string>>();
    for (const m of published.missions)
      for (const p of m.partners)
        for (const q of m.partners)
          if (p.org !== q.org) partners.set(p.org, (partners.get(p.org) ?? new Set()).add(q.org));
    const ranked = [...partners.entries()].sort((a, b) => b[1].size - a[1].size).map(([id]) => id);
    for (const id of ['nasa', 'esa', 'jaxa', 'roscosmos']) expect(ranked.indexOf(id)).toBeLessThan(12);
    for (const id of ['isro', 'cnsa']) expect(ranked.indexOf(id)).toBeLessThan(40);
  });
});

describe('data check suite: it catches each error it names', () => {
  const cases: [string, (d: any) => void, string][] = [
    [
      'a partner that does not exist',
      (d) => (mission(d, 'jwst').partners[0].org = 'nasaa'),
      'validation: missions',
    ],
    ['a duplicate id', (d) => (mission(d, 'soho').id = 'jwst'), 'is used by another mission'],
    [
      'an id that disappeared',
      (d) => (mission(d, 'soho').id = 'soho-mission'),
      'stable-ids: mission id "soho"',
    ],
    ['a year out of range', (d) => (mission(d, 'jwst').start = 1900), 'not a year between'],
    [
      'years out of order',
      (d) => Object.assign(mission(d, 'rosetta'), { start: 2010, end: 2004 }),
      'is before start year',
    ],
    [
      'an ended mission without an end',
      (d) => (mission(d, 'rosetta').end = null),
      'is completed but has no end year',
    ],
    [
      'an active mission with an end',
      (d) => (mission(d, 'jwst').end = 2024),
      'is active but has an end year',
    ],
    ['a stale planned date', (d) => (mission(d, 'rosalind-franklin').start = 2022), 'check its status'],
    ['a word outside a vocabulary', (d) => (mission(d, 'jwst').status = 'operational'), 'is not one of'],
    [
      'a mission entered twice under two names',
      (d) =>
        d.missions.push({
          ...mission(d, 'jwst'),
          id: 'webb-telescope',
          name: 'James Webb Space Telescope (JWST)',
        }),
      'duplicates:',
    ],
    [
      'a national mission',
      (d) =>
        (mission(d, 'jwst').partners = mission(d, 'jwst').partners.filter(
          (p: any) => p.org === 'nasa' || p.org === 'northrop-grumman',
        )),
      'international:',
    ],
    ['a plain http source', (d) => (mission(d, 'jwst').sources = ['http://www.jwst.nasa.gov']), 'https:'],
    ['a missing contribution', (d) => (mission(d, 'jwst').partners[1].contribution = ''), 'contributions:'],
    [
      'a seed program losing a partner',
      (d) => (mission(d, 'iss').partners = mission(d, 'iss').partners.filter((p: any) => p.org !== 'csa')),
      'seed-programs: "iss" lacks the partner "csa"',
    ],
    [
      'ALMA losing Taiwan',
      (d) =>
        (mission(d, 'alma').partners = mission(d, 'alma').partners.filter((p: any) => p.org !== 'asiaa')),
      'lacks a partner from TW',
    ],
    [
      'an unused organization',
      (d) => d.organizations.push({ ...d.organizations[0], id: 'nobody-at-all' }),
      'organizations-used:',
    ],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    const found = auditDataset(withError(change), options);
    // On failure, the list shows what the suite reported instead.
    expect(found.filter((m) => m.includes(expected)).length > 0 ? 'caught' : found).toBe('caught');
  });

  it('fails when the dataset is too small', () => {
    const found = auditDataset(
      withError((d) => d.missions.splice(100)),
      options,
    );
    expect(found.some((m) => m.startsWith('counts:'))).toBe(true);
  });
});
