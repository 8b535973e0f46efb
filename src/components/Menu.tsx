import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { canHoldFocus } from './focusHandoff';

interface Props {
  /** The button's text. */
  label: ReactNode;
  open: boolean;
  onOpenChange(open: boolean): void;
  className?: string;
  children: ReactNode;
}

/** Space kept between a menu and the window's edge, in CSS pixels. */
const EDGE = 8;

/**
 * A drop-down on the native <details> (its button, keyboard and open state come from the browser) that
 * behaves like an application menu: it closes on Escape, on a click elsewhere and when its owner says
 * so (after an action), and it stays inside the window whatever the button's place in a wrapped header.
 */
export function Menu({ label, open, onOpenChange, className, children }: Props) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const itemFocused = useRef(false);

  const onOpenChangeRef = useRef(onOpenChange);
  useEffect(() => {
    onOpenChangeRef.current = onOpenChange;
  });

  // Listening all the time, and reading the element's own open state rather than React's, leaves no gap
  // between a click that opens the menu and the re-render that follows: an Escape pressed at once still
  // closes it.
  useEffect(() => {
    const close = () => {
      const details = detailsRef.current;
      if (!details?.open) return;
      details.open = false;
      onOpenChangeRef.current(false);
    };
    const onPointerDown = (e: PointerEvent) => {
      if (!detailsRef.current?.contains(e.target as Node)) close();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const details = detailsRef.current;
      if (e.key !== 'Escape' || !details?.open) return;
      // Focus inside a closing menu would fall to the page's body: it goes back to the menu's button.
      if (details.contains(document.activeElement)) details.querySelector('summary')?.focus();
      close();
    };
    // Whether one of the items has focus (see the effect below). A blur as the menu closes (its items
    // hidden) keeps the note.
    const details = detailsRef.current;
    const onFocusIn = (e: FocusEvent) => {
      itemFocused.current = e.target !== details?.querySelector('summary');
    };
    const onFocusOut = () => {
      if (details?.open) itemFocused.current = false;
    };
    details?.addEventListener('focusin', onFocusIn);
    details?.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      details?.removeEventListener('focusin', onFocusIn);
      details?.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  // Closed by its owner after an action, the menu hides the item that had focus, which the browser would
  // then drop to the page: focus goes back to the menu's button, in the commit that closes it. An item that
  // opens a dialog leaves it there too, for the dialog to take and give back when it closes.
  // The browser may already have dropped it within that commit (a layout read elsewhere forces it): focus
  // on the page then counts as the item's if an item had it when the menu closed.
  useLayoutEffect(() => {
    const details = detailsRef.current;
    const active = document.activeElement;
    const dropped = active === document.body && itemFocused.current;
    itemFocused.current = false;
    if (open || !details || !(dropped || (details.contains(active) && !canHoldFocus(active)))) return;
    details.querySelector('summary')?.focus();
  }, [open]);

  // The body hangs from its button's right edge; when that would put it past the window's left edge (a
  // button at the start of a wrapped header, a narrow phone), it is moved back in before it is painted.
  const place = useCallback(() => {
    const body = bodyRef.current;
    if (!body || !detailsRef.current?.open) return;
    body.style.transform = '';
    const { left, right } = body.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    let shift = 0;
    if (left < EDGE) shift = EDGE - left;
    else if (right > width - EDGE) shift = Math.max(EDGE - left, width - EDGE - right);
    if (shift) body.style.transform = `translateX(${Math.round(shift)}px)`;
  }, []);
  useLayoutEffect(() => {
    if (!open) return;
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, place]);

  return (
    <details
      ref={detailsRef}
      className={className ? `menu ${className}` : 'menu'}
      open={open}
      onToggle={(e) => {
        const now = (e.target as HTMLDetailsElement).open;
        if (now !== open) onOpenChange(now);
      }}
    >
      {/* The browser opens the menu at once, but tells React (the toggle event) a task later, on a busy page
          after a frame has shown it unplaced: it is placed in the frame that first shows it. */}
      <summary className="button" onClick={() => requestAnimationFrame(place)}>
        {label}
      </summary>
      <div ref={bodyRef} className="menu-body">
        {children}
      </div>
    </details>
  );
}
