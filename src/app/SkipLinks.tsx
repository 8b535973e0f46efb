import type { MouseEvent } from 'react';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n';

/** Each view's heading, in page order; the link's text names the view. */
const TARGETS: readonly [id: string, label: MessageKey][] = [
  ['graph-title', 'skip.graph'],
  ['timeline-title', 'skip.timeline'],
  ['table-title', 'skip.table'],
];

function jump(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  e.preventDefault();
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
}

/**
 * Links that appear on the first Tab press and jump straight to a view: with hundreds of agencies in the
 * Filters panel, a keyboard user would otherwise tab through every check box to reach the graph.
 * Focus moves to the view's heading (the next Tab reaches the view's first control); the address is left
 * alone, since it holds the view's state for sharing.
 */
export function SkipLinks() {
  const t = useT();
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      {TARGETS.map(([id, label]) => (
        <a key={id} href={`#${id}`} onClick={(e) => jump(e, id)}>
          {t(label)}
        </a>
      ))}
    </nav>
  );
}
