import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import type { Message } from '../i18n/message';
import { DEFAULT_FILTERS } from './filters';
import {
  checkAgainstDataset,
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './urlState';

const english = (notices: Message[]) => notices.map((m) => translate('en', m.key, m.params));

describe('parseUrlState', () => {
  it('reads every parameter of the contract', () => {
    const { state, notices } = parseUrlState(
      '?agencies=esa,jaxa&match=all&from=2000&to=2020&type=telescope&status=active&destination=Mars&q=rover&mission=jwst&agency=esa&compare=nasa,isro&view=graph&color=kind&lanes=destination&sort=-partners,name&columns=years,name,status&embed=1&present=1&year=2010&lapse=active&story=iss-partnership&chapter=2&lang=ko&data=https%3A%2F%2Fx.org%2Fd.json',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      filters: {
        agencies: ['esa', 'jaxa'],
        match: 'all',
        from: 2000,
        to: 2020,
        type: 'telescope',
        status: 'active',
        destination: 'Mars',
        q: 'rover',
      },
      mission: 'jwst',
      agency: 'esa',
      compare: ['nasa', 'isro'],
      view: 'graph',
      color: 'kind',
      lanes: 'destination',
      sort: [
        { id: 'partners', desc: true },
        { id: 'name', desc: false },
      ],
      columns: ['name', 'years', 'status'],
      embed: true,
      present: true,
      year: 2010,
      lapse: 'active',
      story: 'iss-partnership',
      chapter: 2,
      lang: 'ko',
      data: 'https://x.org/d.json',
    });
  });

  it('ignores bad values with one polite notice each, keeping the good ones', () => {
    const { state, notices } = parseUrlState('?agencies=esa,<script>&from=19999&view=map&match=most&zoom=3');
    expect(state.filters.agencies).toEqual(['esa']);
    expect(state.filters.from).toBeNull();
    expect(state.view).toBeNull();
    expect(state.filters.match).toBe('any');
    expect(english(notices)).toEqual([
      'Ignored unknown link parameter "zoom".',
      'Ignored agency "<script>" in agencies: not a valid id.',
      'Ignored match="most": expected one of any, all.',
      'Ignored from="19999": expected a year between 1957 and 2045.',
      'Ignored view="map": expected one of table, graph, timeline.',
    ]);
  });

  it('needs two different organizations to compare', () => {
    expect(english(parseUrlState('?compare=esa').notices)[0]).toContain(
      'expected two different organization ids',
    );
    expect(parseUrlState('?compare=esa,esa').state.compare).toBeNull();
  });

  it('drops a reversed year range rather than guessing', () => {
    const { state, notices } = parseUrlState('?from=2020&to=2000');
    expect([state.filters.from, state.filters.to]).toEqual([null, null]);
    expect(notices).toHaveLength(1);
  });

  it('reads the table’s sort and columns, ignoring bad ones with a notice', () => {
    expect(parseUrlState('?sort=none').state.sort).toEqual([]);
    expect(parseUrlState('?sort=-years').state.sort).toEqual([{ id: 'years', desc: true }]);
    const bad = parseUrlState('?sort=start&columns=Partners,colour');
    expect(bad.state.sort).toEqual(DEFAULT_URL_STATE.sort);
    // The name always shows; the column that exists is kept.
    expect(bad.state.columns).toEqual(['name', 'partners']);
    expect(english(bad.notices)).toEqual([
      'Ignored sort="start": expected a column (name, years, status, type, destination, partners), "-" before it for descending, such as -years.',
      'Ignored column "colour" in columns: the columns are name, years, status, type, destination, partners.',
    ]);
    expect(parseUrlState('?sort=name,-name').state.sort).toEqual(DEFAULT_URL_STATE.sort);
    expect(parseUrlState('?columns=zzz').state.columns).toBeNull();
  });

  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes only what differs, readably, and parses back to the same state', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_FILTERS, agencies: ['esa', 'jaxa'], match: 'all', from: 1990, q: 'deep space' },
      mission: 'bepicolombo',
    };
    const search = serializeUrlState(state);
    expect(search).toBe('?agencies=esa,jaxa&match=all&from=1990&q=deep+space&mission=bepicolombo');
    expect(parseUrlState(search).state).toEqual(state);
  });
});

const table = (sort: UrlState['sort'], columns: UrlState['columns']) =>
  serializeUrlState({ ...DEFAULT_URL_STATE, sort, columns });

const withAgencies = (agencies: string[]) =>
  serializeUrlState({ ...DEFAULT_URL_STATE, filters: { ...DEFAULT_FILTERS, agencies, match: 'all' } });

describe('serializeUrlState, agency matching', () => {
  it('writes match=all only when two or more agencies are ticked: with fewer it changes nothing', () => {
    expect(withAgencies([])).toBe('');
    expect(withAgencies(['esa'])).toBe('?agencies=esa');
    expect(withAgencies(['esa', 'jaxa'])).toBe('?agencies=esa,jaxa&match=all');
    expect(serializeUrlState(parseUrlState('?match=all').state)).toBe('');
  });
});

describe('serializeUrlState, the table', () => {
  it('writes the sort and the chosen columns only when they differ from how the table opens', () => {
    expect(table([{ id: 'years', desc: false }], null)).toBe('');
    expect(table([{ id: 'years', desc: true }], null)).toBe('?sort=-years');
    expect(table([], null)).toBe('?sort=none');
    expect(
      table(
        [
          { id: 'status', desc: false },
          { id: 'years', desc: true },
        ],
        ['name', 'partners'],
      ),
    ).toBe('?sort=status,-years&columns=name,partners');
    for (const search of ['?sort=none', '?sort=status,-years&columns=name,partners'])
      expect(serializeUrlState(parseUrlState(search).state)).toBe(search);
  });
});

describe('checkAgainstDataset', () => {
  const orgs = new Set(['esa', 'nasa']);
  const missions = new Set(['jwst']);

  it('removes unknown agencies, missions and focus with a notice each', () => {
    const { state } = parseUrlState('?agencies=esa,bogus&mission=nope&agency=ghost&compare=esa,nobody');
    const checked = checkAgainstDataset(state, orgs, missions);
    expect(checked.state.filters.agencies).toEqual(['esa']);
    expect(checked.state.mission).toBeNull();
    expect(checked.state.agency).toBeNull();
    expect(checked.state.compare).toBeNull();
    expect(checked.notices).toHaveLength(4);
    expect(english(checked.notices)[0]).toContain('"bogus"');
  });

  it('returns the same state when everything is known', () => {
    const { state } = parseUrlState('?agencies=esa&mission=jwst');
    expect(checkAgainstDataset(state, orgs, missions).state).toBe(state);
  });

  it('moves a time-lapse year outside the dataset’s years to the nearest one, with a notice', () => {
    const years = [1975, 2030] as const;
    const early = checkAgainstDataset(parseUrlState('?year=1960').state, orgs, missions, {}, years);
    expect(early.state.year).toBe(1975);
    expect(english(early.notices)).toEqual([
      'Moved year=1960 to 1975: in this dataset the time-lapse runs from 1975 to 2030.',
    ]);
    expect(checkAgainstDataset(parseUrlState('?year=2040').state, orgs, missions, {}, years).state.year).toBe(
      2030,
    );
    const inside = parseUrlState('?year=1990').state;
    expect(checkAgainstDataset(inside, orgs, missions, {}, years)).toEqual({ state: inside, notices: [] });
    expect(checkAgainstDataset(inside, orgs, missions, {}, years).state).toBe(inside);
  });

  it('reads ids the dataset renamed as their current ones, without a notice', () => {
    const { state } = parseUrlState('?agencies=old-esa,esa&agency=old-esa&compare=old-esa,nasa');
    const checked = checkAgainstDataset(state, orgs, missions, { 'old-esa': 'esa' });
    expect(checked.notices).toEqual([]);
    expect(checked.state.filters.agencies).toEqual(['esa']);
    expect(checked.state.agency).toBe('esa');
    expect(checked.state.compare).toEqual(['esa', 'nasa']);
  });
});
