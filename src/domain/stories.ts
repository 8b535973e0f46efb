import { ID_PATTERN } from '../data/vocabulary';

export interface Chapter {
  title: string;
  caption: string;
  /** A saved view: a query string in the link format, such as "?agencies=esa,jaxa&match=all". */
  view: string;
}

export interface Story {
  id: string;
  title: string;
  chapters: Chapter[];
}

export type StoriesResult = { ok: true; stories: Story[] } | { ok: false; errors: string[] };

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Checks a stories file (teachers write their own), reporting each problem with where it is. */
export function validateStories(raw: unknown): StoriesResult {
  const errors: string[] = [];
  const root = raw as { version?: unknown; stories?: unknown } | null;
  if (typeof root !== 'object' || root === null || !Array.isArray(root.stories)) {
    return { ok: false, errors: ['the file must hold an object with a "stories" list'] };
  }
  const stories: Story[] = [];
  const ids = new Set<string>();
  root.stories.forEach((s: unknown, i) => {
    const story = s as Partial<Story> | null;
    const where = `stories[${i}]`;
    if (!story || !isText(story.id) || !ID_PATTERN.test(story.id))
      errors.push(`${where}.id must be a kebab-case id`);
    else if (ids.has(story.id)) errors.push(`${where}.id "${story.id}" is used twice`);
    if (!story || !isText(story.title)) errors.push(`${where}.title is missing`);
    if (!story || !Array.isArray(story.chapters) || story.chapters.length === 0)
      errors.push(`${where}.chapters must be a non-empty list`);
    else
      story.chapters.forEach((c: Partial<Chapter>, j) => {
        if (!isText(c.title)) errors.push(`${where}.chapters[${j}].title is missing`);
        if (!isText(c.caption)) errors.push(`${where}.chapters[${j}].caption is missing`);
        if (!isText(c.view) || !c.view.startsWith('?'))
          errors.push(`${where}.chapters[${j}].view must be a query starting with "?"`);
      });
    if (story && isText(story.id)) ids.add(story.id);
    stories.push(story as Story);
  });
  return errors.length ? { ok: false, errors } : { ok: true, stories };
}
