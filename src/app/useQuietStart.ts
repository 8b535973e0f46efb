import { useEffect, useState } from 'react';

/** How long the first load may take before the page shows that it is loading. */
export const QUIET_MS = 300;

/**
 * Whether the page should stay blank for now: during the first QUIET_MS of the first load. A fast load
 * (the default dataset takes a few tenths of a second) then goes straight to the views, without first
 * drawing the header and a loading message it replaces at once (about 0.1 s of a slow machine's first
 * view); a slow one shows its progress after that short pause, and later loads show it at once.
 */
export function useQuietStart(status: 'idle' | 'loading' | 'ready' | 'error'): boolean {
  const [patience, setPatience] = useState<'waiting' | 'over'>('waiting');
  const settled = status === 'ready' || status === 'error';
  if (settled && patience === 'waiting') setPatience('over');
  useEffect(() => {
    if (patience === 'over') return;
    const timer = window.setTimeout(() => setPatience('over'), QUIET_MS);
    return () => window.clearTimeout(timer);
  }, [patience]);
  return patience === 'waiting' && !settled;
}
