import { useEffect, useRef } from 'react';
import type { GraphDrawProps } from './GraphSvg';
import { buildLinkScene } from './linkScene';
import { createLinkPainter, type LinkPainter } from './linkPainter';
import type { ZoomStore, ZoomTransform } from './zoomStore';
import {
  COMPARED_LINE,
  comparedSegment,
  DIMMED_LABEL_ALPHA,
  DIMMED_NODE_ALPHA,
  INSIDE_HALO,
  LABEL_FONT,
  labelMarks,
  LEADER_LINE,
  nodeMarks,
  RING_WIDTH,
} from './graphMarks';
import { drawLabelSprite, labelSprite } from './labelSprites';
import { offerSvg, canvasGraphSvg, type GraphTheme } from './canvasGraphSvg';

interface Props extends GraphDrawProps {
  size: { width: number; height: number };
  zoom: ZoomStore;
  /** Theme colours read from CSS, since a canvas cannot use CSS variables. */
  theme: GraphTheme;
}

/** The links layer: what was last asked of its painter, and the transform of the picture it shows. */
interface LinksLayer {
  painter: LinkPainter | null;
  requested: { props: Props; zoom: ZoomTransform } | null;
  shownZoom: ZoomTransform | null;
}

/**
 * Draws a large graph on canvases: thousands of links cost one path each instead of one DOM element each.
 * Pointer interaction is handled by the parent through hit-testing; this component only paints.
 *
 * Two layers. Links, the costly part (tens of thousands of segments), are on the lower canvas: during a zoom
 * or pan gesture it is not repainted but moved and scaled as a picture by the compositor (a CSS transform,
 * like the SVG drawing), and painted sharp once the gesture ends. Nodes and labels, far fewer, are painted on
 * the upper canvas every frame at their true size. Zoom steps reach this component through the zoom store,
 * not React: one paint per animation frame, however many wheel events arrive.
 */
export function GraphCanvas(props: Props) {
  const linksRef = useRef<HTMLCanvasElement>(null);
  const nodesRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef(props);
  const layer = useRef<LinksLayer>({ painter: null, requested: null, shownZoom: null });
  const frame = useRef(0);
  const { zoom } = props;

  // The links' painter lives as long as the canvas; if it fails, the links are asked for again.
  useEffect(() => {
    const canvas = linksRef.current;
    if (!canvas) return;
    const state = layer.current;
    state.painter = createLinkPainter(canvas, () => {
      state.requested = null;
      paint(linksRef.current, nodesRef.current, latest.current, state);
    });
    return () => {
      state.painter?.destroy();
      state.painter = null;
      state.requested = null;
    };
  }, []);

  useEffect(() => {
    latest.current = props;
    paint(linksRef.current, nodesRef.current, props, layer.current);
  });

  // The export finds the drawing in the page, and asks it for an SVG of what it shows at that moment.
  useEffect(() => {
    const canvas = nodesRef.current;
    if (canvas) offerSvg(canvas, () => canvasGraphSvg(latest.current, latest.current.zoom.live()));
  }, []);

  useEffect(() => {
    const unsubscribe = zoom.subscribe(() => {
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        paint(linksRef.current, nodesRef.current, latest.current, layer.current);
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [zoom]);

  const { size } = props;
  const style = { width: size.width, height: size.height };
  return (
    <>
      <canvas ref={linksRef} className="graph graph-links" style={style} aria-hidden="true" />
      <canvas ref={nodesRef} className="graph graph-canvas" style={style} aria-hidden="true" />
    </>
  );
}

const CANVAS_LABEL_FONT = `${LABEL_FONT.weight} ${LABEL_FONT.size}px ${LABEL_FONT.family}`;
/** The font each context was last given (resizing a canvas resets it, so the canvas size is part of it). */
const fonts = new WeakMap<CanvasRenderingContext2D, string>();

/**
 * Setting a canvas font makes the browser bring the page's styles up to date there and then (a font may be
 * relative to the page's); after a filter change, that is a forced restyle in the middle of it. The font is
 * set only when the context does not have it yet.
 */
function setFont(ctx: CanvasRenderingContext2D, font: string) {
  const key = `${font}|${ctx.canvas.width}x${ctx.canvas.height}`;
  if (fonts.get(ctx) === key) return;
  ctx.font = font;
  fonts.set(ctx, key);
}

function fitCanvas(canvas: HTMLCanvasElement, size: Props['size'], dpr: number) {
  const w = Math.round(size.width * dpr);
  const h = Math.round(size.height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
}

/** The same drawing inputs for the links (zoom aside): the links layer still shows them. */
function sameLinks(a: Props, b: Props): boolean {
  return (
    a.links === b.links &&
    a.screen === b.screen &&
    a.highlight === b.highlight &&
    a.emphasis === b.emphasis &&
    a.compare === b.compare &&
    a.width === b.width &&
    a.size === b.size &&
    a.theme.link === b.theme.link &&
    a.theme.accent === b.theme.accent
  );
}

function paint(
  linksCanvas: HTMLCanvasElement | null,
  nodesCanvas: HTMLCanvasElement | null,
  props: Props,
  layer: LinksLayer,
) {
  const ctx = nodesCanvas?.getContext('2d');
  if (!linksCanvas || !nodesCanvas || !ctx || !layer.painter) return;
  const { size, zoom } = props;
  const dpr = window.devicePixelRatio || 1;
  const t = zoom.live();
  const gesture = t !== zoom.settled();

  // The links are painted anew when what they show changed, or at the end of a zoom gesture; during one,
  // the picture they have is moved and scaled instead (below).
  const asked = layer.requested;
  if (!asked || !sameLinks(asked.props, props) || (!gesture && asked.zoom !== t)) {
    layer.requested = { props, zoom: t };
    fitCanvas(linksCanvas, size, dpr);
    // Flagged until the new picture is shown: the benchmark (and anyone curious) can tell when it is.
    linksCanvas.dataset.painting = '';
    layer.painter.paint(
      sceneKey(props, t, dpr),
      () => buildLinkScene(props, t, dpr),
      () => {
        layer.shownZoom = t;
        placeLinks(linksCanvas, t, zoom.live());
        if (layer.requested?.zoom === t) delete linksCanvas.dataset.painting;
      },
    );
  }
  if (layer.shownZoom) placeLinks(linksCanvas, layer.shownZoom, t);

  fitCanvas(nodesCanvas, size, dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  paintNodes(ctx, props, t, dpr);
}

// Objects (the links, positions, highlighted set…) are told apart by a number each, given on first sight.
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
function idOf(value: object | null): number {
  if (value === null) return 0;
  let id = objectIds.get(value);
  if (id === undefined) objectIds.set(value, (id = nextObjectId++));
  return id;
}

/**
 * Names what the links layer shows: the same inputs (the same objects, since derived data is memoized) at
 * the same transform and size give the same picture, which the painter may then have kept.
 */
function sceneKey(props: Props, t: ZoomTransform, dpr: number): string {
  const { links, screen, highlight, emphasis, compare, width, size, theme } = props;
  return [
    idOf(links),
    idOf(screen),
    idOf(highlight),
    idOf(emphasis),
    compare?.join('+') ?? '',
    idOf(width),
    size.width,
    size.height,
    dpr,
    t.k,
    t.x,
    t.y,
    theme.link,
    theme.accent,
  ].join('|');
}

/** Shows the links picture painted at transform `c` where transform `t` puts it (as is when they agree). */
function placeLinks(canvas: HTMLCanvasElement, c: ZoomTransform, t: ZoomTransform) {
  if (c === t) {
    canvas.style.transform = '';
    return;
  }
  const r = t.k / c.k;
  canvas.style.transform = `translate(${t.x - r * c.x}px, ${t.y - r * c.y}px) scale(${r})`;
}

function paintNodes(ctx: CanvasRenderingContext2D, props: Props, t: ZoomTransform, dpr: number) {
  const { color, theme } = props;
  for (const m of nodeMarks(props, t)) {
    ctx.globalAlpha = m.dim ? DIMMED_NODE_ALPHA : 1;
    ctx.fillStyle = color(m.node);
    ctx.beginPath();
    ctx.arc(m.x, m.y, m.r, 0, Math.PI * 2);
    ctx.fill();
    if (m.focused || m.ring) {
      ctx.lineWidth = m.focused ? 3 : RING_WIDTH;
      ctx.strokeStyle = m.focused ? theme.text : theme.accent;
      ctx.stroke();
    }
  }

  ctx.globalAlpha = 1;
  // The compared pair's line, over the circles between them (the links canvas lies under every circle).
  const pair = comparedSegment(props, t);
  if (pair) {
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(pair.x1, pair.y1);
    ctx.lineTo(pair.x2, pair.y2);
    ctx.lineWidth = COMPARED_LINE.casing;
    ctx.strokeStyle = theme.halo;
    ctx.stroke();
    ctx.lineWidth = COMPARED_LINE.width;
    ctx.strokeStyle = theme.accent;
    ctx.stroke();
    ctx.lineCap = 'butt';
  }

  const labels = labelMarks(props, t);
  // Leaders first, so that the labels' halos cover their ends.
  ctx.lineWidth = LEADER_LINE.width;
  ctx.strokeStyle = theme.text;
  for (const m of labels) {
    if (!m.leader) continue;
    ctx.globalAlpha = LEADER_LINE.alpha * (m.dim ? DIMMED_LABEL_ALPHA : 1);
    ctx.beginPath();
    ctx.moveTo(m.leader.x1, m.leader.y1);
    ctx.lineTo(m.leader.x2, m.leader.y2);
    ctx.stroke();
  }
  let fallbackReady = false;
  for (const m of labels) {
    ctx.globalAlpha = m.dim ? DIMMED_LABEL_ALPHA : 1;
    const font =
      m.size === LABEL_FONT.size
        ? CANVAS_LABEL_FONT
        : `${LABEL_FONT.weight} ${m.size}px ${LABEL_FONT.family}`;
    const style = {
      font,
      size: m.size,
      fill: m.inside ? '#fff' : theme.text,
      halo: m.inside ? INSIDE_HALO : theme.halo,
      haloWidth: 3,
    };
    const sprite = labelSprite(m.text, style, dpr);
    if (sprite) {
      drawLabelSprite(ctx, sprite, m.x, m.y, dpr, m.anchor);
      continue;
    }
    // No canvas to draw the label's picture on: it is written here.
    if (!fallbackReady) {
      ctx.lineJoin = 'round';
      fallbackReady = true;
    }
    ctx.textAlign = m.anchor === 'middle' ? 'center' : m.anchor === 'start' ? 'left' : 'right';
    setFont(ctx, font);
    ctx.lineWidth = style.haloWidth;
    ctx.strokeStyle = style.halo;
    ctx.strokeText(m.text, m.x, m.y);
    ctx.fillStyle = style.fill;
    ctx.fillText(m.text, m.x, m.y);
  }
  ctx.globalAlpha = 1;
}
