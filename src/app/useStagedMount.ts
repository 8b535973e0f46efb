import { useEffect, useState } from 'react';
import { useAppStore } from '../store/store';

/** Above this many missions the views appear one after another rather than in one long first render. */
export const STAGED_MIN_MISSIONS = 20_000;
/**
 * First the dataset itself (the store's derived data: filtering, graph, counts), then the table, then
 * filters and side panels, then the timeline, then the graph.
 */
export const LAST_STAGE = 4;

/**
 * For a very large dataset, which views may render yet: each stage renders in its own task, so the first
 * view of 100,000 missions is five tasks of a few hundred milliseconds instead of one that freezes the tab
 * for seconds. Small datasets get every view at once.
 */
export function useStagedMount(): number {
  const dataset = useAppStore((s) => s.dataset);
  const first = (dataset?.missions.length ?? 0) > STAGED_MIN_MISSIONS ? 0 : LAST_STAGE;
  const [state, setState] = useState({ dataset, stage: first });
  const stage = state.dataset === dataset ? state.stage : first;
  if (state.dataset !== dataset) setState({ dataset, stage });

  useEffect(() => {
    if (stage >= LAST_STAGE) return;
    const timer = window.setTimeout(
      () => setState((s) => (s.dataset === dataset ? { dataset, stage: s.stage + 1 } : s)),
      0,
    );
    return () => window.clearTimeout(timer);
  }, [stage, dataset]);
  return stage;
}
