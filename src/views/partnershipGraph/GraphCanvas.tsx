import { useEffect, useRef } from 'react';
import type { GraphDrawProps } from './GraphSvg';
import type { ZoomStore, ZoomTransform } from './zoomStore';

interface Theme {
  link: string;
  text: string;
  halo: string;
  accent: string;
}

interface Props extends GraphDrawProps {
  size: { width: number; height: number };
  zoom: ZoomStore;
  /** Theme colours read from CSS, since a canvas cannot use CSS variables. */
  theme: Theme;
}

/** What the links layer shows: the inputs and the transform it was painted at. */
interface LinksPainted {
  props: Props | null;
  zoom: ZoomTransform | null;
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
  const painted = useRef<LinksPainted>({ props: null, zoom: null });
  const frame = useRef(0);
  const { zoom } = props;

  useEffect(() => {
    latest.current = props;
    paint(linksRef.current, nodesRef.current, props, painted.current);
  });

  useEffect(() => {
    const unsubscribe = zoom.subscribe(() => {
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        paint(linksRef.current, nodesRef.current, latest.current, painted.current);
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

function fitCanvas(canvas: HTMLCanvasElement, size: Props['size'], dpr: number) {
  const w = Math.round(size.width * dpr);
  const h = Math.round(size.height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
}

/** The same drawing inputs for the links (zoom aside): the links layer still shows them. */
function sameLinks(a: Props | null, b: Props): boolean {
  return (
    a !== null &&
    a.links === b.links &&
    a.screen === b.screen &&
    a.highlight === b.highlight &&
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
  painted: LinksPainted,
) {
  const linkCtx = linksCanvas?.getContext('2d');
  const ctx = nodesCanvas?.getContext('2d');
  if (!linksCanvas || !nodesCanvas || !linkCtx || !ctx) return;
  const { size, zoom } = props;
  const dpr = window.devicePixelRatio || 1;
  const t = zoom.live();
  const gesture = t !== zoom.settled();

  if (!sameLinks(painted.props, props) || !painted.zoom || (!gesture && painted.zoom !== t)) {
    fitCanvas(linksCanvas, size, dpr);
    paintLinks(linkCtx, props, t, dpr);
    painted.props = props;
    painted.zoom = t;
    linksCanvas.style.transform = '';
  } else if (painted.zoom !== t) {
    // Mid-gesture: the picture painted at painted.zoom, moved to where transform t puts it.
    const c = painted.zoom;
    const r = t.k / c.k;
    linksCanvas.style.transform = `translate(${t.x - r * c.x}px, ${t.y - r * c.y}px) scale(${r})`;
  }

  fitCanvas(nodesCanvas, size, dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  paintNodes(ctx, props, t);
}

function paintLinks(ctx: CanvasRenderingContext2D, props: Props, t: ZoomTransform, dpr: number) {
  const { links, screen, highlight, compare, width, size, theme } = props;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  // Batched by style: one stroke() per width/opacity bucket rather than one per link.
  ctx.lineCap = 'round';
  ctx.strokeStyle = theme.link;
  const buckets = new Map<number, number[]>();
  for (const l of links) {
    const a = screen.get(l.source);
    const b = screen.get(l.target);
    if (!a || !b) continue;
    const dim = highlight !== null && !(highlight.has(l.source) && highlight.has(l.target));
    // Key: half-pixel width steps, the sign carrying "dimmed" (widths are at least 0.5).
    const key = (Math.round(width(l.weight) * 2) / 2 || 0.5) * (dim ? -1 : 1);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(t.x + t.k * a.x, t.y + t.k * a.y, t.x + t.k * b.x, t.y + t.k * b.y);
  }
  for (const [key, xy] of buckets) {
    ctx.globalAlpha = key < 0 ? 0.06 : 0.35;
    ctx.lineWidth = Math.abs(key);
    ctx.beginPath();
    for (let i = 0; i < xy.length; i += 4) {
      ctx.moveTo(xy[i] ?? 0, xy[i + 1] ?? 0);
      ctx.lineTo(xy[i + 2] ?? 0, xy[i + 3] ?? 0);
    }
    ctx.stroke();
  }
  if (compare) {
    const a = screen.get(compare[0]);
    const b = screen.get(compare[1]);
    if (a && b) {
      ctx.globalAlpha = 0.95;
      ctx.strokeStyle = theme.accent;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(t.x + t.k * a.x, t.y + t.k * a.y);
      ctx.lineTo(t.x + t.k * b.x, t.y + t.k * b.y);
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

function paintNodes(ctx: CanvasRenderingContext2D, props: Props, t: ZoomTransform) {
  const { nodes, screen, radius, color, highlight, focused, labels, labelMinRadius, size, theme } = props;
  for (const n of nodes) {
    const p0 = screen.get(n.id);
    if (!p0) continue;
    const x = t.x + t.k * p0.x;
    const y = t.y + t.k * p0.y;
    const r = radius(n.missionCount);
    if (x < -r || y < -r || x > size.width + r || y > size.height + r) continue; // off screen
    ctx.globalAlpha = highlight !== null && !highlight.has(n.id) ? 0.2 : 1;
    ctx.fillStyle = color(n);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
    if (n.id === focused) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = theme.text;
      ctx.stroke();
    }
  }

  ctx.globalAlpha = 1;
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  for (const n of nodes) {
    const p0 = screen.get(n.id);
    const placement = labels.get(n.id);
    if (!p0 || !placement) continue;
    const r = radius(n.missionCount);
    const inHighlight = highlight?.has(n.id) ?? false;
    if (r < labelMinRadius && n.id !== focused && !inHighlight) continue;
    const x = t.x + t.k * p0.x;
    const y = t.y + t.k * p0.y + (placement === 'inside' ? 4 : r + 13);
    if (x < -100 || y < -20 || x > size.width + 100 || y > size.height + 20) continue;
    ctx.globalAlpha = highlight !== null && !inHighlight ? 0.25 : 1;
    ctx.lineWidth = 3;
    ctx.strokeStyle = placement === 'inside' ? 'rgba(0,0,0,0.35)' : theme.halo;
    ctx.strokeText(n.name, x, y);
    ctx.fillStyle = placement === 'inside' ? '#fff' : theme.text;
    ctx.fillText(n.name, x, y);
  }
  ctx.globalAlpha = 1;
}
