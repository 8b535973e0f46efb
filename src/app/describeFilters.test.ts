import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import { translate, type Language, type MessageKey, type Params } from '../i18n';
import { describeFilters, describeFiltersLine, type FilterState } from './describeFilters';

const names: Record<string, string> = { esa: 'ESA', jaxa: 'JAXA', nasa: 'NASA' };
const name = (id: string) => names[id] ?? id;
const t =
  (lang: Language = 'en') =>
  (key: MessageKey, params?: Params) =>
    translate(lang, key, params);
const state = (filters: Partial<Filters>): FilterState => ({
  filters: { ...DEFAULT_FILTERS, ...filters },
  agency: null,
  compare: null,
  year: null,
  lapse: 'cumulative',
});

const line = (agencies: string[], match: Filters['match'], lang: Language = 'en') =>
  describeFiltersLine(state({ agencies, match }), t(lang), name);

describe('the filters in one line (captions and citations)', () => {
  it('says whether missions with all or any of the agencies are shown, with no stray comma', () => {
    expect(line(['esa', 'jaxa'], 'all')).toBe('With all of ESA and JAXA');
    expect(line(['esa', 'jaxa'], 'any')).toBe('With any of ESA or JAXA');
    expect(line(['esa', 'jaxa', 'nasa'], 'all')).toBe('With all of ESA, JAXA and NASA');
    expect(line(['esa', 'jaxa', 'nasa'], 'any')).toBe('With any of ESA, JAXA or NASA');
    // One agency: any and all are the same.
    expect(line(['esa'], 'all')).toBe('With ESA');
    expect(line([], 'all')).toBe('');
  });

  it('parts the other filters by semicolons, as the agency list has commas of its own', () => {
    const s = { ...state({ agencies: ['esa', 'jaxa'], match: 'any', from: 2000, to: 2010, q: ' mars ' }) };
    expect(describeFiltersLine(s, t(), name)).toBe('With any of ESA or JAXA; 2000–2010; “mars”');
    expect(describeFiltersLine({ ...state({}), agency: 'nasa', compare: null }, t(), name)).toBe(
      'Focus: NASA',
    );
  });

  it('says the time-lapse year, which narrows every view like a filter', () => {
    expect(describeFiltersLine({ ...state({ agencies: ['esa'] }), year: 2000 }, t(), name)).toBe(
      'With ESA; Time-lapse: up to 2000',
    );
    expect(describeFilters({ ...state({}), year: 1995, lapse: 'active' }, t(), name)).toEqual([
      { key: 'lapse', label: 'Time-lapse: running in 1995' },
    ]);
    expect(describeFiltersLine({ ...state({}), year: 2000 }, t('ko'), name)).toBe('타임랩스: 2000년까지');
  });

  it('is written in Korean too', () => {
    expect(line(['esa', 'jaxa'], 'all', 'ko')).toBe('ESA, JAXA 모두 참여');
    expect(line(['esa', 'jaxa'], 'any', 'ko')).toBe('ESA, JAXA 중 하나 이상 참여');
  });

  it('leaves the chips one per agency, each removable on its own', () => {
    const chips = describeFilters(state({ agencies: ['esa', 'jaxa'], match: 'all' }), t(), name);
    expect(chips.map((c) => c.label)).toEqual(['With ESA', 'and JAXA']);
  });
});
