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
  labels: ReadonlyMap<string, LabelPlacement>;
  /** Nodes smaller than this get a label only when focused or highlighted. */
  labelMinRadius: number;
}

interface SvgText {
  /** The accessible name of the drawing and of each node, in the interface language. */
  drawingLabel: string;
  nodeLabel(node: GraphNode): string;
}

const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {
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
  onHoverLink(link: GraphLink | null): void;
  onClickLink(link: GraphLink): void;
}

type ContentProps = GraphDrawProps & Handlers;

/**
 * Draws a graph of moderate size as SVG: every node is a focusable button, every link clickable.
 *
 * Zooming never re-renders the drawing. The SVG group carries the transform as of the last finished gesture;
 * during a gesture the difference is a CSS transform on the layer around the SVG, which the compositor
 * applies to the picture it already has (no layout, no repaint of a thousand elements per wheel step). When
 * the gesture ends, the group takes the new transform and the picture is drawn sharp at that scale.
 */
export function GraphSvg(props: ContentProps & SvgText & { zoom: ZoomStore }) {
  const { zoom, drawingLabel, nodeLabel, ...content } = props;
  return (
    <GestureLayer zoom={zoom}>
      <svg className="graph" role="group" aria-label={drawingLabel}>
        <SettledGroup zoom={zoom}>
          <GraphSvgContent {...content} nodeLabel={nodeLabel} />
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
  props: ContentProps & { nodeLabel(node: GraphNode): string },
) {
  const { nodes, links, screen, radius, width, color, highlight, focused, compare, labels, labelMinRadius } =
    props;
  return (
    <>
      <g className="links">
        {links.map((l) => {
          const a = screen.get(l.source);
          const b = screen.get(l.target);
          if (!a || !b) return null;
          const dim = highlight && !(highlight.has(l.source) && highlight.has(l.target));
          const isCompared = compare !== null && compare.includes(l.source) && compare.includes(l.target);
          return (
            <g
              key={l.id}
              className={`link${dim ? ' dim' : ''}${isCompared ? ' compared' : ''}`}
              data-pair={l.id}
              onClick={() => props.onClickLink(l)}
              onPointerEnter={() => props.onHoverLink(l)}
              onPointerLeave={() => props.onHoverLink(null)}
            >
              <line
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                strokeWidth={width(l.weight)}
                vectorEffect="non-scaling-stroke"
              />
              <line
                className="link-hit"
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                strokeWidth={Math.max(10, width(l.weight))}
              />
            </g>
          );
        })}
      </g>
      <g className="nodes">
        {nodes.map((n) => {
          const p = screen.get(n.id);
          if (!p) return null;
          const dim = highlight !== null && !highlight.has(n.id);
          const isFocused = n.id === focused;
          return (
            <g
              key={n.id}
              transform={`translate(${p.x},${p.y})`}
              className={`node${dim ? ' dim' : ''}${isFocused ? ' focused' : ''}`}
              role="button"
              tabIndex={0}
              aria-pressed={isFocused}
              aria-label={props.nodeLabel(n)}
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
              onFocus={() => props.onHoverNode(n)}
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
          if (nr < labelMinRadius && n.id !== focused && !inHighlight) return null;
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
