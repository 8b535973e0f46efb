import { useEffect, useState } from 'react';
import { validateStories, type Story } from '../../domain/stories';

type State =
  { status: 'loading' } | { status: 'ready'; stories: Story[] } | { status: 'error'; message: string };

let cache: Promise<State> | null = null;

async function fetchStories(): Promise<State> {
  try {
    const response = await fetch('data/stories.json');
    if (!response.ok) return { status: 'error', message: `HTTP ${response.status}` };
    const result = validateStories(await response.json());
    return result.ok
      ? { status: 'ready', stories: result.stories }
      : { status: 'error', message: result.errors.join('; ') };
  } catch (error) {
    return {
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The guided stories (data/stories.json), fetched once and shared by every component that asks. */
export function useStories(enabled = true): State {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    cache ??= fetchStories();
    void cache.then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
