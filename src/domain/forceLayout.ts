import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { PartnershipGraph } from './partnerships';

export interface Point {
  x: number;
  y: number;
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** The drawing area in pixels; positions are centred on 0,0 and kept inside it. */
export interface Box {
  width: number;
  height: number;
}

/** Room kept under each node for its label. */
const LABEL_ROOM = 16;

export interface ForceLayout {
  /** Lays out a new graph, keeping known nodes where they were and placing new ones near their partners. */
  update(graph: PartnershipGraph, radius: (id: string) => number, box: Box): ReadonlyMap<string, Point>;
  /** Fixes a node where the user dropped it; later updates keep it there. */
  pin(id: string, p: Point): void;
  /** Forgets every position and pin, so the next update lays the graph out afresh. */
  reset(): void;
  destroy(): void;
}

/**
 * A long-lived controller around d3-force. The layout is computed up front with `tick()` rather than animated
 * one tick per frame (300 frames would be five seconds of motion), and it runs only when the graph's data
 * changes, never because a component rendered.
 */
export function createForceLayout(): ForceLayout {
  const positions = new Map<string, Point>();
  const pinned = new Set<string>();
  let simulation: Simulation<LayoutNode, SimulationLinkDatum<LayoutNode>> | null = null;

  function seedPosition(id: string, graph: PartnershipGraph, index: number): Point {
    const known: Point[] = [];
    for (const link of graph.links) {
      const other = link.source === id ? link.target : link.target === id ? link.source : null;
      const p = other === null ? undefined : positions.get(other);
      if (p) known.push(p);
    }
    // A deterministic spiral offset keeps screenshots and tests stable from run to run.
    const angle = index * 2.399963;
    const spread = known.length ? 30 : 40 + 12 * Math.sqrt(index);
    const base = known.length
      ? {
          x: known.reduce((s, p) => s + p.x, 0) / known.length,
          y: known.reduce((s, p) => s + p.y, 0) / known.length,
        }
      : { x: 0, y: 0 };
    return { x: base.x + spread * Math.cos(angle), y: base.y + spread * Math.sin(angle) };
  }

  return {
    update(graph, radius, box) {
      simulation?.stop();
      let fresh = 0;
      const nodes: LayoutNode[] = graph.nodes.map((n, i) => {
        const known = positions.get(n.id);
        if (!known) fresh++;
        const p = known ?? seedPosition(n.id, graph, i);
        const node: LayoutNode = { id: n.id, r: radius(n.id), x: p.x, y: p.y };
        if (pinned.has(n.id)) {
          node.fx = p.x;
          node.fy = p.y;
        }
        return node;
      });
      const maxWeight = graph.links.reduce((m, l) => Math.max(m, l.weight), 1);
      const links = graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
      // Spacing follows the room available per node, so a crowded graph packs tighter instead of overflowing.
      const spacing = Math.max(
        18,
        Math.min(70, Math.sqrt((box.width * box.height) / Math.max(1, nodes.length)) * 0.55),
      );
      simulation = forceSimulation<LayoutNode>(nodes)
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
            .distanceMax(spacing * 8),
        )
        .force('collide', forceCollide<LayoutNode>((d) => d.r + 4).iterations(2))
        .force(
          'x',
          forceX<LayoutNode>(0).strength(0.5 * (box.height / Math.max(box.width, box.height)) * 0.12),
        )
        .force(
          'y',
          forceY<LayoutNode>(0).strength(0.5 * (box.width / Math.max(box.width, box.height)) * 0.12),
        )
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
      // Mostly known nodes: a gentle settle so the picture does not jump. Mostly new: a full layout.
      const mostlyNew = fresh > nodes.length / 2;
      simulation.alpha(mostlyNew ? 1 : 0.3);
      simulation.tick(mostlyNew ? 300 : 120);
      // Nodes filtered out keep their last place, so they come back where they were.
      for (const n of nodes) positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
      return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    },
    pin(id, p) {
      positions.set(id, p);
      pinned.add(id);
    },
    reset() {
      positions.clear();
      pinned.clear();
    },
    destroy() {
      simulation?.stop();
      simulation = null;
      positions.clear();
    },
  };
}
