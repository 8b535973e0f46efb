import { useEffect, useMemo, useRef, useState } from 'react';
import { createForceLayout, type Box, type ForceLayout, type Point } from '../../domain/forceLayout';
import type { PartnershipGraph } from '../../domain/partnerships';

interface Result {
  layout: ForceLayout;
  /** Where every laid-out node sits (layout coordinates), including nodes the filters currently hide. */
  positions: ReadonlyMap<string, Point>;
  /** True while the worker is computing a layout; the previous positions are shown meanwhile. */
  pending: boolean;
  /** Lays out the given graph afresh (the nodes now shown), forgetting their places and pins. */
  relayout(graph: PartnershipGraph): void;
}

interface Target {
  graph: PartnershipGraph;
  /** The whole-dataset graph this target was chosen under: a new dataset brings the layout back to it. */
  base: PartnershipGraph;
  generation: number;
}

/**
 * Lays out the whole dataset's graph once (per dataset and drawing size), in a Web Worker where there is
 * one, and lets filters show subsets of it in place. Filtering therefore computes no layout at all and
 * nothing moves: the map stays the same while agencies come and go, which is what makes the time-lapse and
 * linked filtering readable. "Re-run layout" lays out only what is shown.
 *
 * `ready` is false until the drawing has been measured, so no layout is spent on a guessed size.
 */
export function useGraphLayout(
  full: PartnershipGraph,
  radius: (id: string) => number,
  box: Box,
  ready: boolean,
): Result {
  const [layout] = useState(createForceLayout);
  useEffect(() => () => layout.destroy(), [layout]);
  const [rerun, setRerun] = useState<Target | null>(null);
  const target = rerun && rerun.base === full ? rerun : { graph: full, base: full, generation: 0 };
  const { graph, generation } = target;
  const useWorker = typeof Worker !== 'undefined';

  // Without workers (tests, very old browsers) the layout runs here; a few milliseconds for small graphs.
  const sync = useMemo(
    () => (useWorker || !ready ? null : layout.update(graph, radius, box, generation)),
    [useWorker, ready, layout, graph, radius, box, generation],
  );

  const [async, setAsync] = useState<{ key: object; positions: ReadonlyMap<string, Point> } | null>(null);
  const workerRef = useRef<Worker | null>(null);
  // The request in flight: an answer to an older one is ignored.
  const latest = useRef<{ id: number; key: object } | null>(null);
  const requestKey = useMemo(() => ({ graph, radius, box, generation }), [graph, radius, box, generation]);
  useEffect(() => {
    if (!useWorker || !ready) return;
    let worker = workerRef.current;
    if (!worker) {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener(
        'message',
        (event: MessageEvent<{ id: number; positions: [string, Point][] }>) => {
          const request = latest.current;
          if (!request || event.data.id !== request.id) return;
          setAsync({ key: request.key, positions: layout.accept(event.data.positions) });
        },
      );
      workerRef.current = worker;
    }
    const id = (latest.current?.id ?? 0) + 1;
    latest.current = { id, key: requestKey };
    worker.postMessage({ id, input: layout.prepare(graph, radius, box, generation) });
  }, [useWorker, ready, layout, requestKey, graph, radius, box, generation]);
  useEffect(() => () => workerRef.current?.terminate(), []);

  const positions = sync ?? async?.positions ?? EMPTY;
  // Waiting for the first measurement counts as pending too: the graph is not drawn yet.
  const pending = useWorker && (!ready || async?.key !== requestKey);
  return {
    layout,
    positions,
    pending,
    relayout: (shown) => setRerun({ graph: shown, base: full, generation: generation + 1 }),
  };
}

const EMPTY: ReadonlyMap<string, Point> = new Map();
