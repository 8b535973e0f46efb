import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterState, hasOwnView, localizeStory, validateStories, type Story } from './stories';
import { checkAgainstDataset, parseUrlState, serializeUrlState } from './urlState';

const root = resolve(import.meta.dirname, '../..');
const stories = JSON.parse(readFileSync(resolve(root, 'public/data/stories.json'), 'utf8'));
const dataset = JSON.parse(readFileSync(resolve(root, 'public/data/default.json'), 'utf8'));

describe('the built-in stories', () => {
  const result = validateStories(stories);

  it('are a valid stories file with at least three stories', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.stories.length).toBeGreaterThanOrEqual(3);
  });

  it('are translated into every other language of the interface, each title and caption', () => {
    for (const story of result.ok ? result.stories : []) {
      const ko = localizeStory(story, 'ko');
      expect(ko.title).not.toBe(story.title);
      ko.chapters.forEach((c, i) => {
        expect(c.title).not.toBe(story.chapters[i]?.title);
        expect(c.caption).not.toBe(story.chapters[i]?.caption);
      });
    }
  });

  it('open views that parse cleanly and name only ids the default dataset has', () => {
    const orgs = new Set<string>(dataset.organizations.map((o: { id: string }) => o.id));
    const missions = new Set<string>(dataset.missions.map((m: { id: string }) => m.id));
    for (const story of result.ok ? result.stories : [])
      for (const chapter of story.chapters) {
        const parsed = parseUrlState(chapter.view);
        const checked = checkAgainstDataset(parsed.state, orgs, missions);
        expect({ view: chapter.view, notices: [...parsed.notices, ...checked.notices] }).toEqual({
          view: chapter.view,
          notices: [],
        });
      }
  });
});

describe('validateStories', () => {
  it('reports each problem with its place', () => {
    const result = validateStories({
      stories: [{ id: 'Bad Id', title: '', chapters: [{ title: 'x', caption: 'y', view: 'agencies=esa' }] }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'stories[0].id must be a kebab-case id',
        'stories[0].title is missing',
        'stories[0].chapters[0].view must be a query starting with "?"',
      ],
    });
  });

  it('rejects a file without stories', () => {
    expect(validateStories([1, 2]).ok).toBe(false);
  });
});

describe('localizeStory', () => {
  const story: Story = {
    id: 'moon',
    title: 'To the Moon',
    translations: { ko: { title: '달로' } },
    chapters: [
      { title: 'One', caption: 'First', view: '?q=moon', translations: { ko: { caption: '첫째' } } },
      { title: 'Two', caption: 'Second', view: '?q=apollo' },
    ],
  };

  it('reads each text in the language asked for, and the file’s own where it is not translated', () => {
    const ko = localizeStory(story, 'ko');
    expect(ko.title).toBe('달로');
    expect(ko.chapters.map((c) => [c.title, c.caption, c.view])).toEqual([
      ['One', '첫째', '?q=moon'],
      ['Two', 'Second', '?q=apollo'],
    ]);
  });

  it('gives the story itself back in a language it has no text for', () => {
    expect(localizeStory(story, 'fr')).toBe(story);
  });
});

const withTranslations = (story: object, chapter: object) =>
  validateStories({
    stories: [
      {
        id: 'moon',
        title: 'Moon',
        ...story,
        chapters: [{ title: 'a', caption: 'b', view: '?q=x', ...chapter }],
      },
    ],
  });

describe('validateStories, translations', () => {
  it('accepts texts by language code', () => {
    expect(
      withTranslations(
        { translations: { ko: { title: '달' } } },
        { translations: { ko: { title: '가', caption: '나' } } },
      ).ok,
    ).toBe(true);
  });

  it('says which translation is wrong and how', () => {
    const result = withTranslations(
      { translations: { Korean: { title: '달' } } },
      { translations: { ko: { title: '', summary: 'x' } } },
    );
    expect(result.ok ? [] : result.errors).toEqual([
      'stories[0].translations.Korean: "Korean" is not a language code such as "ko"',
      'stories[0].chapters[0].translations.ko.title must be a non-empty text',
      'stories[0].chapters[0].translations.ko.summary is not a text that can be translated here',
    ]);
    expect(withTranslations({ translations: ['ko'] }, {}).ok).toBe(false);
  });
});

const page = (query: string) => parseUrlState(query).state;

describe('chapterState and hasOwnView', () => {
  it('applies a chapter’s view in the page as it is framed, replacing what the page showed', () => {
    const state = chapterState(
      '?agencies=nasa,roscosmos&match=all&mission=shuttle-mir',
      page('?agencies=esa&q=moon&present=1&lang=ko&data=d.json'),
      'iss-partnership',
      2,
    );
    expect(serializeUrlState(state)).toBe(
      '?agencies=nasa,roscosmos&match=all&mission=shuttle-mir&present=1&story=iss-partnership&chapter=2&lang=ko&data=d.json',
    );
  });

  it('keeps the view an embed shows alone', () => {
    const embed = page('?embed=1&view=graph&agencies=esa');
    expect(serializeUrlState(chapterState('?mission=iss', embed, 'iss-partnership', 3))).toBe(
      '?mission=iss&view=graph&embed=1&story=iss-partnership&chapter=3',
    );
  });

  it('keeps the table’s order and columns unless the chapter names its own', () => {
    const table = page('?sort=-partners&columns=name,partners');
    expect(serializeUrlState(chapterState('?q=moon', table, 'moon', 1))).toBe(
      '?q=moon&sort=-partners&columns=name,partners&story=moon&chapter=1',
    );
    expect(serializeUrlState(chapterState('?q=moon&sort=name&columns=years', table, 'moon', 1))).toBe(
      '?q=moon&sort=name&columns=name,years&story=moon&chapter=1',
    );
  });

  it('keeps the graph’s colours and the timeline’s lanes unless the chapter names its own', () => {
    const setUp = page('?color=kind&lanes=destination');
    const kept = chapterState('?agencies=esa', setUp, 'moon', 2);
    expect([kept.color, kept.lanes]).toEqual(['kind', 'destination']);
    const named = chapterState('?agencies=esa&color=region&lanes=type', setUp, 'moon', 2);
    expect([named.color, named.lanes]).toEqual(['region', 'type']);
  });

  it('tells a link that only names a chapter from one with a view of its own', () => {
    expect(hasOwnView(page('?story=iss-partnership&chapter=2'))).toBe(false);
    expect(hasOwnView(page('?story=iss-partnership'))).toBe(false);
    expect(hasOwnView(page('?embed=1&present=1&lang=ko&data=d.json&story=iss-partnership&chapter=2'))).toBe(
      false,
    );
    expect(hasOwnView(page('?embed=1&view=graph&story=iss-partnership&chapter=2'))).toBe(false);
    expect(hasOwnView(page('?agencies=esa&story=iss-partnership&chapter=2'))).toBe(true);
    expect(hasOwnView(page('?story=iss-partnership&chapter=2&year=1990'))).toBe(true);
    expect(hasOwnView(page('?story=iss-partnership&chapter=2&color=kind'))).toBe(true);
    expect(hasOwnView(page('?story=iss-partnership&chapter=2&sort=-years'))).toBe(true);
  });
});
