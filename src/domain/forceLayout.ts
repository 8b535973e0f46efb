import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { PartnershipGraph } from './partnerships';

export interface Point {
  x: number;
  y: number;
}

/** The drawing area in pixels; positions are centred on 0,0 and kept inside it. */
export interface Box {
  width: number;
  height: number;
}

/** Everything a layout run needs, as plain data, so it can be sent to a worker. */
export interface LayoutInput {
  nodes: { id: string; r: number }[];
  links: { source: string; target: string; weight: number }[];
  box: Box;
  /** Where nodes were before: they start there, so the picture does not jump. */
  known: [string, Point][];
  /** Nodes the user dropped somewhere: they stay there. */
  pinned: string[];
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** Room kept under each node for its label. */
const LABEL_ROOM = 16;

/**
 * One layout run, computed up front with `tick()` rather than animated one tick per frame (300 frames would
 * be five seconds of motion). Pure: the same input gives the same positions, on the main thread or a worker.
 */
export function runLayout({
  nodes: input,
  links: rawLinks,
  box,
  known,
  pinned,
}: LayoutInput): [string, Point][] {
  const knownById = new Map(known);
  const pinnedIds = new Set(pinned);
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const l of rawLinks) {
    link(l.source, l.target);
    link(l.target, l.source);
  }

  let fresh = 0;
  const nodes: LayoutNode[] = input.map((n, i) => {
    let p = knownById.get(n.id);
    if (!p) {
      fresh++;
      // New nodes enter beside the partners already placed, on a deterministic spiral (stable screenshots).
      const placed = (neighbours.get(n.id) ?? []).flatMap((o) => knownById.get(o) ?? []);
      const angle = i * 2.399963;
      const spread = placed.length ? 30 : 40 + 12 * Math.sqrt(i);
      const base = placed.length
        ? {
            x: placed.reduce((s, q) => s + q.x, 0) / placed.length,
            y: placed.reduce((s, q) => s + q.y, 0) / placed.length,
          }
        : { x: 0, y: 0 };
      p = { x: base.x + spread * Math.cos(angle), y: base.y + spread * Math.sin(angle) };
    }
    const node: LayoutNode = { id: n.id, r: n.r, x: p.x, y: p.y };
    if (pinnedIds.has(n.id)) {
      node.fx = p.x;
      node.fy = p.y;
    }
    return node;
  });

  const maxWeight = rawLinks.reduce((m, l) => Math.max(m, l.weight), 1);
  const links = rawLinks.map((l) => ({ ...l }));
  // Spacing follows the room available per node, so a crowded graph packs tighter instead of overflowing.
  const spacing = Math.max(
    8,
    Math.min(70, Math.sqrt((box.width * box.height) / Math.max(1, nodes.length)) * 0.55),
  );
  const large = nodes.length > 300 || links.length > 3000;
  const simulation = forceSimulation<LayoutNode>(nodes)
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode> & { weight: number }>(links)
        .id((d) => d.id)
        .distance((l) => spacing * (1.6 - 0.6 * (l.weight / maxWeight)))
        .strength((l) => 0.08 + 0.4 * (l.weight / maxWeight)),
    )
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength((d) => -spacing * 1.5 - 6 * d.r)
        .distanceMax(spacing * 8)
        .theta(large ? 1.2 : 0.9),
    )
    .force('collide', forceCollide<LayoutNode>((d) => d.r + (large ? 1 : 4)).iterations(large ? 1 : 2))
    .force('x', forceX<LayoutNode>(0).strength(0.5 * (box.height / Math.max(box.width, box.height)) * 0.12))
    .force('y', forceY<LayoutNode>(0).strength(0.5 * (box.width / Math.max(box.width, box.height)) * 0.12))
    .force('box', () => {
      // Keep every circle and its label inside the drawing area.
      for (const n of nodes) {
        const hx = box.width / 2 - n.r - 4;
        const hy = box.height / 2 - n.r - LABEL_ROOM;
        n.x = Math.max(-hx, Math.min(hx, n.x ?? 0));
        n.y = Math.max(-hy + LABEL_ROOM - 4, Math.min(hy, n.y ?? 0));
      }
    })
    .stop();
  // Mostly known nodes: a gentle settle so the picture does not jump. Mostly new: a full layout. Large graphs
  // cool faster: the shape is found in the first hundred ticks, the rest only polishes.
  const mostlyNew = fresh > nodes.length / 2;
  simulation.alpha(mostlyNew ? 1 : 0.3);
  if (large) simulation.alphaDecay(0.045);
  simulation.tick(mostlyNew ? (large ? 150 : 300) : large ? 25 : 30);
  simulation.stop();
  return nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]);
}

export interface ForceLayout {
  /**
   * The plain-data input for laying out this graph from the remembered positions. A new `generation` (the
   * user asked for a fresh layout) forgets the places and pins of this graph's nodes first.
   */
  prepare(
    graph: PartnershipGraph,
    radius: (id: string) => number,
    box: Box,
    generation?: number,
  ): LayoutInput;
  /** Remembers the positions of a finished run (from here or a worker); returns every known position. */
  accept(result: [string, Point][]): ReadonlyMap<string, Point>;
  /** Lays out a graph here and now, keeping known nodes where they were. */
  update(
    graph: PartnershipGraph,
    radius: (id: string) => number,
    box: Box,
    generation?: number,
  ): ReadonlyMap<string, Point>;
  /** Fixes a node where the user dropped it; later runs keep it there. */
  pin(id: string, p: Point): void;
  /** Forgets every position and pin, so the next update lays the graph out afresh. */
  reset(): void;
  destroy(): void;
}

/**
 * A long-lived controller that remembers positions and pins between layout runs. Nodes outside the graph of
 * a run keep their last place, so they come back where they were. It runs only when asked (new data, a new
 * drawing size, a fresh layout), never because a component rendered.
 */
export function createForceLayout(): ForceLayout {
  const positions = new Map<string, Point>();
  const pinned = new Set<string>();
  let lastSignature = '';
  let lastResult: ReadonlyMap<string, Point> | null = null;
  let lastGeneration = 0;
  const controller: ForceLayout = {
    prepare(graph, radius, box, generation = lastGeneration) {
      if (generation !== lastGeneration) {
        lastGeneration = generation;
        for (const n of graph.nodes) {
          positions.delete(n.id);
          pinned.delete(n.id);
        }
      }
      return {
        nodes: graph.nodes.map((n) => ({ id: n.id, r: radius(n.id) })),
        links: graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
        box,
        known: graph.nodes.flatMap((n): [string, Point][] => {
          const p = positions.get(n.id);
          return p ? [[n.id, p]] : [];
        }),
        pinned: graph.nodes.flatMap((n) => (pinned.has(n.id) ? [n.id] : [])),
      };
    },
    accept(result) {
      for (const [id, p] of result) positions.set(id, p);
      return new Map(positions);
    },
    update(graph, radius, box, generation = lastGeneration) {
      // The same nodes and links in the same box: the picture must not move, so there is nothing to compute.
      const signature = `${generation}|${box.width}x${box.height}|${graph.nodes.map((n) => n.id).join(',')}|${graph.links.map((l) => `${l.id}:${l.weight}`).join(',')}`;
      if (signature === lastSignature && lastResult) return lastResult;
      lastSignature = signature;
      lastResult = controller.accept(runLayout(controller.prepare(graph, radius, box, generation)));
      return lastResult;
    },
    pin(id, p) {
      positions.set(id, p);
      pinned.add(id);
      lastSignature = '';
    },
    reset() {
      positions.clear();
      pinned.clear();
      lastSignature = '';
    },
    destroy() {
      positions.clear();
      pinned.clear();
    },
  };
  return controller;
}
