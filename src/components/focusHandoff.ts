import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Whether `el` can hold keyboard focus as things are now: in the page, not disabled, and rendered (not in a
 * closed <details>, not hidden). A control that an action disables or hides keeps the focus for a moment,
 * until the browser drops it to the page: this says it is about to.
 */
export function canHoldFocus(el: Element | null | undefined): el is HTMLElement | SVGElement {
  if (!el?.isConnected || !(el instanceof HTMLElement || el instanceof SVGElement)) return false;
  if (el.matches(':disabled')) return false;
  // The hidden body of a closed <details> (a menu closed after an action), said without layout.
  if (el.closest('details:not([open]) > :not(summary)')) return false;
  // Where there is no layout (jsdom), what is in the page counts as rendered.
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}

/**
 * Focuses the first of `candidates` that can hold focus, and says whether one did. A heading or a landmark
 * (not focusable of itself) is made focusable from script for as long as it has focus, so that it does not
 * become a stop of its own for Tab or a target for clicks afterwards.
 */
export function focusFirst(...candidates: (Element | null | undefined)[]): boolean {
  for (const el of candidates) {
    if (!canHoldFocus(el)) continue;
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '-1');
      el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
    }
    el.focus();
    if (el.ownerDocument.activeElement === el) return true;
  }
  return false;
}

/** The `index`th of `items`, or the last when there are fewer (the one before a removed last item). */
export function nthOrLast<T extends Element>(items: ArrayLike<T>, index: number): T | undefined {
  return items[Math.min(index, items.length - 1)];
}

/**
 * `when`: 'always' moves focus to the target (a row moved to with the keyboard); 'lost' only when the
 * control that had it can no longer keep it, disabled or removed by the action (a reset, a close button).
 */
type When = 'always' | 'lost';

interface Pending {
  from: Element | null;
  find: () => Element | null | undefined;
  when: When;
}

/**
 * Keyboard focus that must move because of a change React is about to commit: to a row that is drawn a
 * render after its scroll, or away from a button the change disables or removes (which would drop focus to
 * the page, and a screen reader would announce the page). Returns `handOff(find, when)`, to call as the
 * change is made; after the owner's next commits, focus goes to what `find` returns, once it returns
 * something. It runs in a layout effect: the commit that takes the old control away and the focus on the
 * new one happen in one task, so focus is never seen on the page in between. Focus the user has since
 * taken elsewhere is not pulled back. Between hand-offs the effect reads one ref: it costs nothing on the
 * renders of a filter change.
 */
export function useFocusHandoff(): (find: () => Element | null | undefined, when?: When) => void {
  const pending = useRef<Pending | null>(null);
  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    const active = document.activeElement;
    const dropped = active === null || active === document.body;
    if ((!dropped && active !== p.from) || (p.when === 'lost' && !dropped && canHoldFocus(active))) {
      pending.current = null;
      return;
    }
    const target = p.find();
    // Not drawn yet: a later commit draws it.
    if (!target) return;
    pending.current = null;
    focusFirst(target);
  });
  return useCallback((find, when = 'always') => {
    const from = document.activeElement;
    // A key pressed on the page itself (a clicker's Page Down) takes focus from no control.
    if (when === 'lost' && (from === null || from === document.body)) return;
    pending.current = { from, find, when };
  }, []);
}

interface Opener {
  el: Element;
  /** The view it was in: its roving Tab stop stands in for it if the element is gone (a culled row). */
  view: Element | null;
}

/**
 * The control that opened what `box` shows: noted each time `key` (the mission or agency shown) changes,
 * unless focus was in the box itself (a link from one mission to another) or on the page. The function
 * returned, given fallbacks, says where focus goes when the box is closed: that control, else its view's
 * Tab stop, else the first fallback that can take it.
 */
export function useOpener(key: string | null, box: RefObject<Element | null>) {
  const opener = useRef<Opener | null>(null);
  useLayoutEffect(() => {
    if (key === null) return;
    const active = document.activeElement;
    if (!active || active === document.body || box.current?.contains(active)) return;
    opener.current = { el: active, view: active.closest('section') };
  }, [key, box]);
  return useCallback((...fallbacks: (Element | null | undefined)[]): Element | undefined => {
    const o = opener.current;
    return [o?.el, o?.view?.querySelector('[tabindex="0"]'), ...fallbacks].find(canHoldFocus);
  }, []);
}

/**
 * Keyboard focus on an item of a box that draws only some of its items (the table's rows, the timeline's
 * bars), when the box stops drawing that item: scrolled out of view, or its mission hidden by a filter, a
 * page-turn or the time-lapse. The browser drops focus to the page then; here it goes to the first item
 * inside the box's view, in the commit that removed the item, and the user's scroll is not undone. Focus
 * the user took elsewhere (a click on the page) is left where it is. Without a focused item, a render
 * reads one ref.
 */
export function useFocusStaysInBox(box: RefObject<HTMLElement | null>, items: string): void {
  const focusedItem = useRef<Element | null>(null);
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const target = e.target as Element;
      focusedItem.current = box.current?.contains(target) && target.matches(items) ? target : null;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [box, items]);
  useLayoutEffect(() => {
    const item = focusedItem.current;
    const el = box.current;
    if (!item || !el) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) {
      if (!el.contains(active)) focusedItem.current = null;
      return;
    }
    focusedItem.current = null;
    // Still drawn: focus was taken elsewhere (a click on the page), not dropped by the item's removal.
    if (item.isConnected) return;
    const view = el.getBoundingClientRect();
    // In the box's view and not under something over it (the table's sticky header).
    const next = Array.from(el.querySelectorAll<HTMLElement | SVGElement>(items)).find((candidate) => {
      const b = candidate.getBoundingClientRect();
      if (b.top < view.top || b.bottom > view.bottom) return false;
      const x = b.left + Math.min(8, b.width / 2);
      const seen = (y: number) => {
        // Where there is no layout (jsdom), nothing covers anything.
        if (typeof document.elementFromPoint !== 'function') return true;
        const hit = document.elementFromPoint(x, y);
        return hit !== null && candidate.contains(hit);
      };
      return seen(b.top + 1) && seen(b.bottom - 1);
    });
    next?.focus({ preventScroll: true });
  });
}
