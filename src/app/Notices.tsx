import { formatMessage, useT } from '../i18n';
import { useAppStore } from '../store/store';

/** Polite, dismissible notes about link values that were ignored; they never block the page. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  return (
    <output className="notices" aria-live="polite">
      {notices.map((n) => {
        const text = formatMessage(t, n.message);
        return (
          <p key={n.id} className="notice">
            <span>{text}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('notice.dismiss', { text })}
              onClick={() => dismiss(n.id)}
            >
              ×
            </button>
          </p>
        );
      })}
    </output>
  );
}
