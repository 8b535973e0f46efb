import type { Point } from './forceLayout';
import type { PartnershipGraph } from './partnerships';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** A node's partners with the number of missions shared, most first. */
export function partnersOf(graph: PartnershipGraph, id: string): { id: string; weight: number }[] {
  const out: { id: string; weight: number }[] = [];
  for (const l of graph.links) {
    if (l.source === id) out.push({ id: l.target, weight: l.weight });
    else if (l.target === id) out.push({ id: l.source, weight: l.weight });
  }
  return out.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

/**
 * Arrow-key navigation of the graph: from a node, the partner that lies most nearly in the pressed
 * direction (angle matters more than distance). With no partner that way, null: focus stays put.
 */
export function neighbourInDirection(
  graph: PartnershipGraph,
  positions: ReadonlyMap<string, Point>,
  id: string,
  direction: Direction,
): string | null {
  const from = positions.get(id);
  if (!from) return null;
  const v = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of partnersOf(graph, id)) {
    const to = positions.get(p.id);
    if (!to) continue;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * v.x + dy * v.y) / distance;
    if (cos <= 0.35) continue; // more than about 70° off the pressed direction
    const score = distance * (2 - cos);
    if (score < bestScore) {
      bestScore = score;
      best = p.id;
    }
  }
  return best;
}
