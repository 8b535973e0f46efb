export interface LabelCandidate {
  id: string;
  /** Screen position of the node centre and its radius, in pixels. */
  x: number;
  y: number;
  r: number;
  text: string;
  /** Higher goes first: focused and hovered nodes, then the largest. */
  priority: number;
}

export type LabelPlacement = 'inside' | 'below';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: labels go under their node in priority order and a label that would overlap one
 * already placed, or another node's circle, is left out. Keeps the graph legible instead of piling text up.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly { x: number; y: number; r: number }[],
  charWidth = 7,
  lineHeight = 14,
): Map<string, LabelPlacement> {
  const placed: Box[] = [];
  const shown = new Map<string, LabelPlacement>();
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || b.r - a.r);
  for (const c of sorted) {
    const w = c.text.length * charWidth;
    // A circle wide enough holds its own label, which then blocks nothing.
    if (2 * c.r >= c.text.length * 6.4 + 4) {
      shown.set(c.id, 'inside');
      continue;
    }
    const box = { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y + c.r + 1, y1: c.y + c.r + 1 + lineHeight };
    if (placed.some((p) => overlaps(p, box))) continue;
    const hitsNode = obstacles.some(
      (o) =>
        !(o.x === c.x && o.y === c.y) &&
        overlaps(box, { x0: o.x - o.r, x1: o.x + o.r, y0: o.y - o.r, y1: o.y + o.r }),
    );
    if (hitsNode && c.priority < 2) continue;
    placed.push(box);
    shown.set(c.id, 'below');
  }
  return shown;
}
