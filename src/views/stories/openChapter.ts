import { chapterState, type Story } from '../../domain/stories';
import { appStore, urlStateOf } from '../../store/store';

/**
 * Steps to a chapter (1-based) of a story: the page shows the chapter's saved view, in one change, so the
 * step is one history entry holding the chapter and its view together.
 */
export function openChapter(story: Story, chapter: number): void {
  const saved = story.chapters[chapter - 1];
  if (!saved) return;
  const s = appStore.getState();
  s.applyUrlState(chapterState(saved.view, urlStateOf(s), story.id, chapter));
}
