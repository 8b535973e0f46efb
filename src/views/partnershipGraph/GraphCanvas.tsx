import { useEffect, useRef } from 'react';
import type { GraphDrawProps } from './GraphSvg';

interface Props extends GraphDrawProps {
  size: { width: number; height: number };
  /** Theme colours read from CSS, since a canvas cannot use CSS variables. */
  theme: { link: string; text: string; halo: string; accent: string };
}

/**
 * Draws a large graph on a canvas: thousands of links cost one path each instead of one DOM element each.
 * Pointer interaction is handled by the parent through hit-testing; this component only paints.
 */
export function GraphCanvas(props: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const {
    nodes,
    links,
    screen,
    radius,
    width,
    color,
    highlight,
    focused,
    compare,
    labels,
    labelMinRadius,
    size,
    theme,
  } = props;

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size.width * dpr) || canvas.height !== Math.round(size.height * dpr)) {
      canvas.width = Math.round(size.width * dpr);
      canvas.height = Math.round(size.height * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, size.width, size.height);

    // Links batched by style: one stroke() per width/opacity bucket rather than one per link.
    ctx.lineCap = 'round';
    ctx.strokeStyle = theme.link;
    const buckets = new Map<string, [number, number, number, number][]>();
    for (const l of links) {
      const a = screen.get(l.source);
      const b = screen.get(l.target);
      if (!a || !b) continue;
      const dim = highlight !== null && !(highlight.has(l.source) && highlight.has(l.target));
      const key = `${Math.round(width(l.weight) * 2) / 2}|${dim ? 0.06 : 0.35}`;
      const list = buckets.get(key) ?? [];
      list.push([a.x, a.y, b.x, b.y]);
      buckets.set(key, list);
    }
    for (const [key, segments] of buckets) {
      const [w, alpha] = key.split('|').map(Number);
      ctx.globalAlpha = alpha ?? 0.35;
      ctx.lineWidth = w ?? 1;
      ctx.beginPath();
      for (const [x1, y1, x2, y2] of segments) {
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
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
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.stroke();
      }
    }

    for (const n of nodes) {
      const p = screen.get(n.id);
      if (!p) continue;
      const r = radius(n.missionCount);
      if (p.x < -r || p.y < -r || p.x > size.width + r || p.y > size.height + r) continue; // off screen
      ctx.globalAlpha = highlight !== null && !highlight.has(n.id) ? 0.2 : 1;
      ctx.fillStyle = color(n);
      ctx.beginPath();
      ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
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
      const p = screen.get(n.id);
      const placement = labels.get(n.id);
      if (!p || !placement) continue;
      const r = radius(n.missionCount);
      const inHighlight = highlight?.has(n.id) ?? false;
      if (r < labelMinRadius && n.id !== focused && !inHighlight) continue;
      const y = placement === 'inside' ? p.y + 4 : p.y + r + 13;
      ctx.globalAlpha = highlight !== null && !inHighlight ? 0.25 : 1;
      ctx.lineWidth = 3;
      ctx.strokeStyle = placement === 'inside' ? 'rgba(0,0,0,0.35)' : theme.halo;
      ctx.strokeText(n.name, p.x, y);
      ctx.fillStyle = placement === 'inside' ? '#fff' : theme.text;
      ctx.fillText(n.name, p.x, y);
    }
    ctx.globalAlpha = 1;
  }, [
    nodes,
    links,
    screen,
    radius,
    width,
    color,
    highlight,
    focused,
    compare,
    labels,
    labelMinRadius,
    size,
    theme,
  ]);

  return (
    <canvas
      ref={ref}
      className="graph graph-canvas"
      style={{ width: size.width, height: size.height }}
      aria-hidden="true"
    />
  );
}
