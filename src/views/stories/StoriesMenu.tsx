import { useState } from 'react';
import { Menu } from '../../components/Menu';
import { openChapter } from './openChapter';
import { useStories } from './useStories';
import { useLanguage, useT } from '../../i18n';
import { localizeStory } from '../../domain/stories';

/** Lists the guided stories; choosing one starts it at its first chapter. */
export function StoriesMenu() {
  const [open, setOpen] = useState(false);
  const state = useStories(open);
  const t = useT();
  const lang = useLanguage();
  return (
    <Menu className="stories-menu" label={t('header.stories')} open={open} onOpenChange={setOpen}>
      {state.status === 'loading' && <p className="muted">{t('story.loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('notice.storiesFailed', { reason: state.message })}</p>}
      {state.status === 'ready' && (
        <ul>
          {state.stories.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  openChapter(s, 1);
                  setOpen(false);
                }}
              >
                {localizeStory(s, lang).title}
              </button>{' '}
              <span className="muted">{t('story.chapters', { count: s.chapters.length })}</span>
            </li>
          ))}
        </ul>
      )}
    </Menu>
  );
}
