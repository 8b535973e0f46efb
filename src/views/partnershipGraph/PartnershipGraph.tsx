import { useEffect, useMemo, useState } from 'react';
import { createForceLayout, type Point } from '../../domain/forceLayout';
import { placeLabels } from '../../domain/labels';
import { neighbourhood, type GraphNode } from '../../domain/partnerships';
import { selectPartnershipGraph } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { linkWidthScale, nodeRadiusScale, REGION_COLORS, regionColor } from './scales';
import { useElementSize } from './useElementSize';

const FALLBACK_SIZE = { width: 640, height: 440 };
/** Nodes at least this large may carry a label; smaller ones get one in a focused neighbourhood. */
const LABEL_MIN_RADIUS = 9;

export function PartnershipGraph() {
  const graph = useAppStore(selectPartnershipGraph);
  const focused = useAppStore((s) => s.agency);
  const focusAgency = useAppStore((s) => s.focusAgency);
  const [hovered, setHovered] = useState<GraphNode | null>(null);

  const radius = useMemo(() => nodeRadiusScale(graph.nodes[0]?.missionCount ?? 1), [graph]);
  const width = useMemo(
    () => linkWidthScale(graph.links.reduce((m, l) => Math.max(m, l.weight), 1)),
    [graph],
  );

  // The layout controller lives as long as the view and keeps node positions between graphs. It runs when
  // the graph data or the drawing size changes, never merely because the component rendered.
  const [layout] = useState(createForceLayout);
  useEffect(() => () => layout.destroy(), [layout]);
  const [svgRef, measured] = useElementSize<SVGSVGElement>();
  // Until the browser has measured the drawing (or where it cannot, as in tests), lay out for a typical size.
  const size = measured.width > 0 && measured.height > 0 ? measured : FALLBACK_SIZE;
  const positions = useMemo<ReadonlyMap<string, Point>>(() => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    return layout.update(graph, (id) => radius(byId.get(id)?.missionCount ?? 1), size);
  }, [layout, graph, radius, size]);

  const highlight = useMemo(() => {
    const centre = hovered?.id ?? focused;
    return centre && graph.nodes.some((n) => n.id === centre) ? neighbourhood(graph, centre) : null;
  }, [graph, hovered, focused]);

  // The layout is centred on 0,0 in pixels; the drawing's origin is its top-left corner.
  const screen = useMemo(() => {
    const out = new Map<string, Point>();
    for (const [id, p] of positions) out.set(id, { x: p.x + size.width / 2, y: p.y + size.height / 2 });
    return { points: out };
  }, [positions, size]);

  const labelled = useMemo(() => {
    const items = graph.nodes.flatMap((n) => {
      const p = screen.points.get(n.id);
      if (!p) return [];
      const nr = radius(n.missionCount);
      const priority = n.id === focused || n.id === hovered?.id ? 3 : (highlight?.has(n.id) ?? false) ? 1 : 0;
      return [{ id: n.id, x: p.x, y: p.y, r: nr, text: n.name, priority }];
    });
    // Only big circles block labels: text over a small dot still reads, text over a hub does not.
    return placeLabels(
      items,
      items.filter((i) => i.r >= 12),
    );
  }, [graph, screen, radius, focused, hovered, highlight]);

  const regions = [...new Set(graph.nodes.map((n) => n.region))];

  return (
    <section className="panel graph-panel" aria-labelledby="graph-title">
      <div className="panel-head">
        <h2 id="graph-title" className="panel-title">
          Partnership graph
        </h2>
        <p className="muted">
          {graph.nodes.length} organizations · {graph.links.length} partnerships. Click an agency to focus on
          it.
        </p>
      </div>
      {graph.nodes.length === 0 ? (
        <p className="empty">No partnerships match these filters.</p>
      ) : (
        <div className="graph-wrap">
          <svg ref={svgRef} className="graph" role="group" aria-label="Agencies and their shared missions">
            <g className="links">
              {graph.links.map((l) => {
                const a = screen.points.get(l.source);
                const b = screen.points.get(l.target);
                if (!a || !b) return null;
                const dim = highlight && !(highlight.has(l.source) && highlight.has(l.target));
                return (
                  <line
                    key={l.id}
                    x1={a.x}
                    y1={a.y}
                    x2={b.x}
                    y2={b.y}
                    strokeWidth={width(l.weight)}
                    className={dim ? 'link dim' : 'link'}
                  />
                );
              })}
            </g>
            <g className="nodes">
              {graph.nodes.map((n) => {
                const p = screen.points.get(n.id);
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
                    onClick={() => focusAgency(isFocused ? null : n.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        focusAgency(isFocused ? null : n.id);
                      }
                    }}
                    onPointerEnter={() => setHovered(n)}
                    onPointerLeave={() => setHovered(null)}
                    onFocus={() => setHovered(n)}
                    onBlur={() => setHovered(null)}
                  >
                    <circle r={nr} fill={regionColor(n.region)} />
                  </g>
                );
              })}
            </g>
            {/* Labels sit in their own layer above every circle, so a neighbour never covers one. */}
            <g className="labels" aria-hidden="true">
              {graph.nodes.map((n) => {
                const p = screen.points.get(n.id);
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
          {hovered && (
            <div className="tooltip" role="tooltip">
              <strong>{hovered.name}</strong>
              <span>{hovered.fullName}</span>
              <span>
                {hovered.missionCount} missions · {hovered.partnerCount} partners
              </span>
            </div>
          )}
          <ul className="legend" aria-label="Region colours">
            {regions.map((r) => (
              <li key={r}>
                <span className="swatch" style={{ background: REGION_COLORS[r] }} aria-hidden="true" />
                {r}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
