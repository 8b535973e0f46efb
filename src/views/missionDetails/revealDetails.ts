import { appStore } from '../../store/store';

/**
 * Brings the mission details into view after a mission is chosen in the table or the timeline, when the
 * panel is nowhere on screen (on a phone, or below a long page): otherwise the choice seems to do nothing.
 * Focus stays where it was, so the keyboard can go on through the rows.
 */
function revealDetails(): void {
  requestAnimationFrame(() => {
    const panel = document.querySelector<HTMLElement>('.details-panel');
    if (!panel) return;
    const box = panel.getBoundingClientRect();
    if (box.bottom > 0 && box.top < window.innerHeight) return;
    // Both are missing where there is no real layout (jsdom in the unit tests).
    if (typeof panel.scrollIntoView !== 'function') return;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    panel.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  });
}

/** Selects a mission the user chose in a view, and shows its details. */
export function chooseMission(id: string): void {
  appStore.getState().selectMission(id);
  revealDetails();
}
