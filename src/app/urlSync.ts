import { checkAgainstDataset, parseUrlState, serializeUrlState } from '../domain/urlState';
import { lapseRange } from '../domain/timelapse';
import { urlStateOf, appStore } from '../store/store';
import { nextTask } from './nextTask';

/** Typing in the search box replaces the history entry instead of adding one per keystroke. */
const TYPING_MS = 1000;
/** How long the keys must pause before the address bar catches up with the search text. */
const TYPING_SETTLE_MS = 250;

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
    // What this code last wrote to the address bar; comparing with it avoids reading location each change.
    let lastWritten = window.location.search;
    let typingTimer = 0;

    const validated = (): void => {
      const s = store.getState();
      if (!s.dataset) return;
      const orgIds = new Set(s.dataset.organizations.map((o) => o.id));
      const missionIds = new Set(s.dataset.missions.map((m) => m.id));
      const current = urlStateOf(s);
      const years = lapseRange(s.dataset.missions, s.currentYear);
      const checked = checkAgainstDataset(current, orgIds, missionIds, s.dataset.renamed, years);
      if (checked.state !== current) {
        applying = true;
        s.applyUrlState(checked.state);
        applying = false;
        if (checked.notices.length) s.addNotices(checked.notices);
        lastWritten = serializeUrlState(checked.state);
        window.history.replaceState(null, '', lastWritten || window.location.pathname);
      }
    };
    validated();

    // Writing history costs several milliseconds (the browser saves the entry); the frame that shows a change
    // should not wait for it. Writes are made once that frame is painted (or after 100 ms in a hidden tab,
    // where frames do not run); several in the same frame become one entry, a push if any was one.
    let pendingHistory: { push: boolean; url: string } | null = null;
    const flushHistory = () => {
      const write = pendingHistory;
      pendingHistory = null;
      if (!write) return;
      if (write.push) window.history.pushState(null, '', write.url);
      else window.history.replaceState(null, '', write.url);
    };
    const writeHistory = (push: boolean, url: string) => {
      const scheduled = pendingHistory !== null;
      pendingHistory = { push: push || (pendingHistory?.push ?? false), url };
      if (scheduled) return;
      const fallback = window.setTimeout(flushHistory, 100);
      window.requestAnimationFrame(
        () =>
          // The task after this frame's callbacks: the frame has been painted by then.
          void nextTask().then(() => {
            window.clearTimeout(fallback);
            flushHistory();
          }),
      );
    };

    // Whether the slider gesture under way has written its entry: its first year pushes, the next replace.
    let gestureWritten = false;

    const unsubscribe = store.subscribe((s, prev) => {
      if (applying) return;
      if (s.scrubbing && !prev.scrubbing) gestureWritten = false;
      if (s.dataset !== prev.dataset) {
        // A new dataset may not know the linked ids; validation rewrites the link itself if needed.
        validated();
        return;
      }
      const current = urlStateOf(s);
      const before = urlStateOf(prev);
      const next = serializeUrlState(current);
      if (next === lastWritten) return;
      // The time-lapse moves the year many times a second: that replaces the entry instead of flooding history.
      const onlyYear = s.year !== prev.year && next === serializeUrlState({ ...before, year: s.year });
      const onlyText =
        s.filters.q !== prev.filters.q &&
        next === serializeUrlState({ ...before, filters: { ...before.filters, q: s.filters.q } });
      const now = Date.now();
      const url = next || window.location.pathname;
      lastWritten = next;
      if (onlyText && lastPush.onlyText && now - lastPush.at < TYPING_MS) {
        // While typing, the address is brought up to date once the keys pause, not on every keystroke.
        window.clearTimeout(typingTimer);
        typingTimer = window.setTimeout(() => window.history.replaceState(null, '', url), TYPING_SETTLE_MS);
      } else if (
        s.linkAmendments !== prev.linkAmendments ||
        (onlyYear && (s.playing || prev.playing || (s.scrubbing && gestureWritten)))
      ) {
        writeHistory(false, url);
      } else {
        window.clearTimeout(typingTimer);
        writeHistory(true, url);
      }
      if (onlyYear && s.scrubbing) gestureWritten = true;
      lastPush = { at: now, onlyText };
    });

    const onPopState = (): void => {
      window.clearTimeout(typingTimer);
      pendingHistory = null;
      lastWritten = window.location.search;
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
