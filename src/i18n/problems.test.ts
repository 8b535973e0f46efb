import { describe, expect, it } from 'vitest';
import { importText } from '../data/importFile';
import { problemsEn, type ProblemKey } from './problems.en';
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
});
