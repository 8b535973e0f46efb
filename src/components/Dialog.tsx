import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

interface Props {
  open: boolean;
  onClose(): void;
  title: string;
  className?: string;
  children: ReactNode;
}

/** A modal dialog on the native <dialog>: focus trapping, Escape and the backdrop come from the browser. */
export function Dialog({ open, onClose, title, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  const titleId = useId();
  const t = useT();
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('dialog.close', { title })}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
