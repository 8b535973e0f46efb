import { quadtree, type Quadtree } from 'd3';
import type { Point } from '../../domain/forceLayout';
import type { GraphLink, GraphNode } from '../../domain/partnerships';
import { IDENTITY, type ZoomTransform } from './zoomStore';

/**
 * Queries take the pointer in screen pixels and the current pan and zoom: the index is built once per
 * drawing, not once per zoom step. Circles keep their size on screen when zooming; only distances scale.
 */
export interface HitTester {
  node(x: number, y: number, zoom?: ZoomTransform): GraphNode | null;
  link(x: number, y: number, zoom?: ZoomTransform): GraphLink | null;
}

interface Placed {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Finds what is under the pointer on a canvas drawing: nodes through a quadtree (fast enough for every pointer
 * move), links by distance to their segment (only on click, where a linear scan is fine).
 */
export function createHitTester(
  nodes: readonly GraphNode[],
  links: readonly GraphLink[],
  screen: ReadonlyMap<string, Point>,
  radius: (missions: number) => number,
): HitTester {
  // The index is built on the first query, not with the drawing: a filter change redraws the graph in the
  // frame that shows it, and a 500-node quadtree there cost ~3 ms for a pointer that may never move.
  let index: { tree: Quadtree<Placed>; maxR: number } | null = null;
  const build = () => {
    const placed = nodes.flatMap((n): Placed[] => {
      const p = screen.get(n.id);
      return p ? [{ node: n, x: p.x, y: p.y, r: radius(n.missionCount) }] : [];
    });
    const tree = quadtree<Placed>()
      .x((d) => d.x)
      .y((d) => d.y)
      .addAll(placed);
    return { tree, maxR: placed.reduce((m, p) => Math.max(m, p.r), 0) };
  };
  return {
    node(sx, sy, zoom = IDENTITY) {
      const x = (sx - zoom.x) / zoom.k;
      const y = (sy - zoom.y) / zoom.k;
      // The nearest centre within the largest radius, then check it is inside its own circle (+2px slack).
      index ??= build();
      const found = index.tree.find(x, y, (index.maxR + 2) / zoom.k);
      return found && Math.hypot(found.x - x, found.y - y) * zoom.k <= found.r + 2 ? found.node : null;
    },
    link(sx, sy, zoom = IDENTITY) {
      const x = (sx - zoom.x) / zoom.k;
      const y = (sy - zoom.y) / zoom.k;
      let best: GraphLink | null = null;
      let bestDistance = 5 / zoom.k;
      for (const l of links) {
        const a = screen.get(l.source);
        const b = screen.get(l.target);
        if (!a || !b) continue;
        const d = distanceToSegment({ x, y }, a, b);
        if (d < bestDistance) {
          bestDistance = d;
          best = l;
        }
      }
      return best;
    },
  };
}
