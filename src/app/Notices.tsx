import { useRef } from 'react';
import { nthOrLast, useFocusHandoff } from '../components/focusHandoff';
import { formatMessage, useT } from '../i18n';
import { useAppStore } from '../store/store';

/** Polite, dismissible notes about link values that were ignored; they never block the page. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  // A dismissed notice takes its button with it: focus goes to the next notice's (or the one before, when
  // it was the last), and to the page's main region once none is left, not to the page itself.
  const listRef = useRef<HTMLOutputElement>(null);
  const handOff = useFocusHandoff();
  return (
    <output className="notices" aria-live="polite" ref={listRef}>
      {notices.map((n, i) => {
        const text = formatMessage(t, n.message);
        return (
          <p key={n.id} className="notice">
            <span>{text}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('notice.dismiss', { text })}
              onClick={() => {
                handOff(
                  () =>
                    nthOrLast(listRef.current?.querySelectorAll('button') ?? [], i) ??
                    document.getElementById('main'),
                  'lost',
                );
                dismiss(n.id);
              }}
            >
              ×
            </button>
          </p>
        );
      })}
    </output>
  );
}
