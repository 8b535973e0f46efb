import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { focusFirst } from './focusHandoff';

interface Props {
  open: boolean;
  onClose(): void;
  title: string;
  className?: string;
  /**
   * Where focus goes on closing when the control that opened the dialog is gone or was none (a file
   * dropped on the page): without it, focus would fall to the page.
   */
  returnFocus?: () => Element | null | undefined;
  children: ReactNode;
}

/** A modal dialog on the native <dialog>: focus trapping, Escape and the backdrop come from the browser. */
export function Dialog({ open, onClose, title, className, returnFocus, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // The control that had focus when the dialog opened, to give it back.
  const opener = useRef<Element | null>(null);
  const returnRef = useRef(returnFocus);
  useEffect(() => {
    returnRef.current = returnFocus;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && opener.current) {
      // Closed by its owner, or already by the browser (Escape), which gives focus back only to an
      // opener still in the page.
      if (dialog.open) shut(dialog);
      giveBack(dialog, opener.current, returnRef.current);
      opener.current = null;
    }
  }, [open]);
  // A dialog removed while open (its owner renders nothing once done, as the import does) would take the
  // focus away with it. Its layout cleanup runs while it is still in the page: it is closed first (the page
  // behind a modal dialog cannot take focus), and focus given back.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (!dialog?.open) return;
      shut(dialog);
      giveBack(dialog, opener.current, returnRef.current);
    };
  }, []);
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

function shut(dialog: HTMLDialogElement) {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/** Focus still in the dialog, or dropped to the page, goes to the opener, else to `fallback`. */
function giveBack(
  dialog: HTMLDialogElement,
  opener: Element | null,
  fallback: (() => Element | null | undefined) | undefined,
) {
  const active = document.activeElement;
  if (active && active !== document.body && !dialog.contains(active)) return;
  focusFirst(opener === document.body ? null : opener, fallback?.());
}
