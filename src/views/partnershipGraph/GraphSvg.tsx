import { memo, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import type { Point } from '../../domain/forceLayout';
import type { LabelPlacement } from '../../domain/labels';
import type { GraphLink, GraphNode } from '../../domain/partnerships';
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
  focused: string | null;
  compare: readonly [string, string] | null;
  /** The labels shown (every other node is unnamed) and where each sits: decided by the label placement. */
  labels: ReadonlyMap<string, LabelPlacement>;
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
  const { zoom, drawingLabel, nodeLabel, hoveredLink, ...content } = props;
  return (
    <GestureLayer zoom={zoom}>
      <svg className="graph" role="group" aria-label={drawingLabel}>
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
  const { all, nodes, links, screen, radius, width, color, highlight, focused, compare, labels } = props;
  const shown = new Map(nodes.map((n) => [n.id, n]));
  return (
    <>
      <LinkPaths links={links} screen={screen} width={width} highlight={highlight} compare={compare} />
      <g className="nodes">
        {all.map((whole) => {
          const p = screen.get(whole.id);
          if (!p) return null;
          // Left out by the filters, an organization keeps its element, hidden (not seen, focused or read).
          const hidden = !shown.has(whole.id);
          const n = shown.get(whole.id) ?? whole;
          const dim = highlight !== null && !highlight.has(n.id);
          const isFocused = n.id === focused;
          return (
            <g
              key={n.id}
              // Hidden, not undisplayed: a hidden element keeps its layout, so showing it again costs a repaint.
              visibility={hidden ? 'hidden' : undefined}
              transform={`translate(${p.x},${p.y})`}
              className={`node${dim ? ' dim' : ''}${isFocused ? ' focused' : ''}`}
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
      {/* Labels sit in their own layer above every circle, so a neighbour never covers one. */}
      <g className="labels" aria-hidden="true">
        {nodes.map((n) => {
          const p = screen.get(n.id);
          const placement = labels.get(n.id);
          if (!p || placement === undefined) return null;
          const nr = radius(n.missionCount);
          const inHighlight = highlight?.has(n.id) ?? false;
          const dim = highlight !== null && !inHighlight;
          return (
            <text
              key={n.id}
              x={p.x}
              y={placement === 'inside' ? p.y + 4 : p.y + nr + 13}
              textAnchor="middle"
              className={`node-label${placement === 'inside' ? ' inside' : ''}${dim ? ' dim' : ''}`}
            >
              {n.name}
            </text>
          );
        })}
      </g>
    </>
  );
});

interface LinkPathsProps {
  links: readonly GraphLink[];
  screen: ReadonlyMap<string, Point>;
  width(weight: number): number;
  highlight: ReadonlySet<string> | null;
  compare: readonly [string, string] | null;
}

/** All links as one path per (width, dimmed) style, plus the compared pair on top. */
function LinkPaths({ links, screen, width, highlight, compare }: LinkPathsProps) {
  const buckets = new Map<string, { w: number; dim: boolean; d: string[] }>();
  let compared = '';
  for (const l of links) {
    const a = screen.get(l.source);
    const b = screen.get(l.target);
    if (!a || !b) continue;
    const segment = `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
    if (compare !== null && compare.includes(l.source) && compare.includes(l.target)) compared = segment;
    const dim = highlight !== null && !(highlight.has(l.source) && highlight.has(l.target));
    const w = Math.round(width(l.weight) * 2) / 2;
    const key = `${w}|${dim}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { w, dim, d: [] }));
    bucket.d.push(segment);
  }
  return (
    <g className="links" aria-hidden="true">
      {[...buckets.entries()].map(([key, { w, dim, d }]) => (
        <path
          key={key}
          className={`link${dim ? ' dim' : ''}`}
          d={d.join('')}
          strokeWidth={w}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {compared && <path className="link compared" d={compared} vectorEffect="non-scaling-stroke" />}
    </g>
  );
}

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
