import { useEffect, useMemo, useRef, useState } from 'react';
import { createForceLayout, type Box, type ForceLayout, type Point } from '../../domain/forceLayout';
import type { PartnershipGraph } from '../../domain/partnerships';

/** Above this size the layout runs in a Web Worker instead of blocking the main thread. */
export const WORKER_MIN_NODES = 150;
export const WORKER_MIN_LINKS = 1500;

export const isLargeGraph = (g: PartnershipGraph) =>
  g.nodes.length >= WORKER_MIN_NODES || g.links.length >= WORKER_MIN_LINKS;

interface Result {
  layout: ForceLayout;
  positions: ReadonlyMap<string, Point>;
  /** True while a worker is computing a new layout; the previous positions are shown meanwhile. */
  pending: boolean;
  /** A fresh controller: forgets every position and pin. */
  relayout(): void;
}

/**
 * Keeps the graph laid out: small graphs synchronously (a few milliseconds), large ones in a worker. The
 * controller remembers positions between runs, so filtering keeps nodes where they were.
 */
export function useGraphLayout(graph: PartnershipGraph, radius: (id: string) => number, box: Box): Result {
  const [layout, setLayout] = useState(createForceLayout);
  useEffect(() => () => layout.destroy(), [layout]);
  const large = isLargeGraph(graph) && typeof Worker !== 'undefined';

  const sync = useMemo(
    () => (large ? null : layout.update(graph, radius, box)),
    [large, layout, graph, radius, box],
  );

  const [async, setAsync] = useState<{
    graph: PartnershipGraph;
    layout: ForceLayout;
    positions: ReadonlyMap<string, Point>;
  } | null>(null);
  const workerRef = useRef<Worker | null>(null);
  // The request in flight: an answer to an older one is ignored.
  const latest = useRef<{ id: number; graph: PartnershipGraph; layout: ForceLayout } | null>(null);
  useEffect(() => {
    if (!large) return;
    let worker = workerRef.current;
    if (!worker) {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener(
        'message',
        (event: MessageEvent<{ id: number; positions: [string, Point][] }>) => {
          const request = latest.current;
          if (!request || event.data.id !== request.id) return;
          setAsync({
            graph: request.graph,
            layout: request.layout,
            positions: request.layout.accept(event.data.positions),
          });
        },
      );
      workerRef.current = worker;
    }
    const id = (latest.current?.id ?? 0) + 1;
    latest.current = { id, graph, layout };
    worker.postMessage({ id, input: layout.prepare(graph, radius, box) });
  }, [large, layout, graph, radius, box]);
  useEffect(() => () => workerRef.current?.terminate(), []);

  const positions = sync ?? async?.positions ?? EMPTY;
  const pending = large && (async?.graph !== graph || async.layout !== layout);
  return { layout, positions, pending, relayout: () => setLayout(createForceLayout()) };
}

const EMPTY: ReadonlyMap<string, Point> = new Map();
