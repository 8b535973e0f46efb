import { memo, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import type { Point } from '../../domain/forceLayout';
import type { LabelSpot } from '../../domain/labels';
import type { GraphLink, GraphNode } from '../../domain/partnerships';
import { comparedSegment, linkState, ringed, type LinkState } from './graphMarks';
import { useLiveZoom, useSettledZoom, type ZoomStore } from './zoomStore';

export interface GraphDrawProps {
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  /** Screen positions (zoom applied), in CSS pixels from the drawing's top-left corner. */
  screen: ReadonlyMap<string, Point>;
  radius(missions: number): number;
  width(weight: number): number;
  color(node: GraphNode): string;
  highlight: ReadonlySet<string> | null;
  /**
   * The organizations singled out (the selected mission's): ringed in the accent colour, and the links
   * among them drawn strong. Null when nothing is.
   */
  emphasis: ReadonlySet<string> | null;
  focused: string | null;
  compare: readonly [string, string] | null;
  /** The labels shown (every other node is unnamed) and where each sits: decided by the label placement. */
  labels: ReadonlyMap<string, LabelSpot>;
  /**
   * Drawing units per screen pixel (1 ÷ the settled zoom's scale), for the SVG drawing: its group is scaled
   * by the zoom, and the labels, placed in screen pixels, are drawn at their own size whatever the zoom.
   */
  labelUnit?: number;
}

interface SvgNodes {
  /**
   * Every organization of the whole graph. Each has its element, hidden while the filters leave it out:
   * a filter change then shows and hides circles instead of creating and removing dozens of them.
   */
  all: readonly GraphNode[];
  /**
   * The one agency that Tab reaches (the arrow keys move between agencies from there): the graph is a single
   * stop in the page's tab order, not a hundred.
   */
  tabStop: string | null;
}

interface SvgText {
  /** The accessible name of the drawing and of each node, in the interface language. */
  drawingLabel: string;
  /** The id of the text that says what the drawing highlights, if it highlights something. */
  describedBy?: string;
  nodeLabel(node: GraphNode): string;
}

/** The arrow keys, as directions to move between agencies (in the SVG graph and the canvas graph's list). */
export const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

interface Handlers {
  onNodePointerDown(e: ReactPointerEvent, node: GraphNode): void;
  onNodePointerMove(e: ReactPointerEvent): void;
  onNodePointerUp(e: ReactPointerEvent, node: GraphNode): void;
  onNodeKey(node: GraphNode): void;
  onNodeArrow(node: GraphNode, direction: 'left' | 'right' | 'up' | 'down'): void;
  onHoverNode(node: GraphNode | null): void;
  onNodeFocus(node: GraphNode): void;
}

type ContentProps = GraphDrawProps & Handlers;

/**
 * Draws a graph of moderate size as SVG: every node is a focusable button. Links are drawn as a handful of
 * paths, one per stroke style, rather than an element each (a thousand elements to create, restyle and
 * repaint on every filter change); the parent finds the link under the pointer with its hit tester.
 *
 * Zooming never re-renders the drawing. The SVG group carries the transform as of the last finished gesture;
 * during a gesture the difference is a CSS transform on the layer around the SVG, which the compositor
 * applies to the picture it already has (no layout, no repaint of a thousand elements per wheel step). When
 * the gesture ends, the group takes the new transform and the picture is drawn sharp at that scale.
 */
export function GraphSvg(
  props: ContentProps & SvgText & SvgNodes & { zoom: ZoomStore; hoveredLink: GraphLink | null },
) {
  const { zoom, drawingLabel, describedBy, nodeLabel, hoveredLink, ...content } = props;
  return (
    <GestureLayer zoom={zoom}>
      <svg className="graph" role="group" aria-label={drawingLabel} aria-describedby={describedBy}>
        <SettledGroup zoom={zoom}>
          <GraphSvgContent {...content} nodeLabel={nodeLabel} />
          {hoveredLink && <HoveredLink link={hoveredLink} screen={content.screen} />}
        </SettledGroup>
      </svg>
    </GestureLayer>
  );
}

/** Re-renders per zoom step, but only its own style: its children are the same element, so React skips them. */
function GestureLayer({ zoom, children }: { zoom: ZoomStore; children: ReactNode }) {
  const live = useLiveZoom(zoom);
  const settled = useSettledZoom(zoom);
  const moving = live !== settled;
  const r = live.k / settled.k;
  const style = moving
    ? { transform: `translate(${live.x - r * settled.x}px, ${live.y - r * settled.y}px) scale(${r})` }
    : undefined;
  return (
    <div className={`zoom-layer${moving ? ' moving' : ''}`} style={style}>
      {children}
    </div>
  );
}

function SettledGroup({ zoom, children }: { zoom: ZoomStore; children: ReactNode }) {
  const t = useSettledZoom(zoom);
  return <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>{children}</g>;
}

const GraphSvgContent = memo(function GraphSvgContent(
  props: ContentProps & SvgNodes & { nodeLabel(node: GraphNode): string },
) {
  const { all, nodes, links, screen, radius, width, color, highlight, emphasis, focused, compare, labels } =
    props;
  const unit = props.labelUnit ?? 1;
  const shown = new Map(nodes.map((n) => [n.id, n]));
  const pair = comparedSegment(props, IDENTITY_ZOOM);
  return (
    <>
      <LinkPaths links={links} screen={screen} width={width} highlight={highlight} emphasis={emphasis} />
      <g className="nodes">
        {all.map((whole) => {
          const p = screen.get(whole.id);
          if (!p) return null;
          // Left out by the filters, an organization keeps its element, hidden (not seen, focused or read).
          const hidden = !shown.has(whole.id);
          const n = shown.get(whole.id) ?? whole;
          const dim = highlight !== null && !highlight.has(n.id);
          const isFocused = n.id === focused;
          const ring = ringed(n.id, emphasis, compare);
          return (
            <g
              key={n.id}
              // Hidden, not undisplayed: a hidden element keeps its layout, so showing it again costs a repaint.
              visibility={hidden ? 'hidden' : undefined}
              transform={`translate(${p.x},${p.y})`}
              className={`node${dim ? ' dim' : ''}${isFocused ? ' focused' : ''}${ring ? ' ring' : ''}`}
              role="button"
              tabIndex={!hidden && n.id === props.tabStop ? 0 : -1}
              aria-pressed={isFocused}
              aria-label={hidden ? n.name : props.nodeLabel(n)}
              data-id={n.id}
              onKeyDown={(e) => {
                const arrow = ARROWS[e.key];
                if (arrow) {
                  e.preventDefault();
                  props.onNodeArrow(n, arrow);
                } else if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  props.onNodeKey(n);
                }
              }}
              onPointerDown={(e) => props.onNodePointerDown(e, n)}
              onPointerMove={props.onNodePointerMove}
              onPointerUp={(e) => props.onNodePointerUp(e, n)}
              onPointerEnter={() => props.onHoverNode(n)}
              onPointerLeave={() => props.onHoverNode(null)}
              onFocus={() => {
                props.onNodeFocus(n);
                props.onHoverNode(n);
              }}
              onBlur={() => props.onHoverNode(null)}
            >
              <circle r={radius(n.missionCount)} fill={color(n)} />
            </g>
          );
        })}
      </g>
      {/* The compared pair's line, from circle to circle over everything between: seen however dense. */}
      {pair && (
        <g className="compared-pair" aria-hidden="true">
          <path className="link compared-casing" d={pair.d} vectorEffect="non-scaling-stroke" />
          <path className="link compared" d={pair.d} vectorEffect="non-scaling-stroke" />
        </g>
      )}
      {/* Labels sit in their own layer above every circle, so a neighbour never covers one. */}
      <g className="labels" aria-hidden="true">
        <LeaderPaths nodes={nodes} screen={screen} labels={labels} highlight={highlight} unit={unit} />
        {nodes.map((n) => {
          const p = screen.get(n.id);
          const placement = labels.get(n.id);
          if (!p || placement === undefined) return null;
          const inHighlight = highlight?.has(n.id) ?? false;
          const dim = highlight !== null && !inHighlight;
          const inside = placement.placement === 'inside';
          const x = p.x + placement.dx * unit;
          const y = p.y + placement.dy * unit;
          const s = (placement.scale ?? 1) * unit;
          return (
            <text
              key={n.id}
              x={x}
              y={y}
              // Smaller type, about its own anchor (the class sets the size, larger when presenting).
              transform={
                s !== 1 ? `translate(${x} ${y}) scale(${s.toFixed(4)}) translate(${-x} ${-y})` : undefined
              }
              textAnchor={placement.anchor}
              className={`node-label${inside ? ' inside' : ''}${dim ? ' dim' : ''}`}
            >
              {n.name}
            </text>
          );
        })}
      </g>
    </>
  );
});

/** The lines tying labels set off from their node to it: one path for those in view, one for the faded. */
function LeaderPaths({
  nodes,
  screen,
  labels,
  highlight,
  unit,
}: Pick<GraphDrawProps, 'nodes' | 'screen' | 'labels' | 'highlight'> & { unit: number }) {
  const d = { plain: '', dim: '' };
  for (const n of nodes) {
    const line = labels.get(n.id)?.leader;
    const p = screen.get(n.id);
    if (!line || !p) continue;
    const key = highlight !== null && !highlight.has(n.id) ? 'dim' : 'plain';
    d[key] +=
      `M${(p.x + line.x1 * unit).toFixed(1)} ${(p.y + line.y1 * unit).toFixed(1)}` +
      `L${(p.x + line.x2 * unit).toFixed(1)} ${(p.y + line.y2 * unit).toFixed(1)}`;
  }
  return (
    <>
      {d.plain && <path className="label-leader" d={d.plain} vectorEffect="non-scaling-stroke" />}
      {d.dim && <path className="label-leader dim" d={d.dim} vectorEffect="non-scaling-stroke" />}
    </>
  );
}

interface LinkPathsProps {
  links: readonly GraphLink[];
  screen: ReadonlyMap<string, Point>;
  width(weight: number): number;
  highlight: ReadonlySet<string> | null;
  emphasis: ReadonlySet<string> | null;
}

/** All links as one path per (width, dimmed or strong) style; the compared pair is drawn over the nodes. */
function LinkPaths({ links, screen, width, highlight, emphasis }: LinkPathsProps) {
  const buckets = new Map<string, Bucket>();
  for (const l of links) {
    const a = screen.get(l.source);
    const b = screen.get(l.target);
    if (!a || !b) continue;
    const segment = `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
    const state = linkState(l, highlight, emphasis);
    const w = Math.round(width(l.weight) * 2) / 2;
    const key = `${w}|${state}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { w, state, d: [] }));
    bucket.d.push(segment);
  }
  return (
    <g className="links" aria-hidden="true">
      {[...buckets.entries()].sort(byLayer).map(([key, { w, state, d }]) => (
        <path
          key={key}
          className={`link${state === 'plain' ? '' : ` ${state}`}`}
          d={d.join('')}
          strokeWidth={w}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
}

const IDENTITY_ZOOM = { x: 0, y: 0, k: 1 };
interface Bucket {
  w: number;
  state: LinkState;
  d: string[];
}
const LAYER: Record<LinkState, number> = { dim: 0, plain: 1, strong: 2 };
/** Faded links first, strong ones last: a strong link is never painted over. */
const byLayer = (a: [string, Bucket], b: [string, Bucket]) => LAYER[a[1].state] - LAYER[b[1].state];

function HoveredLink({ link, screen }: { link: GraphLink; screen: ReadonlyMap<string, Point> }) {
  const a = screen.get(link.source);
  const b = screen.get(link.target);
  if (!a || !b) return null;
  return (
    <path
      className="link hovered"
      d={`M${a.x} ${a.y}L${b.x} ${b.y}`}
      vectorEffect="non-scaling-stroke"
      aria-hidden="true"
    />
  );
}
