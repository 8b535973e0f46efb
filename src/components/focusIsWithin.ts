/**
 * Whether keyboard focus is inside `box`, or was just dropped to the page (as when the element that
 * had it is removed by a re-render). A view that moves focus a render later asks this first, so that
 * focus the user has since taken elsewhere is not pulled back.
 */
export function focusIsWithin(box: Element): boolean {
  const active = box.ownerDocument.activeElement;
  return active === null || active === box.ownerDocument.body || box.contains(active);
}
