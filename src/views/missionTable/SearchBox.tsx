import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { appStore, useAppStore } from '../../store/store';

/** How long typing must pause before a search runs on a very large dataset. */
export const SEARCH_PAUSE_MS = 200;

/**
 * The free-text search. On a very large dataset one search takes a good part of a second, so the box keeps
 * its own text and searches once typing pauses: the letters always appear as they are typed. Otherwise every
 * keystroke searches at once. A change from elsewhere (reset, back button, a link) replaces the text.
 */
export const SearchBox = memo(function SearchBox({ deferred }: { deferred: boolean }) {
  const q = useAppStore((s) => s.filters.q);
  const t = useT();
  const [text, setText] = useState(q);
  const [committed, setCommitted] = useState(q);
  if (q !== committed) {
    setCommitted(q);
    setText(q);
  }
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = (value: string) => {
    setCommitted(value);
    appStore.getState().setFilters({ q: value });
  };
  return (
    <input
      type="search"
      className="text-input search"
      placeholder={t('table.searchPlaceholder')}
      aria-label={t('table.search')}
      value={text}
      // Says that a search is waiting for typing to pause (a benchmark and assistive technology can tell).
      aria-busy={text !== committed}
      onChange={(e) => {
        const value = e.target.value;
        setText(value);
        window.clearTimeout(timer.current);
        if (deferred) timer.current = window.setTimeout(() => commit(value), SEARCH_PAUSE_MS);
        else commit(value);
      }}
    />
  );
});
