import { useAppStore } from '../store/store';

/** Polite, dismissible notes about link values that were ignored; they never block the page. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <output className="notices" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={`Dismiss: ${n.text}`}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </p>
      ))}
    </output>
  );
}
