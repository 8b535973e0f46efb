import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import {
  checkFileSize,
  importFile,
  importText,
  MAX_FILE_BYTES,
  toPairsCsv,
  type ImportOptions,
  type ImportResult,
} from './importFile';
import type { Dataset, Mission } from './schema';
import { validateDataset } from './validate';

const read = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../public/samples', name), 'utf8');
const defaultDataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/default.json'), 'utf8'),
) as Dataset;
const options: ImportOptions = { knownOrganizations: defaultDataset.organizations, currentYear: 2026 };
const defaultMission = (id: string): Mission | undefined => defaultDataset.missions.find((m) => m.id === id);

function errors(result: ImportResult) {
  return result.issues.filter((i) => i.severity === 'error');
}
function warnings(result: ImportResult) {
  return result.issues.filter((i) => i.severity === 'warning');
}
function missionIds(result: ImportResult): string[] {
  return result.dataset?.missions.map((m) => m.id) ?? [];
}
/** A dataset returned by an import must always pass the app's validator. */
function expectValid(result: ImportResult): Dataset {
  expect(result.dataset).not.toBeNull();
  expect(validateDataset(result.dataset).ok).toBe(true);
  return result.dataset as Dataset;
}

const HEADER = 'name,start,end,partners';
const manyOrgs = (n: number): string => Array.from({ length: n }, (_, i) => `Org ${i}`).join('; ');
const sampleJson = () => JSON.parse(read('dataset-sample.json')) as Record<string, any>;
const importJson = (value: unknown): ImportResult => importText(JSON.stringify(value), 'data.json', options);
const neverRead = (): Promise<string> =>
  Promise.reject(new Error('a file that is too large must not be read'));

describe('sample files', () => {
  it('missions format: every mission as in the default dataset, contributions matched by name', () => {
    const result = importText(read('missions-sample.csv'), 'missions-sample.csv', options);
    expect(result).toMatchObject({ format: 'missions-csv', totalRows: 6, skippedRows: 0, issues: [] });
    const dataset = expectValid(result);
    for (const m of dataset.missions) expect(m).toEqual(defaultMission(m.id));
    expect(missionIds(result)).toEqual(['jwst', 'rosetta', 'exomars', 'exomars-tgo', 'artemis', 'gateway']);
  });

  it('pairs format: rows grouped into missions with several leads, as in the default dataset', () => {
    const result = importText(read('pairs-sample.csv'), 'pairs-sample.csv', options);
    expect(result).toMatchObject({ format: 'pairs-csv', totalRows: 18, skippedRows: 0, issues: [] });
    const dataset = expectValid(result);
    expect(dataset.missions).toHaveLength(6);
    for (const m of dataset.missions) expect(m).toEqual(defaultMission(m.id));
  });

  it('pairs format: the sample is exactly what the export writes', () => {
    const dataset = expectValid(importText(read('pairs-sample.csv'), 'pairs-sample.csv', options));
    expect(toPairsCsv(dataset.missions, dataset.organizations).replaceAll('\r\n', '\n')).toBe(
      read('pairs-sample.csv').trimEnd(),
    );
  });

  it('JSON: the sample is a valid dataset, read as is', () => {
    const text = read('dataset-sample.json');
    const result = importText(text, 'dataset-sample.json', options);
    expect(result).toMatchObject({ format: 'json', totalRows: 3, skippedRows: 0, issues: [] });
    expect(result.dataset).toEqual(JSON.parse(text));
  });

  it('satellite catalogue: asks for a mapping, suggests one, and reads with it', () => {
    const text = read('satellite-catalogue-sample.csv');
    const first = importText(text, 'satellite-catalogue-sample.csv', options);
    expect(first).toMatchObject({ format: 'mapped-csv', dataset: null, needsMapping: true, totalRows: 10 });
    expect(first.headers).toContain('Date of Launch');
    expect(first.sampleRows).toHaveLength(5);
    expect(first.suggestedMapping).toMatchObject({
      name: 'Name of Satellite, Alternate Names',
      start: 'Date of Launch',
      partners: 'Operator/Owner',
      separator: '/',
    });

    const mapping = first.suggestedMapping ?? { name: '', start: '', partners: '', separator: '/' };
    const result = importText(text, 'satellite-catalogue-sample.csv', { ...options, mapping });
    expect(result).toMatchObject({ format: 'mapped-csv', totalRows: 10, skippedRows: 0, issues: [] });
    const dataset = expectValid(result);
    const swot = dataset.missions.find((m) => m.name.startsWith('SWOT'));
    expect(swot).toMatchObject({
      id: 'swot-surface-water-and-ocean-topography',
      type: 'earth-observation',
      destination: 'Low Earth orbit',
      status: 'active',
      start: 2022,
      end: null,
      program: null,
      summary: '',
      sources: ['https://swot.jpl.nasa.gov/'],
      partners: [
        { org: 'nasa', role: 'lead', contribution: '' },
        { org: 'cnes', role: 'partner', contribution: '' },
        { org: 'csa', role: 'partner', contribution: '' },
        { org: 'uksa', role: 'partner', contribution: '' },
      ],
    });
    expect(dataset.missions.map((m) => m.start)).toEqual([
      2006, 2011, 2013, 2014, 2016, 2018, 2018, 2020, 2022, 2024,
    ]);
  });
});

describe('CSV details', () => {
  it('reads a UTF-8 file with a byte-order mark, semicolons and quoted values', () => {
    const text =
      '\uFEFFName;Start;End;Partners;Summary\n"Rosetta; ESA";2004;2016;"ESA; NASA";"Chased a comet;\nlanded Philae, too"\n';
    const dataset = expectValid(importText(text, 'missions.csv', options));
    expect(dataset.missions[0]).toMatchObject({
      id: 'rosetta-esa',
      name: 'Rosetta; ESA',
      status: 'completed',
      summary: 'Chased a comet;\nlanded Philae, too',
      partners: [
        { org: 'esa', role: 'lead' },
        { org: 'nasa', role: 'partner' },
      ],
    });
  });

  it('reads a tab-separated file with column names in any case and spacing', () => {
    const text =
      'Mission Name\tSTART_YEAR\tPartners\tType\tDestination\nHubble\t1990\tnasa; European Space Agency\tTelescope\tlow earth orbit\n';
    const dataset = expectValid(importText(text, 'hubble.tsv', options));
    expect(dataset.missions[0]).toMatchObject({
      id: 'hubble',
      type: 'telescope',
      destination: 'Low Earth orbit',
      status: 'active',
      partners: [{ org: 'nasa' }, { org: 'esa' }],
    });
  });

  it('applies the defaults and derives statuses from the years', () => {
    const text = `${HEADER}\nPast,2000,2010,NASA; ESA\nNow,2020,,NASA; ESA\nNext,2030,,NASA; ESA\nEnding later,2020,2030,NASA; ESA\n`;
    const dataset = expectValid(importText(text, 'm.csv', options));
    expect(dataset.missions.map((m) => [m.id, m.status])).toEqual([
      ['past', 'completed'],
      ['now', 'active'],
      ['next', 'planned'],
      ['ending-later', 'active'],
    ]);
    expect(dataset.missions[0]).toMatchObject({
      type: 'technology',
      destination: 'Multiple',
      program: null,
      summary: '',
      sources: [],
    });
  });

  it('makes unique ids from names and keeps given ones', () => {
    const text =
      'name,id,start,partners\nAlpha,,2000,NASA;ESA\nAlpha,,2001,NASA;ESA\nBeta,alpha-3,2002,NASA;ESA\nAlpha,,2003,NASA;ESA\n';
    expect(missionIds(importText(text, 'm.csv', options))).toEqual([
      'alpha',
      'alpha-2',
      'alpha-3',
      'alpha-4',
    ]);
  });

  it('links programs by id or name, and drops an unknown one with a warning', () => {
    const text =
      'name,id,start,partners,program\nArtemis,artemis,2017,NASA;ESA,\nGateway,,2019,NASA;ESA,Artemis\nI-Hab,,2027,ESA;JAXA,artemis\nLost,,2000,ESA;JAXA,apollo\n';
    const result = importText(text, 'm.csv', options);
    expect(expectValid(result).missions.map((m) => m.program)).toEqual([null, 'artemis', 'artemis', null]);
    expect(warnings(result)).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'program',
        message: expect.stringContaining('"apollo" is not a mission'),
      }),
    ]);
  });

  it('creates an unknown organization with a warning instead of rejecting the mission', () => {
    const text = `${HEADER}\nLunar Pathfinder,2026,,ESA; Surrey Satellite Technology\nOther,2020,,Surrey Satellite Technology; NASA\n`;
    const result = importText(text, 'm.csv', options);
    const dataset = expectValid(result);
    expect(dataset.organizations).toContainEqual({
      id: 'surrey-satellite-technology',
      name: 'Surrey Satellite Technology',
      fullName: 'Surrey Satellite Technology',
      kind: 'agency',
      country: null,
      region: 'International',
      url: '',
    });
    // Only the organizations the missions use, and the new one reported once, where it first appears.
    expect(dataset.organizations.map((o) => o.id)).toEqual(['esa', 'nasa', 'surrey-satellite-technology']);
    expect(warnings(result)).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'partners',
        message: expect.stringContaining('"Surrey Satellite Technology"'),
      }),
    ]);
  });

  it('reads "NASA/ESA" as two known organizations, with a warning, but keeps names that contain a comma', () => {
    const text = `${HEADER}\nX,2000,,"NASA/ESA, Inc.; Axiom Space, Inc."\nY,2000,,"ESA, JAXA"\n`;
    const result = importText(text, 'm.csv', options);
    const dataset = expectValid(result);
    // "NASA/ESA, Inc." is not all known pieces, so it stays one (new) organization.
    expect(dataset.missions.map((m) => m.partners.map((p) => [p.org, p.role]))).toEqual([
      [
        ['nasa-esa-inc', 'lead'],
        ['axiom-space', 'partner'],
      ],
      [
        ['esa', 'lead'],
        ['jaxa', 'partner'],
      ],
    ]);
    expect(warnings(result).map((w) => w.message)).toContain(
      '"ESA, JAXA" was read as 2 organizations: ESA, JAXA',
    );
  });

  it('matches organizations by id, short name or full name, ignoring case and spaces', () => {
    const text = `${HEADER}\nX,2000,,"  national aeronautics and  space administration ; esa;JAXA"\n`;
    const dataset = expectValid(importText(text, 'm.csv', options));
    expect(dataset.missions[0]?.partners.map((p) => p.org)).toEqual(['nasa', 'esa', 'jaxa']);
  });

  it('reads contributions that contain ";" and ":" and ignores those of non-partners', () => {
    const text =
      'name,start,partners,contributions\nX,2000,NASA; ESA,"NASA: launch; operations; ESA: Since 2022: rover; CNES: camera"\n';
    const result = importText(text, 'm.csv', options);
    expect(expectValid(result).missions[0]?.partners).toEqual([
      { org: 'nasa', role: 'lead', contribution: 'launch; operations' },
      { org: 'esa', role: 'partner', contribution: 'Since 2022: rover' },
    ]);
    expect(warnings(result)[0]?.message).toContain('"CNES" has a contribution but is not among the partners');
  });

  it('pairs: the first row may carry the mission values, and the "mission" column may hold names', () => {
    const text =
      'mission,org,role,start,type\nJames Webb,NASA,lead,2021,telescope\nJames Webb,ESA,,,\njames webb,CSA,partner,,\n';
    const result = importText(text, 'pairs.csv', options);
    expect(result.issues).toEqual([]);
    expect(expectValid(result).missions).toEqual([
      expect.objectContaining({
        id: 'james-webb',
        name: 'James Webb',
        type: 'telescope',
        start: 2021,
        partners: [
          { org: 'nasa', role: 'lead', contribution: '' },
          { org: 'esa', role: 'partner', contribution: '' },
          { org: 'csa', role: 'partner', contribution: '' },
        ],
      }),
    ]);
  });

  it('pairs: reports a value that differs between rows of one mission and keeps the first', () => {
    const text = 'mission_id,mission_name,start,org\nx,X,2000,nasa\nx,X,2001,esa\n';
    const result = importText(text, 'pairs.csv', options);
    expect(expectValid(result).missions[0]?.start).toBe(2000);
    expect(warnings(result)[0]).toMatchObject({
      row: 3,
      column: 'start',
      message: expect.stringContaining('row 2'),
    });
  });

  it('warns about columns it does not use and rows wider than the header', () => {
    const result = importText(`${HEADER},strat\nX,2000,,NASA;ESA,1999,extra\n`, 'm.csv', options);
    expect(warnings(result).map((w) => w.message)).toEqual([
      'these columns were not used: "strat"',
      'row 2 has 6 values but the header names 5 columns; the extra values were ignored',
    ]);
  });
});

describe('bad files', () => {
  it('malformed CSV: an unclosed quote skips its row and says how to fix it', () => {
    const text = `${HEADER}\nGood,2000,,NASA;ESA\n"Broken,2001,,NASA;ESA\nLost,2002,,NASA;ESA\n`;
    const result = importText(text, 'm.csv', options);
    expect(missionIds(result)).toEqual(['good']);
    expect(result).toMatchObject({ totalRows: 2, skippedRows: 1 });
    expect(errors(result)).toEqual([
      expect.objectContaining({ row: 3, fix: expect.stringContaining('Close the quote') }),
    ]);
  });

  it('wrong types: each bad value is named by row and column, the row skipped, the rest kept', () => {
    const text = [
      HEADER,
      'Good,2000,,NASA;ESA',
      'Far future,19999,,NASA;ESA',
      'Words,soon,,NASA;ESA',
      'Backwards,2010,2000,NASA;ESA',
      'Nobody,2000,,',
      ',2000,,NASA',
      'Also good,5/24/2014,24.05.2020,NASA;ESA',
    ].join('\n');
    const result = importText(text, 'm.csv', options);
    expect(missionIds(result)).toEqual(['good', 'also-good']);
    expect(result).toMatchObject({ totalRows: 7, skippedRows: 5 });
    expect(errors(result).map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'start', 'start year 19999 is not a year'],
      [4, 'start', 'start year "soon" is not a year'],
      [5, 'end', 'end year 2000 is before start year 2010'],
      [6, 'partners', 'no partner is given'],
      [7, 'name', 'the mission name is missing'],
    ]);
    expect(errors(result)[0]?.fix).toBe('Use a four-digit year between 1957 and 2045');
    expect(result.dataset?.missions[1]).toMatchObject({ start: 2014, end: 2020 });
  });

  it('unknown vocabulary values fall back to the defaults with one warning per value', () => {
    const text = `${HEADER},type\nA,2000,,NASA;ESA,rocket\nB,2000,,NASA;ESA,rocket\nC,2000,,NASA;ESA,Earth Science\n`;
    const result = importText(text, 'm.csv', options);
    expect(expectValid(result).missions.map((m) => m.type)).toEqual([
      'technology',
      'technology',
      'earth-observation',
    ]);
    expect(warnings(result)).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'type',
        message: 'type "rocket" is not one the explorer knows; "technology" was used (and 1 more time)',
        fix: expect.stringContaining('Use one of: station'),
      }),
    ]);
  });

  it('missing required columns: named in the message, and the mapping step offered', () => {
    const result = importText('name,partners,end\nX,NASA,2000\n', 'm.csv', options);
    expect(result).toMatchObject({ format: 'missions-csv', dataset: null, needsMapping: true });
    expect(errors(result)).toEqual([
      expect.objectContaining({ row: 1, column: 'start', message: 'the column "start" is missing' }),
    ]);
    const pairs = importText('org,role\nnasa,lead\n', 'p.csv', options);
    expect(errors(pairs).map((e) => e.message)).toEqual([
      'the column "start" is missing',
      'the column "mission_id" (or "mission_name") is missing',
    ]);
  });

  it('a mapping naming a column the file lacks is an error naming that column', () => {
    const mapping = { name: 'Title', start: 'Launch', partners: 'Owners', separator: '/' } as const;
    const result = importText('Title,Launch\nX,2000\n', 'm.csv', { ...options, mapping });
    expect(errors(result).map((e) => e.message)).toEqual([
      'the column "Owners" chosen for partners is not in the file',
    ]);
    expect(result.needsMapping).toBe(true);
  });

  it('huge file: refused before it is read', async () => {
    expect(checkFileSize(MAX_FILE_BYTES, 'ok.csv')).toBeNull();
    const refused = checkFileSize(MAX_FILE_BYTES + 1, 'big.csv');
    expect(refused).toMatchObject({ dataset: null, format: 'missions-csv' });
    expect(refused?.issues[0]?.message).toBe('the file is 50.0 MB, more than the limit of 50 MB');

    const big = { size: MAX_FILE_BYTES + 1, name: 'big.json', text: neverRead } as unknown as Blob & {
      name: string;
    };
    const result = await importFile(big, options);
    expect(result).toMatchObject({ format: 'json', dataset: null });
    expect(result.issues[0]?.message).toContain('more than the limit of 50 MB');
  });

  it('importFile reads a real file', async () => {
    const file = new File([`${HEADER}\nX,2000,,NASA;ESA\n`], 'x.csv', { type: 'text/csv' });
    expect(missionIds(await importFile(file, options))).toEqual(['x']);
  });

  it('spreadsheet and binary files get a plain explanation', () => {
    expect(importText('PK\u0003\u0004\u0000\u0000', 'data.xlsx', options).issues[0]?.fix).toContain(
      'CSV UTF-8',
    );
    expect(importText('ab\u0000cd', 'data.csv', options).dataset).toBeNull();
  });

  it('the advice for a binary file follows what it was meant to be', () => {
    const asJson = importText('ab\u0000cd', 'data.json', options).issues[0];
    expect(asJson?.message).toContain('binary file');
    expect(asJson?.fix).toContain('JSON text');
    expect(asJson?.fix).not.toContain('CSV');
    expect(importText('ab\u0000cd', 'data.csv', options).issues[0]?.fix).toContain('CSV UTF-8');
  });

  it('an empty JSON file is called empty, not invalid', () => {
    for (const text of ['', '  \n', '\uFEFF']) {
      const result = importText(text, 'data.json', options);
      expect(result.dataset).toBeNull();
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.message).toBe('the file is empty');
    }
  });

  it('an organization without a link is kept, its link not known', () => {
    const json = sampleJson();
    delete json.organizations[0].url;
    const result = importJson(json);
    expect(errors(result)).toEqual([]);
    expect(expectValid(result).organizations[0]?.url).toBe('');
  });

  it('a file not saved as UTF-8 is read with a warning', () => {
    const result = importText(`${HEADER}\nEspa\uFFFDa,2000,,NASA;ESA\n`, 'm.csv', options);
    expect(result.dataset?.missions).toHaveLength(1);
    expect(warnings(result)[0]?.message).toContain('not saved as UTF-8');
  });

  it('script injection: names stay plain text, unsafe links are dropped with a warning', () => {
    const text = `${HEADER},sources,summary\n"<script>alert(1)</script>",2000,,"<img src=x onerror=alert(1)>; NASA",javascript:alert(1) https://ok.example data:text/html;base64;x,"<b>hi</b>"\n`;
    const result = importText(text, 'm.csv', options);
    const m = expectValid(result).missions[0];
    expect(m).toMatchObject({
      id: 'script-alert-1-script',
      name: '<script>alert(1)</script>',
      summary: '<b>hi</b>',
      sources: ['https://ok.example'],
    });
    expect(result.dataset?.organizations.find((o) => o.id === 'img-src-x-onerror-alert-1')?.name).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(warnings(result).map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'link "javascript:alert(1)" is not an http(s) address and was dropped',
        'link "data:text/html;base64;x" is not an http(s) address and was dropped',
      ]),
    );
  });

  it('partial loading: counts rows read and skipped, and loads the valid ones', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `M${i},${i % 3 === 0 ? 'x' : 2000 + i},,NASA;ESA`);
    const result = importText([HEADER, ...rows].join('\n'), 'm.csv', options);
    expect(result).toMatchObject({ totalRows: 10, skippedRows: 4 });
    expect(result.dataset?.missions).toHaveLength(6);
    expect(errors(result).map((e) => e.row)).toEqual([2, 5, 8, 11]);
  });

  it('nothing usable: dataset null with an explanation', () => {
    const result = importText(`${HEADER}\n`, 'm.csv', options);
    expect(result.dataset).toBeNull();
    expect(errors(result)[0]?.message).toBe('the file has a header but no rows of data');
  });
});

describe('limits', () => {
  it('rejects a mission with more than 500 partners, quickly, even with a million in one cell', () => {
    const text = `${HEADER}\nOk,2000,,NASA;ESA\nToo many,2000,,"${manyOrgs(501)}"\nMillion,2000,,"${manyOrgs(1_000_000)}"\n`;
    const started = performance.now();
    const result = importText(text, 'm.csv', options);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(missionIds(result)).toEqual(['ok']);
    expect(errors(result).map((e) => [e.row, e.message])).toEqual([
      [3, 'more than 500 partners for one mission'],
      [4, 'more than 500 partners for one mission'],
    ]);
    // The rejected cells created no organizations.
    expect(result.dataset?.organizations.map((o) => o.id)).toEqual(['esa', 'nasa']);
  });

  it('pairs: a mission with more than 500 partner rows is rejected as a whole', () => {
    const rows = Array.from({ length: 501 }, (_, i) => `big,2000,Org ${i}`);
    const result = importText(
      ['mission_id,start,org', 'small,2000,nasa', ...rows].join('\n'),
      'p.csv',
      options,
    );
    expect(missionIds(result)).toEqual(['small']);
    expect(result).toMatchObject({ totalRows: 502, skippedRows: 501 });
  });

  it('reads at most 200,000 rows', () => {
    const rows = Array.from({ length: 200_001 }, (_, i) => `M${i},2000,a`);
    const result = importText(['name,start,partners', ...rows].join('\n'), 'm.csv', {
      knownOrganizations: [],
      currentYear: 2026,
    });
    expect(result.totalRows).toBe(200_000);
    expect(result.dataset?.missions).toHaveLength(200_000);
    expect(errors(result)).toEqual([
      expect.objectContaining({ row: 200_002, message: expect.stringContaining('more than 200,000 rows') }),
    ]);
  }, 30_000);
});

describe('round trip through the CSV export', () => {
  it('gives back the same missions: ids, names, years, partners with roles and contributions, sources', () => {
    const source = smallDataset();
    const first = source.missions[0] as Mission;
    source.missions[0] = {
      ...first,
      name: 'Hubble, "the" telescope',
      summary: 'Line one;\nline two, with "quotes".',
      sources: ['https://example.org/a', 'https://example.org/b?x=1;y=2'],
    };
    source.missions.push({
      ...first,
      id: 'formula',
      name: '=1+2',
      program: 'hubble',
      partners: [
        { org: 'esa', role: 'lead', contribution: '-Sunshield; +optics' },
        { org: 'nasa', role: 'lead', contribution: '' },
      ],
    });
    const csv = toPairsCsv(source.missions, source.organizations);
    const result = importText(csv, 'export.csv', {
      knownOrganizations: source.organizations,
      currentYear: 2026,
    });
    expect(result).toMatchObject({ format: 'pairs-csv', issues: [] });
    expect(expectValid(result).missions).toEqual(source.missions);
  });

  it('keeps organizations the import created, by id and name', () => {
    const first = importText(`${HEADER}\nX,2000,,NASA; Surrey Satellite Technology\n`, 'm.csv', options);
    const dataset = expectValid(first);
    const csv = toPairsCsv(dataset.missions, dataset.organizations);
    const again = importText(csv, 'export.csv', { knownOrganizations: [], currentYear: 2026 });
    expect(expectValid(again).missions).toEqual(dataset.missions);
    expect(again.dataset?.organizations.map((o) => [o.id, o.name])).toEqual([
      ['nasa', 'NASA'],
      ['surrey-satellite-technology', 'Surrey Satellite Technology'],
    ]);
  });
});

describe('JSON files', () => {
  it('keeps the valid missions and reports each bad one by its path, with a fix', () => {
    const d = sampleJson();
    d.missions[1].start = 19999;
    d.missions[2].type = 'rocket';
    const result = importJson(d);
    expect(missionIds(result)).toEqual(['nisar']);
    expect(result).toMatchObject({ totalRows: 3, skippedRows: 2 });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        path: 'missions[1].start',
        column: 'start',
        mission: 'GRACE Follow-On',
        message: 'start year 19999 is not a year between 1957 and 2045; the mission was left out',
        fix: 'Give a four-digit year between 1957 and 2045',
      }),
      expect.objectContaining({
        path: 'missions[2].type',
        fix: expect.stringContaining('Use one of: station'),
      }),
    ]);
    expectValid(result);
  });

  it('matches partners by name, creates unknown ones with a warning, and drops unsafe links', () => {
    const d = sampleJson();
    d.missions[0].partners[0].org = 'National Aeronautics and Space Administration';
    d.missions[0].partners.push({
      org: 'Indian Institute of Science',
      role: 'partner',
      contribution: 'Science',
    });
    d.missions[0].sources.push('javascript:alert(1)');
    d.organizations = d.organizations.filter((o: { id: string }) => o.id !== 'isro');
    const result = importJson(d);
    const dataset = expectValid(result);
    expect(dataset.missions[0]?.partners.map((p) => p.org)).toEqual([
      'nasa',
      'isro',
      'indian-institute-of-science',
    ]);
    expect(warnings(result).map((w) => [w.path, w.message])).toEqual([
      ['missions[0].sources[3]', 'source "javascript:alert(1)" is not an http(s) link and was dropped'],
      [
        'missions[0].partners[2].org',
        'organization "Indian Institute of Science" is not one the explorer knows; it was added as a new agency (id "indian-institute-of-science", region International, no country)',
      ],
    ]);
    // isro came from the explorer's organizations, without a warning.
    expect(dataset.organizations.find((o) => o.id === 'isro')?.fullName).toBe(
      'Indian Space Research Organisation',
    );
  });

  it('fills missing optional values and makes ids from names', () => {
    const result = importJson({
      version: 1,
      missions: [{ name: 'Tiny Sat', start: '2019-03-01', partners: [{ org: 'nasa' }, { org: 'jaxa' }] }],
    });
    expect(expectValid(result).missions[0]).toEqual({
      id: 'tiny-sat',
      name: 'Tiny Sat',
      type: 'technology',
      destination: 'Multiple',
      status: 'active',
      start: 2019,
      end: null,
      program: null,
      partners: [
        { org: 'nasa', role: 'partner', contribution: '' },
        { org: 'jaxa', role: 'partner', contribution: '' },
      ],
      summary: '',
      sources: [],
    });
  });

  it('leaves out a bad organization and reports it', () => {
    const d = sampleJson();
    d.organizations[0].url = 'javascript:alert(1)';
    const result = importJson(d);
    expect(errors(result)[0]).toMatchObject({ path: 'organizations[0].url', column: 'url' });
    expectValid(result);
  });

  it('explains syntax errors with a line and column', () => {
    const result = importText('{\n  "version": 1,\n  "missions": [}\n', 'data.json', options);
    expect(result.dataset).toBeNull();
    // Engines word the cause differently; the place is given as line and column when they tell it.
    expect(errors(result)[0]).toMatchObject({
      path: '',
      message: expect.stringMatching(/^the file is not valid JSON \(.+\)$/s),
      fix: expect.stringContaining('missing comma'),
    });
  });

  it('refuses JSON that is not a dataset, and a newer version', () => {
    expect(errors(importJson([1, 2]))[0]?.message).toContain('the file holds a list');
    expect(errors(importJson({ hello: 'world' }))[0]?.message).toContain('no "missions" list');
    const newer = sampleJson();
    newer.version = 2;
    newer.missions[0].start = 'x';
    expect(errors(importJson(newer))[0]?.message).toBe('version 2 is not one this explorer reads');
  });

  it('survives deep nesting and huge numbers', () => {
    const deep = `{"version":1,"organizations":[],"missions":[${'['.repeat(50_000)}${']'.repeat(50_000)}]}`;
    const result = importText(deep, 'deep.json', options);
    expect(result.dataset).toBeNull();
    expect(errors(result)[0]?.message).toContain('each mission must be an object');
    const d = sampleJson();
    d.missions[0].start = 1e308;
    d.missions[1].end = -1e308;
    expect(missionIds(importJson(d))).toEqual(['earthcare']);
  });

  it('an empty but valid dataset is nothing usable', () => {
    const result = importJson({ version: 1, organizations: [], missions: [] });
    expect(result.dataset).toBeNull();
    expect(errors(result)[0]?.message).toBe('no mission could be read from the file');
  });
});
