import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
import type { Point } from '../../domain/forceLayout';
import { neighbourInDirection, partnersOf } from '../../domain/graphNav';
import { placeLabels, type LabelSpot } from '../../domain/labels';
import { neighbourhood, type GraphLink, type GraphNode } from '../../domain/partnerships';
import type { ColorMode } from '../../domain/urlState';
import {
  selectFullGraph,
  selectOrgById,
  selectPartnershipGraph,
  selectSelectedMission,
} from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { GraphCanvas } from './GraphCanvas';
import { GraphLegend } from './GraphLegend';
import { LABEL_FONT } from './graphMarks';
import { labelWidth } from './labelWidth';
import { ARROWS, GraphSvg } from './GraphSvg';
import { createHitTester } from './hitTest';
import { kindColor, linkWidthScale, nodeRadiusScale, regionColor } from './scales';
import { useElementSize } from './useElementSize';
import { useGraphLayout } from './useGraphLayout';
import { createZoomStore, fitTransform, IDENTITY, useSettledZoom } from './zoomStore';
import { usePlural, useT } from '../../i18n';

const FALLBACK_SIZE = { width: 640, height: 440 };
/** Nodes at least this large may carry a label; smaller ones get one in a focused neighbourhood. */
const LABEL_MIN_RADIUS = 9;
/** On a classroom screen: only the big agencies are named, in larger type (or inside their circles). */
const PRESENT_LABEL_MIN_RADIUS = 10;
/** How much larger the SVG graph's circles are drawn when presenting. */
const PRESENT_CIRCLE_GROWTH = 1.5;
/** The smallest type a name written inside its circle may have when presenting (names are 20 px there). */
const PRESENT_INSIDE_MIN_PX = 14;
/** A graph this small has room to name every agency (placement still leaves out a label that collides). */
const NAME_ALL_MAX_NODES = 30;
/**
 * The zoom that frames `nodes`: each circle with the box its label was given around it, so names at the
 * edges are not cut off; at most 2.5× (a lone agency is not blown up). `labelScale` says how a label's box
 * (in screen pixels) scales with the drawing: 1 where labels grow with the zoom, or null where they keep
 * their size at any zoom (the SVG drawing's), their room then worked out at the zoom that frames the circles.
 */
function fitView(
  nodes: readonly GraphNode[],
  screen: ReadonlyMap<string, Point>,
  radius: (missions: number) => number,
  labels: ReadonlyMap<string, LabelSpot>,
  size: { width: number; height: number },
  labelScale: 1 | null,
  top = 0,
) {
  const circles = nodes.flatMap((n) => {
    const p = screen.get(n.id);
    return p ? [{ id: n.id, x: p.x, y: p.y, r: radius(n.missionCount) }] : [];
  });
  const unit = labelScale ?? 1 / fitTransform(circles, size, 16, 2.5).k;
  const boxes = circles.flatMap((circle) => {
    const spot = labels.get(circle.id);
    if (!spot || spot.placement === 'inside') return [circle];
    const { x0, y0, x1, y1 } = spot.box;
    return [
      circle,
      { x: circle.x + x0 * unit, y: circle.y + y0 * unit, r: 0 },
      { x: circle.x + x1 * unit, y: circle.y + y1 * unit, r: 0 },
    ];
  });
  // Framed in the drawing below `top` (the band a caption covers), then moved down by it.
  const view = fitTransform(boxes, { width: size.width, height: size.height - top }, 16, 2.5);
  return top === 0 ? view : { ...view, y: view.y + top };
}

/** The band at the drawing's top that the caption of a selected mission's highlight covers, in pixels. */
const EMPHASIS_BAND = { normal: 30, present: 44 };

/** Above this size the graph is painted on a canvas: one element per node and link stops being fluid. */
export const CANVAS_MIN_NODES = 250;
export const CANVAS_MIN_LINKS = 2500;
/** A press that moves less than this is a click, not a drag or a pan. */
const CLICK_SLOP = 4;

const colorOf = (mode: ColorMode) => (n: GraphNode) =>
  mode === 'kind' ? kindColor(n.kind) : regionColor(n.region);

function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** The canvas colours for the current mode; `_present` only says which mode the values are read in. */
function readTheme(_present: boolean) {
  return {
    link: cssVar('--link-stroke', '#8a96a3'),
    text: cssVar('--text', '#1b1f24'),
    halo: cssVar('--panel', '#ffffff'),
    accent: cssVar('--accent', '#1f5fa8'),
  };
}

function sameMembers(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

export function PartnershipGraph() {
  const graph = useAppStore(selectPartnershipGraph);
  const full = useAppStore(selectFullGraph);
  const focused = useAppStore((s) => s.agency);
  const colorMode = useAppStore((s) => s.color);
  const compare = useAppStore((s) => s.compare);
  const year = useAppStore((s) => s.year);
  const present = useAppStore((s) => s.present);
  const labelMinRadius = present ? PRESENT_LABEL_MIN_RADIUS : LABEL_MIN_RADIUS;
  const orgById = useAppStore(selectOrgById);
  const { focusAgency, setCompare, setColor } = appStore.getState();
  // What is hovered (or focused) is kept by id, and read from the graph shown: its counts follow the filters
  // and the time-lapse's year, and an agency they hide (a story's next chapter) takes its tooltip with it,
  // though the pointer or the focus never left it.
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const setHovered = useCallback((n: GraphNode | null) => setHoveredId(n?.id ?? null), []);
  const hovered = useMemo(
    () => (hoveredId === null ? null : (graph.nodes.find((n) => n.id === hoveredId) ?? null)),
    [graph, hoveredId],
  );
  // The agency Tab reaches: the last one focused while it is shown, else the focused agency, else the
  // largest shown (nodes come largest first).
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  const t = useT();
  const tp = usePlural();
  const [hoveredLinkId, setHoveredLinkId] = useState<string | null>(null);
  const hoveredLink = useMemo(
    () => (hoveredLinkId === null ? null : (graph.links.find((l) => l.id === hoveredLinkId) ?? null)),
    [graph, hoveredLinkId],
  );
  // Decided by the whole dataset, not by what the filters leave: switching between the two drawings as a
  // filter thins a large graph out (and back) rebuilt the whole drawing each time, hundreds of milliseconds.
  const useCanvas = full.nodes.length >= CANVAS_MIN_NODES || full.links.length >= CANVAS_MIN_LINKS;

  // Sizes are scaled to the whole dataset, not to what the filters leave: a circle's size means the same
  // number of missions in every filtered view and every year of the time-lapse, and filtering redraws only
  // what it changes.
  // Presenting, the drawing is larger and so are the names (20 px): the circles grow too, so that a hub's
  // name fits inside it in type that reads from the back of a classroom.
  const circleGrowth = present && !useCanvas ? PRESENT_CIRCLE_GROWTH : 1;
  const radius = useMemo(
    () => nodeRadiusScale(full.nodes[0]?.missionCount ?? 1, full.nodes.length, circleGrowth),
    [full, circleGrowth],
  );
  const width = useMemo(() => linkWidthScale(full.links.reduce((m, l) => Math.max(m, l.weight), 1)), [full]);
  // The layout spaces circles at their size in the whole graph, the one it lays out.
  const layoutRadius = useMemo(() => {
    const byId = new Map(full.nodes.map((n) => [n.id, n.missionCount]));
    return (id: string) => radius(byId.get(id) ?? 1);
  }, [full, radius]);
  const color = useMemo(() => colorOf(colorMode), [colorMode]);
  // Read from CSS once per mode (reading computed style forces a style pass): presentation mode changes them.
  const theme = useMemo(() => readTheme(present), [present]);
  // The labels' type, to measure them: the canvas writes them in its own font; the SVG in the page's, larger
  // when presenting.
  const labelFont = useMemo(
    () =>
      useCanvas
        ? `${LABEL_FONT.weight} ${LABEL_FONT.size}px ${LABEL_FONT.family}`
        : `600 ${present ? 20 : 12}px ${cssVar('--font', 'system-ui, sans-serif')}`,
    [useCanvas, present],
  );

  const [surface, setSurface] = useState<HTMLDivElement | null>(null);
  const measured = useElementSize(surface);
  // Until the browser has measured the drawing (or where it cannot, as in tests), lay out for a typical size.
  const size = useMemo(
    () =>
      measured.width > 0 && measured.height > 0
        ? { width: measured.width, height: measured.height }
        : FALLBACK_SIZE,
    [measured.width, measured.height],
  );
  const { layout, positions, pending, relayout } = useGraphLayout(
    full,
    layoutRadius,
    size,
    measured.measured,
  );
  const [dragged, setDragged] = useState<ReadonlyMap<string, Point>>(new Map());

  // d3-zoom supplies the pan and zoom gestures (wheel, drag on the background, pinch); React draws. The
  // transform lives in a small store of its own so that a zoom step re-renders only what applies it.
  const [zoomStore] = useState(createZoomStore);
  const settledZoom = useSettledZoom(zoomStore);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const hitRef = useRef<ReturnType<typeof createHitTester> | null>(null);
  useEffect(() => {
    if (!surface) return;
    const behavior = zoom<HTMLDivElement, unknown>()
      .scaleExtent([0.4, 12])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        // Nodes are dragged and links clicked: only the background pans.
        const target = event.target as Element | null;
        if (target?.closest('.node, .link')) return false;
        if (hitRef.current && event instanceof MouseEvent) {
          const r = surface.getBoundingClientRect();
          if (hitRef.current.node(event.clientX - r.left, event.clientY - r.top, zoomStore.live()))
            return false;
        }
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: { k: number; x: number; y: number } }) =>
        zoomStore.set(event.transform),
      )
      // d3 ends a wheel gesture 150 ms after the last step: then labels are placed for the new scale.
      .on('end', () => zoomStore.settle());
    select(surface).call(behavior);
    zoomRef.current = behavior;
    return () => {
      select(surface).on('.zoom', null);
    };
  }, [surface, zoomStore]);
  const zoomBy = (factor: number) => {
    if (surface && zoomRef.current) zoomRef.current.scaleBy(select(surface), factor);
  };
  const resetZoom = () => {
    if (surface && zoomRef.current) zoomRef.current.transform(select(surface), zoomIdentity);
  };
  const rerunLayout = () => {
    relayout(graph);
    setDragged(new Map());
    resetZoom();
  };

  // Layout coordinates are centred on 0,0; the drawing's coordinates add its centre. Pan and zoom are applied
  // on top by what draws (one SVG group transform, or the canvas transform), never by re-deriving these.
  // Every laid-out node, shown or not: the map then stays the same object while filters change, and what is
  // drawn from it (the canvas links' picture) can be recognized when a filter is switched off again.
  const screen = useMemo(() => {
    const out = new Map<string, Point>();
    for (const [id, laid] of positions) {
      const p = dragged.get(id) ?? laid;
      out.set(id, { x: p.x + size.width / 2, y: p.y + size.height / 2 });
    }
    return out;
  }, [positions, dragged, size]);
  // Labels are placed where they are seen, in screen pixels at the settled zoom, and drawn at their own size
  // at any zoom: the canvas keeps its circles at their size when zooming, the SVG drawing scales them with
  // the zoom (a link opening on a few agencies frames them at twice the size or more). Placed at scale 1 and
  // scaled with the drawing, SVG labels grew to 50 px type on long leaders.
  const labelZoom = settledZoom;
  const circleScale = useCanvas ? 1 : labelZoom.k;
  // Zooming into the canvas spreads the circles apart without enlarging them: the room it makes is used to
  // name smaller agencies (those whose circle would be large enough at this scale), so zooming in is how one
  // reads the names in a dense graph. Placement still leaves out any label that would collide.
  const shownLabelMinRadius =
    graph.nodes.length <= NAME_ALL_MAX_NODES ? 0 : labelMinRadius / Math.max(1, useCanvas ? labelZoom.k : 1);
  // The agencies picked in the filters are the subject of the view: named before their neighbours.
  const picked = useAppStore((s) => s.filters.agencies);

  const tabStop = useMemo(() => {
    const shown = (id: string | null) => id !== null && graph.nodes.some((n) => n.id === id);
    if (shown(lastFocused)) return lastFocused;
    if (shown(focused)) return focused;
    let largest: GraphNode | null = null;
    for (const n of graph.nodes) if (!largest || n.missionCount > largest.missionCount) largest = n;
    return largest?.id ?? null;
  }, [graph, lastFocused, focused]);

  // The selected mission's organizations (those the graph shows) are singled out: ringed, the links among
  // them strong, the rest faded. The mission and the focused agency each highlight something; the one
  // chosen last is shown (both given at once, by a link, the mission: it is the narrower choice), and a
  // hovered agency shows its partners for as long as it is hovered.
  const mission = useAppStore(selectSelectedMission);
  const [latestChoice, setLatestChoice] = useState<'mission' | 'agency'>('mission');
  const [seen, setSeen] = useState({ mission: mission?.id ?? null, focused });
  if (seen.mission !== (mission?.id ?? null) || seen.focused !== focused) {
    setSeen({ mission: mission?.id ?? null, focused });
    if (mission && mission.id !== seen.mission) setLatestChoice('mission');
    else if (focused !== null && focused !== seen.focused) setLatestChoice('agency');
  }
  // The same set while its members stay the same (a filter change that keeps them all, say): the agencies'
  // accessible names, the canvas graph's list of 500 buttons among them, are then not rewritten.
  const members = useMemo(() => {
    if (!mission || (latestChoice === 'agency' && focused !== null)) return null;
    const shown = new Set(graph.nodes.map((n) => n.id));
    const ids = new Set(mission.partners.map((p) => p.org).filter((id) => shown.has(id)));
    return ids.size === 0 ? null : ids;
  }, [mission, latestChoice, focused, graph]);
  const [kept, setKept] = useState(members);
  const emphasis = sameMembers(kept, members) ? kept : members;
  if (emphasis !== kept) setKept(emphasis);
  const band = mission && emphasis ? EMPHASIS_BAND[present ? 'present' : 'normal'] : 0;

  const highlight = useMemo(() => {
    const centre = hovered?.id ?? (emphasis ? null : focused);
    if (centre && graph.nodes.some((n) => n.id === centre)) return neighbourhood(graph, centre);
    return emphasis;
  }, [graph, hovered, focused, emphasis]);

  const labels = useMemo(() => {
    const candidates = graph.nodes.flatMap((n) => {
      const p = screen.get(n.id);
      if (!p) return [];
      const priority =
        n.id === focused || n.id === hovered?.id
          ? 3
          : picked.includes(n.id) || (emphasis?.has(n.id) ?? false) || (compare?.includes(n.id) ?? false)
            ? 2
            : (highlight?.has(n.id) ?? false)
              ? 1
              : 0;
      const x = labelZoom.x + labelZoom.k * p.x;
      const y = labelZoom.y + labelZoom.k * p.y;
      return [{ id: n.id, x, y, r: radius(n.missionCount) * circleScale, text: n.name, priority }];
    });
    // Every circle shown keeps labels clear of it: a name next to a neighbour's circle reads as the
    // neighbour's. SVG labels are bold 12 px type (20 px when presenting), the canvas's 12 px in both modes:
    // where a label cannot be measured, about 0.65 em a character, and a line of 14 px (24).
    const big = present && !useCanvas;
    return placeLabels(
      // On a classroom screen, small neighbours stay unnamed unless picked, hovered or focused: fewer, larger
      // labels. Each measured in the type it is written in (remembered: only the first placement measures).
      candidates
        .filter((c) => c.r >= shownLabelMinRadius || c.priority >= (present ? 2 : 1))
        .map((c) => ({ ...c, width: labelWidth(c.text, labelFont) })),
      candidates,
      big ? 13 : 7.8,
      big ? 24 : 14,
      // On the canvas (hundreds of organizations, placed again on every filter change) a label with no
      // clear spot next to its node is written over the small dots there instead: no search for a spot set
      // off with a leader (tens of microseconds each), and no leader lines across a thicket of circles.
      {
        // No name under the caption of a selected mission's highlight.
        bounds: { x0: 0, y0: band, x1: size.width, y1: size.height },
        maxLeaderSearches: useCanvas ? 0 : 40,
        coverDotsUnder: useCanvas ? 6 : 0,
        // Presenting, names grow to 20 px while the circles keep their size: a hub's name may shrink inside
        // its circle, but not below what reads from the back of a classroom (else it goes beside it).
        ...(big ? { insideMinScale: PRESENT_INSIDE_MIN_PX / 20 } : {}),
      },
    );
  }, [
    graph,
    screen,
    labelZoom,
    circleScale,
    radius,
    focused,
    hovered,
    highlight,
    emphasis,
    compare,
    shownLabelMinRadius,
    present,
    useCanvas,
    picked,
    size,
    labelFont,
    band,
  ]);

  // Fit frames the agencies shown when filters leave a few; the whole map, as laid out to its drawing.
  const fit = () => {
    if (!surface || !zoomRef.current) return;
    const view =
      graph.nodes.length === full.nodes.length
        ? IDENTITY
        : fitView(graph.nodes, screen, radius, labels, size, useCanvas ? 1 : null, band);
    zoomRef.current.transform(select(surface), zoomIdentity.translate(view.x, view.y).scale(view.k));
  };
  // A new layout (a dataset, a drawing size, a re-run) that opens on a filtered view (a shared link, an
  // embed) is framed on the agencies shown; filters then show parts of the same map without moving it,
  // until Fit is asked for. The whole map is laid out to its drawing already, and a time-lapse keeps it
  // whole: the agencies of the years to come appear in view.
  const lapsing = useAppStore((s) => s.year !== null);
  const fittedLayout = useRef<ReadonlyMap<string, Point> | null>(null);
  useEffect(() => {
    const behavior = zoomRef.current;
    if (pending || positions.size === 0 || fittedLayout.current === positions || !surface || !behavior)
      return;
    fittedLayout.current = positions;
    if (lapsing || graph.nodes.length === full.nodes.length) return;
    const view = fitView(graph.nodes, screen, radius, labels, size, useCanvas ? 1 : null, band);
    behavior.transform(select(surface), zoomIdentity.translate(view.x, view.y).scale(view.k));
  }, [positions, pending, surface, graph, full, lapsing, screen, radius, labels, size, useCanvas, band]);

  // Links are found under the pointer by geometry in both drawings (they are not elements of their own); on
  // the canvas, nodes too.
  const hit = useMemo(
    () => createHitTester(useCanvas ? graph.nodes : [], graph.links, screen, radius),
    [useCanvas, graph, screen, radius],
  );
  useEffect(() => {
    hitRef.current = hit;
  }, [hit]);

  // Dragging a node: positions converted back to layout coordinates; dropping pins it there.
  const press = useRef<{ id: string | null; x: number; y: number; moved: boolean } | null>(null);
  const local = (e: ReactMouseEvent) => {
    const r = surface?.getBoundingClientRect() ?? { left: 0, top: 0 };
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const toLayout = (p: Point): Point => {
    const z = zoomStore.live();
    return { x: (p.x - z.x) / z.k - size.width / 2, y: (p.y - z.y) / z.k - size.height / 2 };
  };
  const startPress = (e: ReactPointerEvent, id: string | null) => {
    if (e.button !== 0) return;
    const p = local(e);
    press.current = { id, x: p.x, y: p.y, moved: false };
    const el = e.currentTarget as Element;
    // Keeps receiving moves when the pointer outruns the node; absent in some test environments.
    if (id && typeof el.setPointerCapture === 'function') el.setPointerCapture(e.pointerId);
  };
  const movePress = (e: ReactPointerEvent) => {
    const state = press.current;
    if (!state?.id) return;
    const p = local(e);
    if (!state.moved && Math.hypot(p.x - state.x, p.y - state.y) < CLICK_SLOP) return;
    state.moved = true;
    const id = state.id;
    setDragged((d) => new Map(d).set(id, toLayout(p)));
  };
  const endPress = (e: ReactPointerEvent) => {
    const state = press.current;
    press.current = null;
    if (!state) return;
    const p = local(e);
    if (state.id && state.moved) layout.pin(state.id, toLayout(p));
    else if (state.id) focusAgency(state.id === focused ? null : state.id);
    else if (Math.hypot(p.x - state.x, p.y - state.y) < CLICK_SLOP) {
      const link = linkToCompare(p);
      if (link) setCompare([link.source, link.target]);
    }
  };

  // A click compares the pair the tooltip names: where lines crowd, the nearest one to the exact point of
  // the click may be another than under the pointer a moment before (a fraction of a pixel away). Without
  // a hover (touch), the nearest line to the tap.
  const linkToCompare = (p: Point): GraphLink | null => hoveredLink ?? hit.link(p.x, p.y, zoomStore.live());
  const hoverLink = (link: GraphLink | null) => {
    if ((link?.id ?? null) !== hoveredLinkId) setHoveredLinkId(link?.id ?? null);
  };
  const surfaceHandlers = useCanvas
    ? {
        onPointerDown: (e: ReactPointerEvent) =>
          startPress(e, hit.node(local(e).x, local(e).y, zoomStore.live())?.id ?? null),
        onPointerMove: (e: ReactPointerEvent) => {
          movePress(e);
          if (!press.current) {
            const p = local(e);
            const n = hit.node(p.x, p.y, zoomStore.live());
            if ((n?.id ?? null) !== hoveredId) setHovered(n);
            hoverLink(n ? null : hit.link(p.x, p.y, zoomStore.live()));
          }
        },
        onPointerUp: endPress,
        onPointerLeave: () => {
          setHovered(null);
          hoverLink(null);
        },
      }
    : {
        // SVG nodes handle their own pointer events; over the background, the nearest link answers.
        onPointerMove: (e: ReactPointerEvent) => {
          if (press.current || (e.target as Element).closest('.node')) return;
          const p = local(e);
          hoverLink(hit.link(p.x, p.y, zoomStore.live()));
        },
        onPointerLeave: () => hoverLink(null),
        onClick: (e: ReactMouseEvent) => {
          if ((e.target as Element).closest('.node')) return;
          const link = linkToCompare(local(e));
          if (link) setCompare([link.source, link.target]);
        },
      };

  // The SVG's own circles, or the canvas graph's list of buttons next to the drawing.
  const nodeElement = (id: string) =>
    useCanvas
      ? surface?.parentElement?.querySelector<HTMLElement>(`.node-list button[data-id="${CSS.escape(id)}"]`)
      : surface?.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`);
  // The agency that has keyboard focus, noted as it takes it and forgotten as focus leaves it (no render).
  // When the filters hide it (a story's next chapter, a year of the time-lapse), focus goes on to the
  // graph's Tab stop in the commit that hides it, rather than to the page. The browser may drop the focus
  // of a hidden node within that commit (a layout read forces it): the page's body then counts as the node.
  // Without a focused node, a filter change reads one ref here.
  const focusedNode = useRef<string | null>(null);
  const forgetFocusedNode = (e: ReactFocusEvent) => {
    // Focus taken from a node by its hiding is still the node's to hand on.
    if (!(e.target as Element).closest('[visibility="hidden"], [hidden]')) focusedNode.current = null;
  };
  useLayoutEffect(() => {
    const id = focusedNode.current;
    if (id === null) return;
    const active = document.activeElement;
    const onNode = active?.getAttribute('data-id') === id && surface?.parentElement?.contains(active);
    if (!onNode && active !== document.body) {
      focusedNode.current = null;
      return;
    }
    if (graph.nodes.some((n) => n.id === id)) return;
    focusedNode.current = null;
    if (tabStop !== null) nodeElement(tabStop)?.focus();
  });

  // Stable handlers for the memoized SVG drawing: they call the latest closures through a ref.
  const latest = useRef({
    startPress,
    movePress,
    endPress,
    focusNode: (_n: GraphNode) => {},
    arrow: (_n: GraphNode, _d: 'left' | 'right' | 'up' | 'down') => {},
  });
  useEffect(() => {
    latest.current = {
      startPress,
      movePress,
      endPress,
      focusNode: (n) => focusAgency(n.id === focused ? null : n.id),
      arrow: (n, d) => {
        const next = neighbourInDirection(graph, screen, n.id, d);
        if (next) nodeElement(next)?.focus();
      },
    };
  });
  const svgHandlers = useMemo(
    () => ({
      onNodePointerDown: (e: ReactPointerEvent, n: GraphNode) => latest.current.startPress(e, n.id),
      onNodePointerMove: (e: ReactPointerEvent) => latest.current.movePress(e),
      onNodePointerUp: (e: ReactPointerEvent) => latest.current.endPress(e),
      onNodeKey: (n: GraphNode) => latest.current.focusNode(n),
      onNodeArrow: (n: GraphNode, d: 'left' | 'right' | 'up' | 'down') => latest.current.arrow(n, d),
      onHoverNode: setHovered,
      onNodeFocus: (n: GraphNode) => {
        focusedNode.current = n.id;
        setLastFocused(n.id);
      },
    }),
    [setHovered],
  );

  const name = (id: string) => orgById.get(id)?.name ?? id;
  const nodeLabel = useCallback(
    (n: GraphNode) => {
      const label = t('graph.node', {
        name: n.name,
        missions: tp('count.missions', n.missionCount),
        partners: tp('count.partners', n.partnerCount),
      });
      // What the ring says, for those who do not see it.
      return mission && emphasis?.has(n.id)
        ? t('graph.nodeInMission', { node: label, mission: mission.name })
        : label;
    },
    [t, tp, mission, emphasis],
  );
  // What a screen reader hears when focus moves to an agency: who it is and its main partners.
  const mainPartners = hovered ? partnersOf(graph, hovered.id).slice(0, 5) : [];
  const announcement = hovered
    ? [
        t('graph.announce', {
          name: hovered.name,
          fullName: hovered.fullName,
          missions: tp('count.missions', hovered.missionCount),
          partners: tp('count.partners', hovered.partnerCount),
        }),
        mainPartners.length
          ? t('graph.announcePartners', {
              list: mainPartners.map((p) => `${name(p.id)} (${p.weight})`).join(', '),
            })
          : '',
      ].join(' ')
    : '';
  const draw = useMemo(
    () => ({
      nodes: graph.nodes,
      links: graph.links,
      screen,
      radius,
      width,
      color,
      highlight,
      emphasis,
      focused,
      compare,
      labels,
    }),
    [graph, screen, radius, width, color, highlight, emphasis, focused, compare, labels],
  );

  return (
    <section className="panel graph-panel" aria-labelledby="graph-title">
      <div className="panel-head">
        <h2 id="graph-title" className="panel-title">
          {t('graph.title')}
        </h2>
        <p className="muted">
          {t('graph.counts', {
            orgs: tp('count.organizations', graph.nodes.length),
            links: tp('count.partnerships', graph.links.length),
          })}
          {pending && graph.nodes.length > 0 && <span className="busy"> · {t('graph.busy')}</span>}
        </p>
        <div className="toolbar" role="toolbar" aria-label={t('graph.controls')}>
          <button
            type="button"
            className="button small"
            onClick={() => zoomBy(1.4)}
            aria-label={t('graph.zoomIn')}
          >
            +
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => zoomBy(1 / 1.4)}
            aria-label={t('graph.zoomOut')}
          >
            −
          </button>
          <button type="button" className="button small" onClick={fit}>
            {t('graph.fit')}
          </button>
          <button type="button" className="button small" onClick={rerunLayout}>
            {t('graph.relayout')}
          </button>
        </div>
      </div>
      {graph.nodes.length === 0 ? (
        <p className="empty">{t('graph.empty')}</p>
      ) : (
        <div className="graph-wrap" onBlur={forgetFocusedNode}>
          <div
            ref={setSurface}
            className={`graph-surface${useCanvas ? ' is-canvas' : ''}`}
            {...surfaceHandlers}
          >
            {year !== null && (
              <div className="year-overlay" aria-hidden="true">
                {year}
              </div>
            )}
            {useCanvas ? (
              <GraphCanvas {...draw} size={size} zoom={zoomStore} theme={theme} />
            ) : (
              <GraphSvg
                {...draw}
                all={full.nodes}
                tabStop={tabStop}
                drawingLabel={t('graph.drawing')}
                describedBy={emphasis ? 'graph-emphasis' : undefined}
                nodeLabel={nodeLabel}
                labelUnit={1 / settledZoom.k}
                zoom={zoomStore}
                hoveredLink={hoveredLink}
                {...svgHandlers}
              />
            )}
          </div>
          {/* Over the drawing's corner, not above it: selecting a mission moves nothing on the page. After
              the drawing and before the tooltip, it is drawn over the one and under the other. */}
          {mission && emphasis && (
            <p className="graph-emphasis" id="graph-emphasis">
              {tp('graph.missionHighlight', emphasis.size, { mission: mission.name })}
            </p>
          )}
          {useCanvas && (
            <NodeList
              all={full.nodes}
              nodes={graph.nodes}
              focused={focused}
              tabStop={tabStop}
              label={t('graph.nodeList')}
              describedBy={emphasis ? 'graph-emphasis' : undefined}
              nodeLabel={nodeLabel}
              onHover={setHovered}
              onFocusNode={svgHandlers.onNodeFocus}
              onArrow={svgHandlers.onNodeArrow}
            />
          )}
          {(hovered || hoveredLink) && (
            <div className="tooltip" role="tooltip">
              {hovered ? (
                <>
                  <strong>{hovered.name}</strong>
                  <span>{hovered.fullName}</span>
                  <span>
                    {t('graph.tooltipCounts', {
                      missions: tp('count.missions', hovered.missionCount),
                      partners: tp('count.partners', hovered.partnerCount),
                    })}
                  </span>
                </>
              ) : hoveredLink ? (
                <>
                  <strong>
                    {t('graph.linkTitle', { a: name(hoveredLink.source), b: name(hoveredLink.target) })}
                  </strong>
                  <span>{tp('graph.linkCount', hoveredLink.weight)}</span>
                </>
              ) : null}
            </div>
          )}
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          <GraphLegend nodes={graph.nodes} mode={colorMode} onModeChange={setColor} />
          <p className="hint muted">{t('graph.hint')}</p>
        </div>
      )}
    </section>
  );
}

interface NodeListProps {
  /** Every organization of the whole graph: the list keeps one item each, hiding those filtered out. */
  all: readonly GraphNode[];
  /** The organizations shown, with their counts under the current filters. */
  nodes: readonly GraphNode[];
  focused: string | null;
  /** The id of the text that says what the graph highlights, if it highlights something. */
  describedBy?: string | undefined;
  /** The one button Tab reaches: the list is a single stop, the arrow keys move between agencies. */
  tabStop: string | null;
  label: string;
  nodeLabel(node: GraphNode): string;
  onHover(node: GraphNode | null): void;
  onFocusNode(node: GraphNode): void;
  onArrow(node: GraphNode, direction: Direction): void;
}

type Direction = (typeof ARROWS)[string];

/**
 * The canvas is a picture; this list is its keyboard and screen-reader face. Memoized: hundreds of buttons
 * must not re-render on every zoom frame. Its items stay in place across filter changes, those filtered out
 * merely hidden: inserting and removing hundreds of list items on every change cost more (elements created,
 * styled and laid out) than the rest of the change together.
 */
const NodeList = memo(function NodeList(props: NodeListProps) {
  const { all, nodes, focused, tabStop, label, describedBy, nodeLabel, onHover, onFocusNode, onArrow } =
    props;
  // The list is never seen, only read: it follows a filter change just after the frame that shows the
  // change, rather than making that frame wait for hundreds of labels (each with its counts) to be rewritten.
  const deferred = useDeferredValue(nodes);
  // The items, rebuilt only when the deferred nodes (or the focus) change: the urgent render of a filter
  // change then costs nothing here.
  const items = useMemo(() => {
    const shown = new Map(deferred.map((n) => [n.id, n]));
    return all.map((whole) => {
      const n = shown.get(whole.id);
      return (
        <NodeButton
          key={whole.id}
          node={n ?? whole}
          // A hidden item is never read: its name will do, rather than a label computed for nothing.
          text={n ? nodeLabel(n) : null}
          pressed={whole.id === focused}
          tabStop={whole.id === tabStop}
          onHover={onHover}
          onFocusNode={onFocusNode}
          onArrow={onArrow}
        />
      );
    });
  }, [all, deferred, focused, tabStop, nodeLabel, onHover, onFocusNode, onArrow]);
  // In groups, each skipped by the browser while none of its buttons is in use: the list costs a few boxes
  // per frame, not one per agency (the browser checks every skippable box's visibility in every frame).
  const groups: ReactNode[][] = [];
  for (let i = 0; i < items.length; i += NODE_GROUP) groups.push(items.slice(i, i + NODE_GROUP));
  return (
    <div role="list" className="visually-hidden node-list" aria-label={label} aria-describedby={describedBy}>
      {groups.map((group, i) => (
        <div key={i} role="none" className="node-group">
          {group}
        </div>
      ))}
    </div>
  );
});

/** Agencies per group of the canvas graph's list. */
const NODE_GROUP = 32;

interface NodeButtonProps {
  node: GraphNode;
  /** The button's text, or null when the filters leave the organization out (the item is hidden). */
  text: string | null;
  pressed: boolean;
  tabStop: boolean;
  onHover(node: GraphNode | null): void;
  onFocusNode(node: GraphNode): void;
  onArrow(node: GraphNode, direction: Direction): void;
}

/** One agency of the list; a filter change re-renders only those whose text or state changed. */
const NodeButton = memo(
  function NodeButton({ node, text, pressed, tabStop, onHover, onFocusNode, onArrow }: NodeButtonProps) {
    const focusAgency = appStore.getState().focusAgency;
    return (
      <div role="listitem" hidden={text === null}>
        <button
          type="button"
          data-id={node.id}
          tabIndex={tabStop && text !== null ? 0 : -1}
          aria-pressed={pressed}
          onClick={() => focusAgency(pressed ? null : node.id)}
          onKeyDown={(e) => {
            const direction = ARROWS[e.key];
            if (!direction) return;
            e.preventDefault();
            onArrow(node, direction);
          }}
          onFocus={() => {
            onFocusNode(node);
            onHover(node);
          }}
          onBlur={() => onHover(null)}
        >
          {text ?? node.name}
        </button>
      </div>
    );
  },
  // The node object is rebuilt with every graph; what the button shows is its text and state.
  (a, b) =>
    a.text === b.text &&
    a.pressed === b.pressed &&
    a.tabStop === b.tabStop &&
    a.onHover === b.onHover &&
    a.onFocusNode === b.onFocusNode &&
    a.onArrow === b.onArrow &&
    a.node.id === b.node.id,
);
