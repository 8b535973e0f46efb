import { useEffect } from 'react';
import { appStore } from '../store/store';

/**
 * What an Escape pressed now is for, before anything acts on it: an open dialog or menu closes first (the
 * dialog by the browser, a menu by its own listener, which may run before ours), and a search box with
 * text in it is cleared by the browser. Only an Escape meant for none of them leaves the presentation.
 */
function escapeIsTaken(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open], details.menu[open]')) return true;
  return target instanceof HTMLInputElement && target.type === 'search' && target.value !== '';
}

/** While presenting, Escape leaves the presentation, as it leaves a slideshow or a full-screen video. */
export function usePresentEscape(present: boolean) {
  useEffect(() => {
    if (!present) return;
    // Decided in the capture phase, before a menu's own listener has closed it; acted on once the event
    // has bubbled up, so a handler that used the key (preventDefault) keeps it.
    let taken = false;
    const decide = (e: KeyboardEvent) => {
      taken = e.key === 'Escape' && escapeIsTaken(e.target);
    };
    const act = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || taken || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      appStore.getState().setPresent(false);
    };
    window.addEventListener('keydown', decide, true);
    window.addEventListener('keydown', act);
    return () => {
      window.removeEventListener('keydown', decide, true);
      window.removeEventListener('keydown', act);
    };
  }, [present]);
}
