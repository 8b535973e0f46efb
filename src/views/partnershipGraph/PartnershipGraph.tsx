import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { createForceLayout, type Point } from '../../domain/forceLayout';
import { placeLabels } from '../../domain/labels';
import { neighbourhood, type GraphLink, type GraphNode } from '../../domain/partnerships';
import type { ColorMode } from '../../domain/urlState';
import { selectOrgById, selectPartnershipGraph } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { GraphLegend } from './GraphLegend';
import { kindColor, linkWidthScale, nodeRadiusScale, regionColor } from './scales';
import { useElementSize } from './useElementSize';

const FALLBACK_SIZE = { width: 640, height: 440 };
/** Nodes at least this large may carry a label; smaller ones get one in a focused neighbourhood. */
const LABEL_MIN_RADIUS = 9;
const IDENTITY = { k: 1, x: 0, y: 0 };

const colorOf = (n: GraphNode, mode: ColorMode) =>
  mode === 'kind' ? kindColor(n.kind) : regionColor(n.region);

export function PartnershipGraph() {
  const graph = useAppStore(selectPartnershipGraph);
  const focused = useAppStore((s) => s.agency);
  const colorMode = useAppStore((s) => s.color);
  const compare = useAppStore((s) => s.compare);
  const orgById = useAppStore(selectOrgById);
  const { focusAgency, setCompare, setColor } = appStore.getState();
  const [hovered, setHovered] = useState<GraphNode | null>(null);
  const [hoveredLink, setHoveredLink] = useState<GraphLink | null>(null);

  const radius = useMemo(() => nodeRadiusScale(graph.nodes[0]?.missionCount ?? 1), [graph]);
  const width = useMemo(
    () => linkWidthScale(graph.links.reduce((m, l) => Math.max(m, l.weight), 1)),
    [graph],
  );

  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const measured = useElementSize(svg);
  // Until the browser has measured the drawing (or where it cannot, as in tests), lay out for a typical size.
  const size = measured.width > 0 && measured.height > 0 ? measured : FALLBACK_SIZE;

  // The layout controller lives as long as the view and keeps node positions between graphs. It runs when
  // the graph data, the drawing size or an explicit re-layout changes, never merely because of a render.
  const [layout, setLayout] = useState(createForceLayout);
  useEffect(() => () => layout.destroy(), [layout]);
  const positions = useMemo<ReadonlyMap<string, Point>>(() => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    return layout.update(graph, (id) => radius(byId.get(id)?.missionCount ?? 1), size);
  }, [layout, graph, radius, size]);
  const [dragged, setDragged] = useState<ReadonlyMap<string, Point>>(new Map());

  // d3-zoom supplies the pan and zoom gestures (wheel, drag on the background, pinch); React draws.
  const [transform, setTransform] = useState(IDENTITY);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    if (!svg) return;
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.4, 8])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        // Nodes are dragged and links clicked: only the background pans.
        const target = event.target as Element | null;
        if (target?.closest('.node, .link')) return false;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: { k: number; x: number; y: number } }) => {
        const { k, x, y } = event.transform;
        setTransform({ k, x, y });
      });
    select(svg).call(behavior);
    zoomRef.current = behavior;
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [svg]);
  const zoomBy = (factor: number) => {
    if (svg && zoomRef.current) zoomRef.current.scaleBy(select(svg), factor);
  };
  const resetZoom = () => {
    if (svg && zoomRef.current) zoomRef.current.transform(select(svg), zoomIdentity);
  };
  // A fresh controller forgets every position and pin; the old one is destroyed by the effect above.
  const rerunLayout = () => {
    setLayout(createForceLayout());
    setDragged(new Map());
    resetZoom();
  };

  // Layout coordinates are centred on 0,0; the screen adds the drawing's centre and the zoom transform.
  const toScreen = (p: Point): Point => ({
    x: transform.x + transform.k * (p.x + size.width / 2),
    y: transform.y + transform.k * (p.y + size.height / 2),
  });
  const screen = new Map<string, Point>();
  for (const [id, p] of positions) screen.set(id, toScreen(dragged.get(id) ?? p));

  const highlight = useMemo(() => {
    const centre = hovered?.id ?? focused;
    return centre && graph.nodes.some((n) => n.id === centre) ? neighbourhood(graph, centre) : null;
  }, [graph, hovered, focused]);

  const labelled = placeLabels(
    graph.nodes.flatMap((n) => {
      const p = screen.get(n.id);
      if (!p) return [];
      const priority = n.id === focused || n.id === hovered?.id ? 3 : (highlight?.has(n.id) ?? false) ? 1 : 0;
      return [{ id: n.id, x: p.x, y: p.y, r: radius(n.missionCount), text: n.name, priority }];
    }),
    // Only big circles block labels: text over a small dot still reads, text over a hub does not.
    graph.nodes.flatMap((n) => {
      const p = screen.get(n.id);
      const r = radius(n.missionCount);
      return p && r >= 12 ? [{ ...p, r }] : [];
    }),
  );

  // Dragging a node: pointer events on the node (React), positions converted back to layout coordinates.
  const drag = useRef<{ id: string; moved: boolean } | null>(null);
  const toLayout = (e: ReactPointerEvent): Point => {
    const rect = svg?.getBoundingClientRect() ?? { left: 0, top: 0 };
    return {
      x: (e.clientX - rect.left - transform.x) / transform.k - size.width / 2,
      y: (e.clientY - rect.top - transform.y) / transform.k - size.height / 2,
    };
  };
  const onNodePointerDown = (e: ReactPointerEvent, id: string) => {
    if (e.button !== 0) return;
    drag.current = { id, moved: false };
    const el = e.currentTarget as Element;
    // Keeps receiving moves when the pointer outruns the node; absent in some test environments.
    if (typeof el.setPointerCapture === 'function') el.setPointerCapture(e.pointerId);
  };
  const onNodePointerMove = (e: ReactPointerEvent) => {
    if (!drag.current) return;
    drag.current.moved = true;
    const p = toLayout(e);
    const id = drag.current.id;
    setDragged((d) => new Map(d).set(id, p));
  };
  const onNodePointerUp = (e: ReactPointerEvent, n: GraphNode) => {
    const state = drag.current;
    drag.current = null;
    if (!state) return;
    if (state.moved) layout.pin(n.id, toLayout(e));
    else focusAgency(n.id === focused ? null : n.id);
  };

  const name = (id: string) => orgById.get(id)?.name ?? id;

  return (
    <section className="panel graph-panel" aria-labelledby="graph-title">
      <div className="panel-head">
        <h2 id="graph-title" className="panel-title">
          Partnership graph
        </h2>
        <p className="muted">
          {graph.nodes.length} organizations · {graph.links.length} partnerships
        </p>
        <div className="toolbar" role="toolbar" aria-label="Graph controls">
          <button type="button" className="button small" onClick={() => zoomBy(1.4)} aria-label="Zoom in">
            +
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => zoomBy(1 / 1.4)}
            aria-label="Zoom out"
          >
            −
          </button>
          <button type="button" className="button small" onClick={resetZoom}>
            Fit
          </button>
          <button type="button" className="button small" onClick={rerunLayout}>
            Re-run layout
          </button>
        </div>
      </div>
      {graph.nodes.length === 0 ? (
        <p className="empty">No partnerships match these filters.</p>
      ) : (
        <div className="graph-wrap">
          <svg ref={setSvg} className="graph" role="group" aria-label="Agencies and their shared missions">
            <g className="links">
              {graph.links.map((l) => {
                const a = screen.get(l.source);
                const b = screen.get(l.target);
                if (!a || !b) return null;
                const dim = highlight && !(highlight.has(l.source) && highlight.has(l.target));
                const isCompared =
                  compare !== null && compare.includes(l.source) && compare.includes(l.target);
                return (
                  <g
                    key={l.id}
                    className={`link${dim ? ' dim' : ''}${isCompared ? ' compared' : ''}`}
                    data-pair={l.id}
                    onClick={() => setCompare([l.source, l.target])}
                    onPointerEnter={() => setHoveredLink(l)}
                    onPointerLeave={() => setHoveredLink(null)}
                  >
                    <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={width(l.weight)} />
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
              {graph.nodes.map((n) => {
                const p = screen.get(n.id);
                if (!p) return null;
                const nr = radius(n.missionCount);
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
                    aria-label={`${n.name}: ${n.missionCount} missions, ${n.partnerCount} partners`}
                    data-id={n.id}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        focusAgency(isFocused ? null : n.id);
                      }
                    }}
                    onPointerDown={(e) => onNodePointerDown(e, n.id)}
                    onPointerMove={onNodePointerMove}
                    onPointerUp={(e) => onNodePointerUp(e, n)}
                    onPointerEnter={() => setHovered(n)}
                    onPointerLeave={() => setHovered(null)}
                    onFocus={() => setHovered(n)}
                    onBlur={() => setHovered(null)}
                  >
                    <circle r={nr} fill={colorOf(n, colorMode)} />
                  </g>
                );
              })}
            </g>
            {/* Labels sit in their own layer above every circle, so a neighbour never covers one. */}
            <g className="labels" aria-hidden="true">
              {graph.nodes.map((n) => {
                const p = screen.get(n.id);
                const placement = labelled.get(n.id);
                if (!p || placement === undefined) return null;
                const nr = radius(n.missionCount);
                const inHighlight = highlight?.has(n.id) ?? false;
                if (nr < LABEL_MIN_RADIUS && n.id !== focused && !inHighlight) return null;
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
          </svg>
          {(hovered || hoveredLink) && (
            <div className="tooltip" role="tooltip">
              {hovered ? (
                <>
                  <strong>{hovered.name}</strong>
                  <span>{hovered.fullName}</span>
                  <span>
                    {hovered.missionCount} missions · {hovered.partnerCount} partners
                  </span>
                </>
              ) : hoveredLink ? (
                <>
                  <strong>
                    {name(hoveredLink.source)} and {name(hoveredLink.target)}
                  </strong>
                  <span>
                    {hoveredLink.weight} shared {hoveredLink.weight === 1 ? 'mission' : 'missions'}. Click to
                    compare.
                  </span>
                </>
              ) : null}
            </div>
          )}
          <GraphLegend nodes={graph.nodes} mode={colorMode} onModeChange={setColor} />
          <p className="hint muted">
            Click an agency to focus on it, a line to compare the two agencies. Drag to move an agency; scroll
            or pinch to zoom; drag the background to pan.
          </p>
        </div>
      )}
    </section>
  );
}
