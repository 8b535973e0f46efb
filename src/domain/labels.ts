export interface LabelCandidate {
  id: string;
  /** Screen position of the node centre and its radius, in pixels. */
  x: number;
  y: number;
  r: number;
  text: string;
  /**
   * The text's width as it will be written, in pixels, where it could be measured; otherwise it is
   * estimated from the number of characters.
   */
  width?: number;
  /** Higher goes first: focused and hovered nodes, then the largest. */
  priority: number;
}

/** A circle labels keep clear of: every node drawn, the labelled ones included (each ignores its own). */
export interface LabelObstacle {
  id?: string;
  x: number;
  y: number;
  r: number;
}

export type LabelPlacement = 'inside' | 'below' | 'above' | 'right' | 'left';

/** A box relative to the node's centre, in the pixels of the placement. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Where a label is written: its placement, the point its text hangs from (the anchor, on the baseline)
 * relative to the node's centre, and the box it was given. Drawings add `dx`, `dy` to the node's position.
 */
export interface LabelSpot {
  placement: LabelPlacement;
  dx: number;
  dy: number;
  anchor: 'middle' | 'start' | 'end';
  box: LabelBox;
  /**
   * A label set off from its node, where the room next to the node is taken, is tied to it by a short line
   * from the circle's edge to the label (relative to the node's centre, like the rest).
   */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** Type a little smaller than the rest (a name that nearly fits inside its circle is made to fit). */
  scale?: number;
}

export interface PlaceOptions {
  /**
   * Labels of nodes at least this large (or of priority 1 and more) may be set off from their node with a
   * leader line when every spot next to it is taken: a hub in a dense part of the graph is still named.
   */
  leaderMinRadius?: number;
  /**
   * How many labels at most look for a spot set off from their node (the search tries ~100 spots each): a
   * bound on the time placement takes in a large graph, where it runs on every filter change.
   */
  maxLeaderSearches?: number;
  /** The drawing's area: a label is never put where part of it would be cut off at the edge. */
  bounds?: { x0: number; y0: number; x1: number; y1: number };
  /**
   * As a last resort, circles smaller than this may be covered (never larger ones). For a graph so dense
   * (hundreds of organizations in one panel) that hardly a spot is clear of every dot: its hubs, and as
   * zooming makes room its smaller agencies, are named over the dots around them rather than left unnamed.
   * 0 (the default): never.
   */
  coverDotsUnder?: number;
  /**
   * How much smaller than the others a name inside its circle may be written (INSIDE_MIN_SCALE by default).
   * Labels written larger than the circles grow (a classroom screen's) may shrink further inside a hub, down
   * to the ordinary size, rather than leave the hubs unnamed.
   */
  insideMinScale?: number;
}

/**
 * How much smaller than the others a name inside its circle may be written: a hub whose name nearly fits
 * is named inside it rather than left out in a crowded part of the graph.
 */
// (0.78 of 12 px: the hubs of the default graph, JAXA, CNES, DLR and CSA, fit their circles' chords at 0.8.)
export const INSIDE_MIN_SCALE = 0.78;

/**
 * The largest scale (1 or more: the full size fits) at which a text `width` wide, plus `margin`, fits inside
 * a circle of radius `r`: across the chord at the half-height of its letters (about 0.3 line heights at
 * full size), which shrinks with the text. Solves (w·s + m)² ≤ 4 (r² − (k·s)²) for s.
 */
function insideScale(r: number, width: number, margin: number, lineHeight: number): number {
  const k = 0.3 * lineHeight;
  const a = width * width + 4 * k * k;
  const b = 2 * width * margin;
  const c = margin * margin - 4 * r * r;
  const disc = b * b - 4 * a * c;
  return disc < 0 || a === 0 ? 0 : (-b + Math.sqrt(disc)) / (2 * a);
}

/** Between a label and its own circle: close enough that the two read as one. */
export const LABEL_GAP = 2;
/**
 * The least room between a label and any other circle, well over `LABEL_GAP`: a label is always clearly
 * nearer its own node than a neighbour's, so it cannot be read as the neighbour's name.
 */
export const LABEL_CLEARANCE = 6;
/** The halo around a label's text (a 3 px stroke: half of it on each side). */
const HALO = 3;
/** The least room between two labels. */
const LABEL_PADDING = 2;
/** Where the baseline sits in a line box, from its top (cap letters then sit in the middle of the box). */
const BASELINE = 0.78;
/** The positions tried around a circle, in order of preference: centred under or over it reads best. */
const AROUND: readonly Exclude<LabelPlacement, 'inside'>[] = ['below', 'above', 'right', 'left'];
/** Directions a label set off with a leader is tried in (under, over, right, left, then the diagonals). */
const LEADER_DIRECTIONS = [
  90, 270, 0, 180, 45, 315, 135, 225, 67.5, 112.5, 292.5, 247.5, 22.5, 337.5, 157.5, 202.5,
].map((deg) => ({
  x: Math.cos((deg * Math.PI) / 180),
  y: Math.sin((deg * Math.PI) / 180),
}));
/** How far from its circle's edge a label set off may go, in the placement's pixels: nearest first. */
const LEADER_LENGTHS = [10, 18, 28, 40, 55];
/** Further still for a label that must be shown (priority 2 and more), before it covers a circle. */
const LEADER_LENGTHS_FAR = [...LEADER_LENGTHS, 70, 90];

interface Point {
  x: number;
  y: number;
}

/**
 * The spot of a label set off from a circle of radius `r` in direction `u`, `length` from its edge: the
 * label's nearest corner or side touches the leader's end.
 */
function leaderSpot(u: Point, length: number, r: number, width: number, h: number): LabelSpot {
  const px = u.x * (r + length);
  const py = u.y * (r + length);
  const horizontal = u.x > 0.38 ? 'start' : u.x < -0.38 ? 'end' : 'middle';
  const x0 = horizontal === 'start' ? px : horizontal === 'end' ? px - width : px - width / 2;
  const y0 = u.y > 0.38 ? py : u.y < -0.38 ? py - h : py - h / 2;
  return {
    placement: Math.abs(u.y) > 0.38 ? (u.y > 0 ? 'below' : 'above') : u.x > 0 ? 'right' : 'left',
    dx: px,
    dy: y0 + BASELINE * h,
    anchor: horizontal,
    box: { x0, y0, x1: x0 + width, y1: y0 + h },
    leader: { x1: u.x * (r + 1), y1: u.y * (r + 1), x2: px, y2: py },
  };
}

/** The spot of a label in `placement` around a circle of radius `r`, for text `width` by `lineHeight`. */
export function labelSpot(
  placement: LabelPlacement,
  r: number,
  width: number,
  lineHeight: number,
): LabelSpot {
  const h = lineHeight;
  switch (placement) {
    case 'inside':
      return {
        placement,
        dx: 0,
        dy: 0.28 * h,
        anchor: 'middle',
        box: { x0: -r, y0: -r, x1: r, y1: r },
      };
    case 'below': {
      const top = r + LABEL_GAP;
      return {
        placement,
        dx: 0,
        dy: top + BASELINE * h,
        anchor: 'middle',
        box: { x0: -width / 2, y0: top, x1: width / 2, y1: top + h },
      };
    }
    case 'above': {
      const bottom = -(r + LABEL_GAP);
      return {
        placement,
        dx: 0,
        dy: bottom - (1 - BASELINE) * h,
        anchor: 'middle',
        box: { x0: -width / 2, y0: bottom - h, x1: width / 2, y1: bottom },
      };
    }
    case 'right': {
      // One pixel further than under or over: the round side of a circle leaves less room by eye.
      const left = r + LABEL_GAP + 1;
      return {
        placement,
        dx: left,
        dy: (BASELINE - 0.5) * h,
        anchor: 'start',
        box: { x0: left, y0: -h / 2, x1: left + width, y1: h / 2 },
      };
    }
    case 'left': {
      const right = -(r + LABEL_GAP + 1);
      return {
        placement,
        dx: right,
        dy: (BASELINE - 0.5) * h,
        anchor: 'end',
        box: { x0: right - width, y0: -h / 2, x1: right, y1: h / 2 },
      };
    }
  }
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box, pad: number) =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

/** Whether segment a–b passes through `box` (Liang–Barsky clipping). */
function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - box.x0],
    [dx, box.x1 - ax],
    [-dy, ay - box.y0],
    [dy, box.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Which side of line p–q point r lies on (-1, 0 or 1). */
const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
  Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));

/** Whether segments a–b and c–d cross. */
function segmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  return (
    side(ax, ay, bx, by, cx, cy) !== side(ax, ay, bx, by, dx, dy) &&
    side(cx, cy, dx, dy, ax, ay) !== side(cx, cy, dx, dy, bx, by)
  );
}

/** Whether segment a–b comes closer than `pad` to the circle's edge. */
function segmentNearCircle(ax: number, ay: number, bx: number, by: number, o: LabelObstacle, pad: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((o.x - ax) * dx + (o.y - ay) * dy) / (dx * dx + dy * dy || 1)));
  const ex = ax + t * dx - o.x;
  const ey = ay + t * dy - o.y;
  return ex * ex + ey * ey < (o.r + pad) * (o.r + pad);
}

/** Whether `box` comes closer than `pad` to the circle's edge. */
function nearCircle(box: Box, o: LabelObstacle, pad: number): boolean {
  const dx = Math.max(box.x0 - o.x, 0, o.x - box.x1);
  const dy = Math.max(box.y0 - o.y, 0, o.y - box.y1);
  const reach = o.r + pad;
  return dx * dx + dy * dy < reach * reach;
}

/**
 * A uniform grid of buckets: what is near a box is looked up in the few cells it covers, not in every
 * circle and label (a large graph has hundreds of each, and placement runs on every filter change).
 */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}
  add(b: Box, item: T) {
    const s = this.size;
    for (let i = Math.floor(b.x0 / s), i1 = Math.floor(b.x1 / s); i <= i1; i++)
      for (let j = Math.floor(b.y0 / s), j1 = Math.floor(b.y1 / s); j <= j1; j++) {
        const k = cellKey(i, j);
        const cell = this.cells.get(k);
        if (cell) cell.push(item);
        else this.cells.set(k, [item]);
      }
  }
  /** Whether `test` holds for an item in a cell that `b` covers. */
  some(b: Box, test: (item: T) => boolean): boolean {
    const s = this.size;
    for (let i = Math.floor(b.x0 / s), i1 = Math.floor(b.x1 / s); i <= i1; i++)
      for (let j = Math.floor(b.y0 / s), j1 = Math.floor(b.y1 / s); j <= j1; j++) {
        const cell = this.cells.get(cellKey(i, j));
        if (cell) for (let n = 0; n < cell.length; n++) if (test(cell[n] as T)) return true;
      }
    return false;
  }
}

// Cells indexed from -2^15 on each axis: far more than any drawing needs.
const cellKey = (i: number, j: number) => (i + 32768) * 65536 + (j + 32768);

/** What a placed label takes: its box, and the line tying it to its node if it is set off. */
type Taken = { box: Box; leader: readonly [number, number, number, number] | null };

/**
 * Greedy label placement. In priority order (then largest first), each label tries under its node, over
 * it, to its right and to its left, and takes the first spot that overlaps no label already placed and
 * keeps `LABEL_CLEARANCE` from every other node's circle. With none free, a large node's label (see
 * `leaderMinRadius`) is set off a little further, tied to its node by a leader line that crosses no circle
 * and no label. Failing that, where `coverDotsUnder` allows it, a spot next to the node that covers only
 * small dots. Otherwise the label is left out (the graph stays legible instead of piling text up), except
 * one of priority 2 or more (picked, hovered, focused…), which then takes the spot next to its node free of
 * other labels that covers least of the circles. A circle wide enough (or nearly) holds its own label.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly LabelObstacle[],
  charWidth = 7,
  lineHeight = 14,
  options: PlaceOptions = {},
): Map<string, LabelSpot> {
  const leaderMinRadius = options.leaderMinRadius ?? 9;
  const insideMinScale = options.insideMinScale ?? INSIDE_MIN_SCALE;
  const bounds = options.bounds;
  let leaderSearches = options.maxLeaderSearches ?? 40;
  const shown = new Map<string, LabelSpot>();
  const cell = Math.max(32, lineHeight * 3);
  const circles = new Grid<LabelObstacle>(cell);
  for (const o of obstacles) circles.add({ x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r }, o);
  const placed = new Grid<Taken>(cell);
  /** Whether a box overlaps a label (or a leader line) already placed. */
  const taken = (box: Box) =>
    placed.some(grow(box, LABEL_PADDING), (p) =>
      p.leader
        ? overlaps(p.box, box, LABEL_PADDING) ||
          segmentHitsBox(p.leader[0], p.leader[1], p.leader[2], p.leader[3], grow(box, LABEL_PADDING))
        : overlaps(p.box, box, LABEL_PADDING),
    );
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || b.r - a.r);
  for (const c of sorted) {
    // Out of the drawing, a node is not seen: neither is its label.
    if (
      bounds &&
      (c.x + c.r < bounds.x0 || c.y + c.r < bounds.y0 || c.x - c.r > bounds.x1 || c.y - c.r > bounds.y1)
    )
      continue;
    // The box: the text and its halo (an estimate per character allows for both).
    const width = c.width !== undefined ? c.width + HALO : c.text.length * charWidth;
    // A circle wide enough holds its own label, which then blocks nothing its circle does not; one that
    // nearly does holds it in slightly smaller type. The text must fit the circle's chord at the height of
    // its letters, not its diameter: at the diameter, the first and last letters' tops and feet reach past
    // the edge, where white type on the white page is lost ("JAXA" read "AXA"). A measured width is the
    // text's advance, whose side bearings about make up for the thin halo of a name inside; estimated, a
    // name keeps a margin for the error.
    const inside =
      c.width !== undefined
        ? insideScale(c.r, c.width, 0, lineHeight)
        : insideScale(c.r, c.text.length * charWidth * 0.82, 4, lineHeight);
    if (inside >= insideMinScale) {
      const spot = labelSpot('inside', c.r, width, lineHeight * Math.min(1, inside));
      shown.set(c.id, inside >= 1 ? spot : { ...spot, scale: inside });
      continue;
    }
    const own = (o: LabelObstacle) => (o.id !== undefined ? o.id === c.id : o.x === c.x && o.y === c.y);
    const boxOf = (spot: LabelSpot): Box => ({
      x0: c.x + spot.box.x0,
      y0: c.y + spot.box.y0,
      x1: c.x + spot.box.x1,
      y1: c.y + spot.box.y1,
    });
    const inBounds = (box: Box) =>
      !bounds || (box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1);
    const clear = (box: Box) =>
      !circles.some(grow(box, LABEL_CLEARANCE), (o) => !own(o) && nearCircle(box, o, LABEL_CLEARANCE));
    // The spot that covers least (by radius) of the circles, for a label that must be shown.
    let fallback: { spot: LabelSpot; box: Box; cost: number } | null = null;
    let chosen: { spot: LabelSpot; box: Box } | null = null;
    for (const placement of AROUND) {
      const spot = labelSpot(placement, c.r, width, lineHeight);
      const box = boxOf(spot);
      if (taken(box)) continue;
      if (inBounds(box) && clear(box)) {
        chosen = { spot, box };
        break;
      }
      if (c.priority >= 2) {
        // Cut off at the drawing's edge is worse than covering any circle.
        let cost = inBounds(box) ? 0 : 1e6;
        const covered = new Set<LabelObstacle>();
        circles.some(box, (o) => {
          if (!own(o) && !covered.has(o) && nearCircle(box, o, 0)) {
            covered.add(o);
            cost += o.r;
          }
          return false;
        });
        if (!fallback || cost < fallback.cost) fallback = { spot, box, cost };
      }
    }
    if (!chosen && (c.r >= leaderMinRadius || c.priority >= 1) && leaderSearches-- > 0) {
      // Directions whose leader already crosses a circle: a longer one that way would too.
      let blocked = 0;
      search: for (const length of c.priority >= 2 ? LEADER_LENGTHS_FAR : LEADER_LENGTHS) {
        for (let d = 0; d < LEADER_DIRECTIONS.length; d++) {
          if (blocked & (1 << d)) continue;
          const spot = leaderSpot(LEADER_DIRECTIONS[d] as Point, length, c.r, width, lineHeight);
          const line = spot.leader;
          if (!line) continue;
          const [ax, ay, bx, by] = [c.x + line.x1, c.y + line.y1, c.x + line.x2, c.y + line.y2];
          const span = {
            x0: Math.min(ax, bx),
            y0: Math.min(ay, by),
            x1: Math.max(ax, bx),
            y1: Math.max(ay, by),
          };
          // The line crosses no other circle and no label: it must read as this node's and no other's.
          if (circles.some(grow(span, 2), (o) => !own(o) && segmentNearCircle(ax, ay, bx, by, o, 1.5))) {
            blocked |= 1 << d;
            continue;
          }
          const box = boxOf(spot);
          if (!inBounds(box) || !clear(box) || taken(box)) continue;
          const crosses = (p: Taken) =>
            segmentHitsBox(ax, ay, bx, by, grow(p.box, 1)) ||
            (p.leader !== null && segmentsCross(ax, ay, bx, by, ...p.leader));
          if (placed.some(grow(span, 2), crosses)) continue;
          chosen = { spot, box };
          break search;
        }
      }
    }
    const dots = options.coverDotsUnder ?? 0;
    if (!chosen && dots > 0) {
      const clearOfLarger = (box: Box) =>
        !circles.some(
          grow(box, LABEL_CLEARANCE),
          (o) => o.r >= dots && !own(o) && nearCircle(box, o, LABEL_CLEARANCE),
        );
      for (const placement of AROUND) {
        const spot = labelSpot(placement, c.r, width, lineHeight);
        const box = boxOf(spot);
        if (!taken(box) && inBounds(box) && clearOfLarger(box)) {
          chosen = { spot, box };
          break;
        }
      }
    }
    if (!chosen && c.priority >= 2) chosen = fallback;
    if (!chosen) continue;
    const line = chosen.spot.leader;
    const leader = line ? ([c.x + line.x1, c.y + line.y1, c.x + line.x2, c.y + line.y2] as const) : null;
    const item = { box: chosen.box, leader };
    placed.add(
      leader
        ? {
            x0: Math.min(chosen.box.x0, leader[0]),
            y0: Math.min(chosen.box.y0, leader[1]),
            x1: Math.max(chosen.box.x1, leader[0]),
            y1: Math.max(chosen.box.y1, leader[1]),
          }
        : chosen.box,
      item,
    );
    shown.set(c.id, chosen.spot);
  }
  return shown;
}
