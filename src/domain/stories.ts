import { ID_PATTERN } from '../data/vocabulary';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './urlState';

/**
 * The text in other languages than the file's own, by language code ("ko"): a class reads the story in the
 * interface's language, and a text not translated stays in the file's own language.
 */
export type Translations<K extends string> = Readonly<Record<string, Partial<Record<K, string>>>>;

export interface Chapter {
  title: string;
  caption: string;
  /** A saved view: a query string in the link format, such as "?agencies=esa,jaxa&match=all". */
  view: string;
  translations?: Translations<'title' | 'caption'>;
}

export interface Story {
  id: string;
  title: string;
  chapters: Chapter[];
  translations?: Translations<'title'>;
}

/** The story as read in `lang`: each title and caption translated where the file translates it. */
export function localizeStory(story: Story, lang: string): Story {
  const own = story.translations?.[lang];
  const chapters = story.chapters.map((c) => {
    const text = c.translations?.[lang];
    return text ? { ...c, title: text.title ?? c.title, caption: text.caption ?? c.caption } : c;
  });
  const translated = own !== undefined || chapters.some((c, i) => c !== story.chapters[i]);
  return translated ? { ...story, title: own?.title ?? story.title, chapters } : story;
}

/**
 * How the teacher set the views up for the screen (the table's order and columns, the graph's colours, the
 * timeline's lanes): kept from chapter to chapter unless a chapter names its own.
 */
const PRESENTATION = ['sort', 'columns', 'color', 'lanes'] as const;

/**
 * What the page shows on stepping to a chapter: the chapter's saved view, in the page as it is framed (an
 * embed and its one view, the classroom screen, the language, the dataset: how the page is shown, not what
 * it shows), with the views set up as the teacher had them (PRESENTATION).
 */
export function chapterState(view: string, page: UrlState, story: string, chapter: number): UrlState {
  const saved = parseUrlState(view).state;
  const names = new URLSearchParams(view);
  const next: UrlState = { ...saved, ...frameOf(page), story, chapter };
  for (const key of PRESENTATION) if (!names.has(key)) Object.assign(next, { [key]: page[key] });
  return next;
}

/**
 * Whether a link shows a view of its own besides naming a story and chapter. One that does reopens as it
 * is (a class's changes to a chapter, shared or reloaded); one that does not ("?story=x&chapter=2") opens
 * on the chapter's saved view.
 */
export function hasOwnView(state: UrlState): boolean {
  const bare = { ...DEFAULT_URL_STATE, ...frameOf(state), story: state.story, chapter: state.chapter };
  return serializeUrlState(state) !== serializeUrlState(bare);
}

const frameOf = (page: UrlState) => ({
  // The view an embed shows alone: a chapter's view is what that view shows, not which view is embedded.
  view: page.view,
  embed: page.embed,
  present: page.present,
  lang: page.lang,
  data: page.data,
});

/** Problems with an optional `translations` object: language codes, holding only the fields named. */
function checkTranslations(raw: unknown, fields: readonly string[], where: string, errors: string[]): void {
  if (raw === undefined) return;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`${where}.translations must be an object of languages, such as { "ko": { "title": "…" } }`);
    return;
  }
  for (const [lang, text] of Object.entries(raw)) {
    const at = `${where}.translations.${lang}`;
    if (!/^[a-z]{2,3}$/.test(lang)) errors.push(`${at}: "${lang}" is not a language code such as "ko"`);
    if (typeof text !== 'object' || text === null || Array.isArray(text)) {
      errors.push(`${at} must be an object with ${fields.map((f) => `"${f}"`).join(' or ')}`);
      continue;
    }
    for (const [field, value] of Object.entries(text))
      if (!fields.includes(field)) errors.push(`${at}.${field} is not a text that can be translated here`);
      else if (!isText(value)) errors.push(`${at}.${field} must be a non-empty text`);
  }
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
    if (story) checkTranslations(story.translations, ['title'], where, errors);
    if (!story || !Array.isArray(story.chapters) || story.chapters.length === 0)
      errors.push(`${where}.chapters must be a non-empty list`);
    else
      story.chapters.forEach((c: Partial<Chapter>, j) => {
        if (!isText(c.title)) errors.push(`${where}.chapters[${j}].title is missing`);
        if (!isText(c.caption)) errors.push(`${where}.chapters[${j}].caption is missing`);
        if (!isText(c.view) || !c.view.startsWith('?'))
          errors.push(`${where}.chapters[${j}].view must be a query starting with "?"`);
        checkTranslations(c.translations, ['title', 'caption'], `${where}.chapters[${j}]`, errors);
      });
    if (story && isText(story.id)) ids.add(story.id);
    stories.push(story as Story);
  });
  return errors.length ? { ok: false, errors } : { ok: true, stories };
}
