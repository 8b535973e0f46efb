import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStories } from './stories';
import { checkAgainstDataset, parseUrlState } from './urlState';

const root = resolve(import.meta.dirname, '../..');
const stories = JSON.parse(readFileSync(resolve(root, 'public/data/stories.json'), 'utf8'));
const dataset = JSON.parse(readFileSync(resolve(root, 'public/data/default.json'), 'utf8'));

describe('the built-in stories', () => {
  const result = validateStories(stories);

  it('are a valid stories file with at least three stories', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.stories.length).toBeGreaterThanOrEqual(3);
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
