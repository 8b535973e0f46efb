import { describe, expect, it } from 'vitest';
import { inEnglish, problem } from '../i18n/problems.en';
import {
  detectCsvKind,
  IssueLog,
  isCompleteMapping,
  kebabCase,
  matchDestination,
  matchStatus,
  matchType,
  parseCsv,
  parseYear,
  splitList,
  splitSources,
  suggestMapping,
  toPairsCsv,
} from './csv';
import { mission, org } from '../test/fixtures';

function parse(text: string) {
  const log = new IssueLog();
  const table = parseCsv(text, log);
  return { table, issues: log.finish(), skipped: [...log.skipped] };
}

describe('parseCsv', () => {
  it('reads the header and the rows, numbered as in a spreadsheet', () => {
    const { table } = parse('name,start\nHubble,1990\n\nSOHO,1995\n');
    expect(table?.headers).toEqual(['name', 'start']);
    // The blank line is row 3, so SOHO is row 4 as the spreadsheet shows it.
    expect(table?.rows).toEqual([
      { row: 2, cells: ['Hubble', '1990'] },
      { row: 4, cells: ['SOHO', '1995'] },
    ]);
  });

  it('strips a byte-order mark', () => {
    expect(parse('\uFEFFname,start\nHubble,1990').table?.headers).toEqual(['name', 'start']);
  });

  it.each([
    ['semicolons', 'name;start;partners\nHubble;1990;"NASA, ESA"\n'],
    ['tabs', 'name\tstart\tpartners\nHubble\t1990\tNASA, ESA\n'],
    ['commas', 'name,start,partners\nHubble,1990,"NASA, ESA"\n'],
  ])('detects %s as the separator', (_, text) => {
    expect(parse(text).table?.rows[0]?.cells).toEqual(['Hubble', '1990', 'NASA, ESA']);
  });

  it('detects semicolons even when values hold commas and the file has blank lines', () => {
    const { table } = parse('name;partners\n\nHubble;NASA, ESA\nSOHO;ESA, NASA\n\n');
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['Hubble', 'NASA, ESA'],
      ['SOHO', 'ESA, NASA'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted values', () => {
    const { table } = parse(
      'name,summary,start\r\n"Cassini, Huygens","Said ""hi"",\r\nthen left",1997\r\nX,y,2000\r\n',
    );
    expect(table?.rows).toEqual([
      { row: 2, cells: ['Cassini, Huygens', 'Said "hi",\r\nthen left', '1997'] },
      { row: 3, cells: ['X', 'y', '2000'] },
    ]);
  });

  it('reports an unclosed quote at its row and leaves that row out', () => {
    const { table, issues, skipped } = parse('name,start\nHubble,1990\n"SOHO,1995\nRosetta,2004\n');
    expect(table?.rows).toEqual([{ row: 2, cells: ['Hubble', '1990'] }]);
    expect(table?.brokenRows).toBe(1);
    expect(skipped).toEqual([3]);
    expect(issues).toEqual([
      expect.objectContaining({
        row: 3,
        severity: 'error',
        message: expect.stringContaining('opened in row 3 is never closed'),
        fix: expect.stringContaining('Close the quote'),
      }),
    ]);
  });

  it('refuses an empty file and a file without a header', () => {
    expect(parse('').issues[0]?.message).toBe('the file is empty');
    expect(parse('  \n \n').table).toBeNull();
    expect(parse(',,\n1,2,3').issues[0]).toMatchObject({
      row: 1,
      message: 'the first row must name the columns',
    });
  });
});

describe('detectCsvKind', () => {
  it('tells the formats apart by their columns, whatever the case and spacing', () => {
    expect(detectCsvKind(['Name', 'Start', 'Partners'])).toBe('missions');
    expect(detectCsvKind(['Mission ID', 'ORG', 'Role'])).toBe('pairs');
    expect(detectCsvKind(['mission_name', 'organization'])).toBe('pairs');
    expect(detectCsvKind(['Name of Satellite', 'Operator/Owner'])).toBeNull();
  });
});

describe('splitList', () => {
  it('trims and drops empty items', () => {
    expect(splitList(' NASA; ESA;; CSA ;', ';', 10)).toEqual(['NASA', 'ESA', 'CSA']);
  });

  it('stops at once past the limit, even for a million names', () => {
    const cell = Array.from({ length: 1_000_000 }, (_, i) => `Org ${i}`).join(';');
    const started = performance.now();
    expect(splitList(cell, ';', 500)).toBeNull();
    expect(performance.now() - started).toBeLessThan(100);
  });
});

/** parseYear's answer with its problem and fix in English words. */
function english(text: string, label: 'start' | 'end') {
  const read = parseYear(text, label);
  return read.ok ? read : { ok: false, message: inEnglish(read.message), fix: inEnglish(read.fix) };
}

describe('parseYear', () => {
  it.each([
    ['2014', 2014],
    [' 2014.0 ', 2014],
    ['2014-05-24', 2014],
    ['2014-05-24T10:00:00Z', 2014],
    ['5/24/2014', 2014],
    ['24.05.2014', 2014],
    ['May 24, 2014', 2014],
    ['24 May 2014', 2014],
  ])('reads the year of %j', (text, year) => {
    expect(parseYear(text, 'start')).toEqual({ ok: true, year });
  });

  it('explains what is not a year, with a fix', () => {
    expect(english('19999', 'start')).toEqual({
      ok: false,
      message: 'start year 19999 is not a year',
      fix: 'Use a four-digit year between 1957 and 2045',
    });
    expect(english('soon', 'start')).toMatchObject({
      ok: false,
      message: 'start year "soon" is not a year',
    });
    expect(parseYear('5/24/14', 'start')).toMatchObject({ ok: false });
    expect(parseYear('2014-2016', 'end')).toMatchObject({ ok: false });
    expect(english('1900', 'end')).toMatchObject({
      ok: false,
      message: 'end year 1900 is not between 1957 and 2045',
    });
  });

  it('reads an open end as no end', () => {
    for (const text of ['', 'present', 'Ongoing', '—', 'n/a'])
      expect(parseYear(text, 'end')).toEqual({ ok: true, year: null });
    expect(parseYear('', 'start').ok).toBe(false);
  });
});

describe('vocabularies', () => {
  it('match regardless of case and spacing, through synonyms and by first words', () => {
    expect(matchType('Earth Observation')).toBe('earth-observation');
    expect(matchType('Earth Science')).toBe('earth-observation');
    expect(matchType('Technology Development')).toBe('technology');
    expect(matchType('Navigation/Global Positioning')).toBe('navigation');
    expect(matchType('rocket')).toBeNull();
    expect(matchDestination('sun-earth l2')).toBe('Sun–Earth L2');
    expect(matchDestination('LEO')).toBe('Low Earth orbit');
    expect(matchDestination('Sun-Synchronous Orbit')).toBe('Low Earth orbit');
    expect(matchStatus('Operational')).toBe('active');
    expect(matchStatus('canceled')).toBe('cancelled');
  });
});

describe('kebabCase', () => {
  it('makes short, link-safe ids', () => {
    expect(kebabCase('Cassini–Huygens')).toBe('cassini-huygens');
    expect(kebabCase('Centre National d’Études Spatiales')).toBe('centre-national-d-etudes-spatiales');
    expect(kebabCase('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(kebabCase('火星')).toBe('');
    expect(kebabCase('a'.repeat(1_000_000)).length).toBe(60);
  });
});

describe('splitSources', () => {
  it('splits on spaces and on ";" before a new link, but keeps ";" inside a link', () => {
    expect(splitSources('https://a.org/x https://b.org;https://c.org/p;q=1; javascript:alert(1);')).toEqual([
      'https://a.org/x',
      'https://b.org',
      'https://c.org/p;q=1',
      'javascript:alert(1)',
    ]);
  });
});

describe('suggestMapping', () => {
  const catalogue = [
    'Name of Satellite, Alternate Names',
    'Country/Org of UN Registry',
    'Operator/Owner',
    'Country of Operator/Owner',
    'Purpose',
    'Class of Orbit',
    'Date of Launch',
    'Source',
  ];

  it('guesses a satellite catalogue', () => {
    expect(suggestMapping(catalogue, [['SARAL', 'India', 'ISRO/CNES', 'India/France']])).toEqual({
      name: 'Name of Satellite, Alternate Names',
      partners: 'Operator/Owner',
      separator: '/',
      start: 'Date of Launch',
      type: 'Purpose',
      destination: 'Class of Orbit',
      sources: 'Source',
    });
  });

  it('picks the separator the partner values use, and leaves unknown required columns empty', () => {
    expect(suggestMapping(['Name', 'Agencies'], [['X', 'NASA; ESA']])).toMatchObject({
      partners: 'Agencies',
      separator: ';',
    });
    const partial = suggestMapping(['Title', 'Year']);
    expect(partial).toMatchObject({ name: '', start: 'Year', partners: '' });
    expect(isCompleteMapping(partial)).toBe(false);
    expect(isCompleteMapping(suggestMapping(catalogue))).toBe(true);
  });
});

describe('toPairsCsv', () => {
  it('writes one row per partner with the export header', () => {
    const csv = toPairsCsv([mission('hubble', ['nasa', 'esa'])], [org('nasa'), org('esa')]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'mission_id,mission_name,type,destination,status,start,end,program,summary,sources,org,org_name,role,contribution',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(',esa,ESA,partner,esa part');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    const csv = toPairsCsv(
      [mission('x', ['nasa'], { name: '=HYPERLINK("http://evil")', summary: '@SUM(A1)' })],
      [org('nasa')],
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
  });
});

describe('IssueLog', () => {
  const fix = problem('fix.relist');

  it('counts a repeated warning once and orders issues by row', () => {
    const log = new IssueLog();
    log.warnOnce('role:x', { row: 5 }, problem('csv.role', { value: 'x' }), fix);
    log.warnOnce('role:x', { row: 9 }, problem('csv.role', { value: 'x' }), fix);
    log.error({ row: 3 }, problem('csv.orgMissing'), fix);
    log.warn({}, problem('file.encoding'), fix);
    expect(log.finish().map((i) => [i.row, i.message])).toEqual([
      [null, inEnglish(problem('file.encoding'))],
      [3, 'the organization is missing'],
      [5, 'role "x" is neither lead nor partner; it was read as partner (and 1 more time)'],
    ]);
  });

  it('lists at most 200 problems and counts the rest', () => {
    const log = new IssueLog();
    for (let i = 0; i < 250; i += 1)
      log.error({ row: i + 2 }, problem('csv.tooWide', { row: i + 2, count: 3, width: 2 }), fix);
    const issues = log.finish();
    expect(issues).toHaveLength(201);
    expect(issues.at(-1)).toMatchObject({ message: '50 more problems are not listed', severity: 'error' });
    expect(issues.at(-1)?.text).toEqual(problem('moreProblems', { count: 50 }));
  });
});
