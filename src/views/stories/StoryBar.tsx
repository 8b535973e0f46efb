import { useEffect, useRef } from 'react';
import { useFocusHandoff } from '../../components/focusHandoff';
import { chapterState, hasOwnView, localizeStory, type Story } from '../../domain/stories';
import { appStore, urlStateOf, useAppStore } from '../../store/store';
import { openChapter } from './openChapter';
import { useStories } from './useStories';
import { useLanguage, useT } from '../../i18n';

/** Controls that page on their own (Page Up/Down); with buttons and table rows, those that use the arrows. */
const FIELDS = 'input, select, textarea, [contenteditable="true"]';
const TYPING = `${FIELDS}, [role="button"], tr[tabindex]`;

/**
 * A guided story: each chapter is a saved view with a caption. Next and Previous (or the arrow keys, or a
 * presentation clicker's Page Down / Page Up) step through it; the chapter is in the link.
 */
export function StoryBar() {
  const storyId = useAppStore((s) => s.story);
  const chapter = useAppStore((s) => s.chapter) ?? 1;
  const state = useStories(storyId !== null);
  const { openStory, addNotices, amendLink } = appStore.getState();
  const story = state.status === 'ready' ? state.stories.find((s) => s.id === storyId) : undefined;
  const count = story?.chapters.length ?? 0;
  const current = story?.chapters[Math.min(chapter, count) - 1];
  const t = useT();
  // Read in the interface's language. The chapter applied below stays the file's own object, so that
  // switching the language rewrites the text without applying the chapter's view over the user's own.
  const lang = useLanguage();
  const shown = story && localizeStory(story, lang);
  const shownChapter = shown?.chapters[Math.min(chapter, count) - 1];
  // Paging to the first or the last chapter disables the button that did it, and closing the story removes
  // them all: focus goes to the chapter's title, or to the Stories menu, rather than to the page.
  const handOff = useFocusHandoff();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const turn = (to: Story, chapterNumber: number) => {
    // Only from the bar's own buttons: focus in a view (a graph node a page-turn hides) is that view's to
    // hand on, and it keeps the reader's place there.
    if (barRef.current?.contains(document.activeElement)) handOff(() => titleRef.current, 'lost');
    openChapter(to, chapterNumber);
  };
  const close = () => {
    handOff(
      () => document.querySelector('.stories-menu > summary') ?? document.getElementById('main'),
      'lost',
    );
    openStory(null);
  };

  // A link that names a chapter and nothing more opens on the chapter's saved view, in place of the link's
  // history entry. A link with a view of its own (a class's changes to the chapter, reloaded or shared, or
  // an entry Back and Forward return to) is shown as it is: chapters are applied when the user steps to them.
  useEffect(() => {
    if (!current || !storyId || chapter > count) return;
    const s = appStore.getState();
    const page = urlStateOf(s);
    if (!hasOwnView(page)) s.amendLink(chapterState(current.view, page, storyId, chapter));
  }, [current, storyId, chapter, count]);

  useEffect(() => {
    if (storyId === null || state.status === 'loading') return;
    if (state.status === 'error')
      addNotices([{ key: 'notice.storiesFailed', params: { reason: state.message } }]);
    // A link naming a story or chapter that does not exist is corrected in place, with a notice.
    else if (!story)
      amendLink({ story: null, chapter: null }, [
        {
          key: 'notice.unknownStory',
          params: { id: storyId, ids: state.stories.map((s) => s.id).join(', ') },
        },
      ]);
    else if (chapter > story.chapters.length)
      amendLink({ chapter: story.chapters.length }, [
        {
          key: 'notice.chapterPastEnd',
          params: { value: chapter, story: storyId, count: story.chapters.length },
        },
      ]);
  }, [storyId, chapter, state, story, addNotices, amendLink]);

  useEffect(() => {
    if (!story) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as Element | null;
      // Keys a widget used (the table's and the timeline's Page Up/Down, the graph's arrows) are its own.
      if (e.defaultPrevented) return;
      if (target?.closest(TYPING) && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return;
      // A slider, a menu or a text box pages on its own, without saying so to the page.
      if (target?.closest(FIELDS) && (e.key === 'PageUp' || e.key === 'PageDown')) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        e.preventDefault();
        if (chapter < count) turn(story, chapter + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        if (chapter > 1) turn(story, chapter - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // Listening anew after each render (a page-turn, a language): the bar renders only then.
  });

  if (!story || !shown || !shownChapter) return null;
  return (
    <section className="story-bar" aria-labelledby="story-title" aria-live="polite" ref={barRef}>
      <div className="story-text">
        <p className="story-name">{t('story.chapterOf', { story: shown.title, chapter, count })}</p>
        <h2 id="story-title" ref={titleRef}>
          {shownChapter.title}
        </h2>
        <p className="story-caption">{shownChapter.caption}</p>
      </div>
      <div className="story-controls">
        <button
          type="button"
          className="button"
          disabled={chapter <= 1}
          onClick={() => turn(story, chapter - 1)}
        >
          {t('story.previous')}
        </button>
        <button
          type="button"
          className="button"
          disabled={chapter >= count}
          onClick={() => turn(story, chapter + 1)}
        >
          {t('story.next')}
        </button>
        <button type="button" className="icon-button" aria-label={t('story.close')} onClick={close}>
          ×
        </button>
      </div>
    </section>
  );
}
