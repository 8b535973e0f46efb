import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
  importFile,
  importText,
  type ImportIssue,
  type ImportOptions,
} from '../data/importFile';
import { problemsEn, type ProblemKey } from './problems.en';
import { problemsKo } from './problems.ko';
import { PROBLEM_CATALOGUES, problemText } from './problems';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const hangul = /[\uac00-\ud7a3]/;

describe('the problems catalogue', () => {
  it.each(Object.keys(PROBLEM_CATALOGUES))(
    '%s has every problem, with the placeholders of English',
    (lang) => {
      const catalogue = PROBLEM_CATALOGUES[lang as keyof typeof PROBLEM_CATALOGUES];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(problemsEn).sort());
      for (const key of Object.keys(problemsEn) as ProblemKey[])
        expect({ key, placeholders: placeholders(catalogue[key]) }).toEqual({
          key,
          placeholders: placeholders(problemsEn[key]),
        });
    },
  );

  it('a JSON mission missing its start and partners: named, said missing, and all in Korean', () => {
    const file = JSON.stringify({ version: 1, organizations: [], missions: [{ name: 'SARAL' }] });
    const { issues } = importText(file, 'data.json', { knownOrganizations: [], currentYear: 2026 });
    const start = issues.find((i) => i.path === 'missions[0].start');
    expect(start).toMatchObject({
      mission: 'SARAL',
      message: 'the start year is missing; the mission was left out',
      fix: 'Give a four-digit year between 1957 and 2045',
    });
    expect(issues.find((i) => i.path === 'missions[0].partners')?.message).toBe(
      'the partners are missing; the mission was left out',
    );
    for (const issue of issues) {
      expect(issue.message).not.toMatch(/missing is not/);
      expect(issue.text && problemText('ko', issue.text)).toMatch(hangul);
      expect(issue.fixText && problemText('ko', issue.fixText)).toMatch(hangul);
    }
    expect(start?.text && problemText('ko', start.text)).toBe('시작 연도가 없습니다. 이 임무는 제외했습니다');
  });

  it('names a mission by its id when it has no name, and CSV problems have Korean too', () => {
    const file = JSON.stringify({ version: 1, organizations: [], missions: [{ id: 'saral', start: 1900 }] });
    const json = importText(file, 'data.json', { knownOrganizations: [], currentYear: 2026 });
    expect(json.issues.map((i) => i.mission)).toContain('saral');
    const csv = importText('name,start,partners\n,2020,NASA\nX,soon,NASA\nY,2020,Nobody Inc\n', 'a.csv', {
      knownOrganizations: [],
      currentYear: 2026,
    });
    expect(csv.issues.length).toBeGreaterThanOrEqual(3);
    for (const issue of csv.issues) expect(issue.text && problemText('ko', issue.text)).toMatch(hangul);
  });

  it('CSV reading and whole-file problems have Korean text, the year named in Korean too', async () => {
    const options: ImportOptions = { knownOrganizations: [], currentYear: 2026 };
    const read = (text: string, name = 'a.csv', more: Partial<ImportOptions> = {}) =>
      importText(text, name, { ...options, ...more }).issues;
    const badRows = Array.from({ length: 250 }, (_, i) => `M${i},soon,NASA`).join('\n');
    const unreadable = { size: 10, name: 'a.csv', text: () => Promise.reject(new Error('gone')) };
    const issues: ImportIssue[] = [
      ...read(''),
      ...read(',,\n1,2,3\n'),
      ...read('foo,bar\n1,2\n'),
      ...read('name,start,partners,extra\nA,2020,NASA,x,y\n'),
      ...read('name,start,partners\nA,"2020,NASA\n'),
      ...read('name,start,partners\nA,"20"20,NASA\nB,2020,NASA\n'),
      ...read('name,start,partners\n'),
      ...read('name,partners\nA,NASA\n'),
      ...read('mission_id,mission_name,start,org,role\nx,X,2020,NASA,boss\nx,Y,2020,ESA,partner\n'),
      ...read('mission_id,start,org\n,2020,NASA\nx,2020,\n'),
      ...read('start,org\n2020,NASA\n'),
      ...read('a,b\nX,2020\n', 'a.csv', {
        mapping: { name: '', start: 'zz', partners: 'b', separator: ';' },
      }),
      ...read('name,start,end,partners\nX,soon,1900,NASA\n'),
      ...read(`name,start,partners\n${badRows}\n`),
      ...read('a\u0000b'),
      ...read('a\u0000b', 'a.json'),
      ...read('PK', 'a.xlsx'),
      ...read('name,start,partners\nCaf\uFFFD,2020,NASA\n'),
      ...(checkFileSize(1e9, 'a.csv')?.issues ?? []),
      ...(await importFile(unreadable as unknown as Blob & { name: string }, options)).issues,
    ];
    const keys = new Set<string>();
    for (const issue of issues) {
      expect({ message: issue.message, text: issue.text !== null, fix: issue.fixText !== null }).toEqual({
        message: issue.message,
        text: true,
        fix: true,
      });
      for (const p of [issue.text, issue.fixText]) {
        if (!p) continue;
        keys.add(p.key);
        expect({
          key: p.key,
          inKorean: Object.hasOwn(problemsKo, p.key),
          hangul: hangul.test(problemText('ko', p)),
        }).toEqual({
          key: p.key,
          inKorean: true,
          hangul: true,
        });
      }
    }
    const expected = [
      'csv.empty',
      'csv.noHeader',
      'csv.noFormat',
      'csv.unusedColumns',
      'csv.tooWide',
      'csv.quoteUnclosed',
      'csv.quoteMisplaced',
      'csv.noRows',
      'csv.columnMissing',
      'csv.missionColumnMissing',
      'csv.role',
      'csv.conflict',
      'csv.orgMissing',
      'csv.missionMissing',
      'csv.notChosen',
      'csv.chosenAbsent',
      'moreProblems',
      'file.binary',
      'fix.file.binaryJson',
      'file.spreadsheet',
      'file.encoding',
      'file.tooLarge',
      'file.readFailed',
    ];
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
    const notChosen = issues.find((i) => i.text?.key === 'csv.notChosen');
    expect(notChosen?.message).toBe('no column was chosen for name');
    expect(notChosen?.text && problemText('ko', notChosen.text)).toBe(
      '임무 이름에 쓸 열을 고르지 않았습니다',
    );
    const conflict = issues.find((i) => i.text?.key === 'csv.conflict');
    expect(conflict?.message).toBe(
      'name "Y" differs from "X" in row 2 for the same mission; row 2\'s value was used',
    );
    expect(conflict?.text && problemText('ko', conflict.text)).toBe(
      '임무 이름 "Y"이(가) 같은 임무의 2행 값 "X"과(와) 달라 2행의 값을 썼습니다',
    );
    const year = issues.find((i) => i.text?.key === 'year.notYear');
    expect(year?.message).toBe('start year "soon" is not a year');
    expect(year?.text && problemText('ko', year.text)).toBe('시작 연도 "soon"은(는) 연도가 아닙니다');
    const end = issues.find((i) => i.text?.key === 'year.range');
    expect(end?.text && problemText('ko', end.text)).toMatch(/^종료 연도 1900년/);
  });
});
