import type { GraphNode } from '../../domain/partnerships';
import type { GraphDrawProps } from './GraphSvg';
import type { ZoomTransform } from './zoomStore';

/** Opacity of what the highlight leaves out, on the canvas and in its SVG export alike. */
export const DIMMED_NODE_ALPHA = 0.2;
export const DIMMED_LABEL_ALPHA = 0.25;
/** The halo behind a label written inside its circle (white text on any node colour). */
export const INSIDE_HALO = 'rgba(0,0,0,0.35)';
/** Label type: the canvas takes it as a CSS font, the SVG export as its parts. */
export const LABEL_FONT = { weight: 600, size: 12, family: 'system-ui, sans-serif' };

export interface NodeMark {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
  dim: boolean;
  focused: boolean;
}

export interface LabelMark {
  text: string;
  x: number;
  y: number;
  /** Written inside its circle (white on the node's colour) rather than under it. */
  inside: boolean;
  dim: boolean;
}

export type MarksInput = Pick<
  GraphDrawProps,
  'nodes' | 'screen' | 'radius' | 'highlight' | 'focused' | 'labels'
> & { size: { width: number; height: number } };

/**
 * The circles of the canvas graph at transform `t`, in CSS pixels, leaving out those off screen: what the
 * canvas paints and what its SVG export writes (the picture in the file is the one on screen).
 */
export function nodeMarks(input: MarksInput, t: ZoomTransform): NodeMark[] {
  const { nodes, screen, radius, highlight, focused, size } = input;
  const marks: NodeMark[] = [];
  for (const node of nodes) {
    const p = screen.get(node.id);
    if (!p) continue;
    const x = t.x + t.k * p.x;
    const y = t.y + t.k * p.y;
    const r = radius(node.missionCount);
    if (x < -r || y < -r || x > size.width + r || y > size.height + r) continue;
    marks.push({
      node,
      x,
      y,
      r,
      dim: highlight !== null && !highlight.has(node.id),
      focused: node.id === focused,
    });
  }
  return marks;
}

/**
 * The labels at transform `t`: the nodes the label placement named (large ones, focused, highlighted…),
 * inside their circle or under it; those off screen are left out.
 */
export function labelMarks(input: MarksInput, t: ZoomTransform): LabelMark[] {
  const { nodes, screen, radius, highlight, labels, size } = input;
  const marks: LabelMark[] = [];
  for (const node of nodes) {
    const p = screen.get(node.id);
    const placement = labels.get(node.id);
    if (!p || !placement) continue;
    const r = radius(node.missionCount);
    const inHighlight = highlight?.has(node.id) ?? false;
    const inside = placement === 'inside';
    const x = t.x + t.k * p.x;
    const y = t.y + t.k * p.y + (inside ? 4 : r + 13);
    if (x < -100 || y < -20 || x > size.width + 100 || y > size.height + 20) continue;
    marks.push({ text: node.name, x, y, inside, dim: highlight !== null && !inHighlight });
  }
  return marks;
}
