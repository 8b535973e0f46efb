import { checkAgainstDataset, parseUrlState, serializeUrlState } from '../domain/urlState';
import { urlStateOf, appStore } from '../store/store';

/** Typing in the search box replaces the history entry instead of adding one per keystroke. */
const TYPING_MS = 1000;

/**
 * Reads the link once at start, then keeps store and address bar in step both ways (back/forward too).
 * Called before the first render so the first paint already shows the linked view. Returns a stop function.
 */
export function startUrlSync(): () => void {
  {
    const store = appStore;
    const { state, notices } = parseUrlState(window.location.search);
    store.getState().applyUrlState(state);
    store.getState().addNotices(notices);

    let applying = false;
    let lastPush = { at: 0, onlyText: false };

    const validated = (): void => {
      const s = store.getState();
      if (!s.dataset) return;
      const orgIds = new Set(s.dataset.organizations.map((o) => o.id));
      const missionIds = new Set(s.dataset.missions.map((m) => m.id));
      const checked = checkAgainstDataset(urlStateOf(s), orgIds, missionIds);
      if (checked.notices.length) {
        applying = true;
        s.applyUrlState(checked.state);
        applying = false;
        s.addNotices(checked.notices);
        window.history.replaceState(null, '', serializeUrlState(checked.state) || window.location.pathname);
      }
    };
    validated();

    const unsubscribe = store.subscribe((s, prev) => {
      if (applying) return;
      if (s.dataset !== prev.dataset) {
        // A new dataset may not know the linked ids; validation rewrites the link itself if needed.
        validated();
        return;
      }
      const next = serializeUrlState(urlStateOf(s));
      if (next === window.location.search) return;
      // The time-lapse moves the year many times a second: that replaces the entry instead of flooding history.
      const onlyYear =
        s.year !== prev.year &&
        serializeUrlState({ ...urlStateOf(s), year: prev.year }) === serializeUrlState(urlStateOf(prev));
      const onlyText =
        s.filters.q !== prev.filters.q &&
        serializeUrlState({ ...urlStateOf(s), filters: { ...s.filters, q: prev.filters.q } }) ===
          serializeUrlState(urlStateOf(prev));
      const now = Date.now();
      const url = next || window.location.pathname;
      if (
        (onlyText && lastPush.onlyText && now - lastPush.at < TYPING_MS) ||
        (onlyYear && (s.playing || prev.playing))
      )
        window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastPush = { at: now, onlyText };
    });

    const onPopState = (): void => {
      const parsed = parseUrlState(window.location.search);
      applying = true;
      store.getState().applyUrlState(parsed.state);
      applying = false;
      validated();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }
}
