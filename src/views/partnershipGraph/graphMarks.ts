import type { GraphLink, GraphNode } from '../../domain/partnerships';
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
  /** Ringed in the accent colour: one of the selected mission's organizations, or of the compared pair. */
  ring: boolean;
}

export interface LabelMark {
  text: string;
  x: number;
  y: number;
  /** Written inside its circle (white on the node's colour) rather than around it. */
  inside: boolean;
  /** Where `x` is along the text: its middle, or where it starts or ends (beside a circle). */
  anchor: 'middle' | 'start' | 'end';
  dim: boolean;
  /** The line tying a label set off from its node to it, in CSS pixels like `x` and `y`. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** The type size, in pixels (smaller than `LABEL_FONT.size` for a name made to fit its circle). */
  size: number;
}

/** The leader lines' ink: thin, in the text colour, lighter than the text. */
export const LEADER_LINE = { width: 1, alpha: 0.7 };

/** Width of the compared pair's line and of the light casing under it, in CSS pixels. */
export const COMPARED_LINE = { width: 4.5, casing: 8.5 };
/** Width of the accent ring around an emphasized or compared organization. */
export const RING_WIDTH = 3;

export type LinkState = 'dim' | 'plain' | 'strong';

/**
 * How a link is drawn: faded when it leaves the highlight, strong when it joins two emphasized
 * organizations (partners in the selected mission), plain otherwise.
 */
export function linkState(
  l: Pick<GraphLink, 'source' | 'target'>,
  highlight: ReadonlySet<string> | null,
  emphasis: ReadonlySet<string> | null,
): LinkState {
  if (highlight !== null && !(highlight.has(l.source) && highlight.has(l.target))) return 'dim';
  if (emphasis !== null && emphasis.has(l.source) && emphasis.has(l.target)) return 'strong';
  return 'plain';
}

/** Whether an organization wears the accent ring: emphasized, or one of the compared pair. */
export const ringed = (
  id: string,
  emphasis: ReadonlySet<string> | null,
  compare: readonly [string, string] | null,
): boolean => (emphasis?.has(id) ?? false) || (compare !== null && compare.includes(id));

type PairInput = Pick<GraphDrawProps, 'nodes' | 'links' | 'screen' | 'radius' | 'compare'>;

// The compared pair's radii, or null when the graph shown has no link between them: found once per graph
// and pair, not on every frame the canvas paints.
let lastPair: {
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  key: string;
  radius: (m: number) => number;
  found: { a: string; b: string; ra: number; rb: number } | null;
} | null = null;

function comparedPair(input: PairInput) {
  const { nodes, links, compare, radius } = input;
  if (compare === null) return null;
  const key = compare.join('|');
  if (
    lastPair?.nodes === nodes &&
    lastPair.links === links &&
    lastPair.key === key &&
    lastPair.radius === radius
  )
    return lastPair.found;
  const [a, b] = compare;
  const linked = links.some((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));
  const na = linked ? nodes.find((n) => n.id === a) : undefined;
  const nb = linked ? nodes.find((n) => n.id === b) : undefined;
  const found = na && nb ? { a, b, ra: radius(na.missionCount), rb: radius(nb.missionCount) } : null;
  lastPair = { nodes, links, key, radius, found };
  return found;
}

/**
 * The compared pair's line at transform `t`, from the edge of one circle to the edge of the other, so that
 * it can be drawn over every circle and link between them and still leave the pair's own circles whole; null
 * with no pair, no link between them in the graph shown, or circles touching (their rings then show it).
 * Circles keep their size on the canvas whatever the zoom; in the SVG, `t` is the identity.
 */
export function comparedSegment(
  input: PairInput,
  t: ZoomTransform,
): { x1: number; y1: number; x2: number; y2: number; d: string } | null {
  const pair = comparedPair(input);
  if (!pair) return null;
  const p = input.screen.get(pair.a);
  const q = input.screen.get(pair.b);
  if (!p || !q) return null;
  const ax = t.x + t.k * p.x;
  const ay = t.y + t.k * p.y;
  const bx = t.x + t.k * q.x;
  const by = t.y + t.k * q.y;
  const length = Math.hypot(bx - ax, by - ay);
  // Starts on the ring's outer edge.
  const from = pair.ra + RING_WIDTH / 2;
  const to = pair.rb + RING_WIDTH / 2;
  // A stub of a few pixels between two nearly touching circles reads as a blot, not a line: the two rings
  // show the pair there.
  if (length - from - to < 8) return null;
  const ux = (bx - ax) / length;
  const uy = (by - ay) / length;
  const x1 = ax + ux * from;
  const y1 = ay + uy * from;
  const x2 = bx - ux * to;
  const y2 = by - uy * to;
  const d = `M${x1.toFixed(1)} ${y1.toFixed(1)}L${x2.toFixed(1)} ${y2.toFixed(1)}`;
  return { x1, y1, x2, y2, d };
}

export type MarksInput = Pick<
  GraphDrawProps,
  'nodes' | 'screen' | 'radius' | 'highlight' | 'emphasis' | 'focused' | 'compare' | 'labels'
> & { size: { width: number; height: number } };

/**
 * The circles of the canvas graph at transform `t`, in CSS pixels, leaving out those off screen: what the
 * canvas paints and what its SVG export writes (the picture in the file is the one on screen).
 */
export function nodeMarks(input: MarksInput, t: ZoomTransform): NodeMark[] {
  const { nodes, screen, radius, highlight, emphasis, focused, compare, size } = input;
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
      ring: ringed(node.id, emphasis, compare),
    });
  }
  return marks;
}

/**
 * The labels at transform `t`: the nodes the label placement named (large ones, focused, highlighted…),
 * inside their circle or where the placement put them around it; those off screen are left out.
 */
export function labelMarks(input: MarksInput, t: ZoomTransform): LabelMark[] {
  const { nodes, screen, highlight, labels, size } = input;
  const marks: LabelMark[] = [];
  for (const node of nodes) {
    const p = screen.get(node.id);
    const placement = labels.get(node.id);
    if (!p || !placement) continue;
    const inHighlight = highlight?.has(node.id) ?? false;
    const inside = placement.placement === 'inside';
    // Offsets in CSS pixels: the canvas keeps circles and type at their size whatever the zoom.
    const cx = t.x + t.k * p.x;
    const cy = t.y + t.k * p.y;
    const x = cx + placement.dx;
    const y = cy + placement.dy;
    if (x < -200 || y < -20 || x > size.width + 200 || y > size.height + 20) continue;
    const line = placement.leader;
    marks.push({
      text: node.name,
      x,
      y,
      inside,
      anchor: placement.anchor,
      dim: highlight !== null && !inHighlight,
      leader: line ? { x1: cx + line.x1, y1: cy + line.y1, x2: cx + line.x2, y2: cy + line.y2 } : null,
      // In half pixels: a few sizes in all, so their pictures are kept.
      size: placement.scale ? Math.round(LABEL_FONT.size * placement.scale * 2) / 2 : LABEL_FONT.size,
    });
  }
  return marks;
}
