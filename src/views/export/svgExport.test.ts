import { describe, expect, it } from 'vitest';
import {
  contentFrame,
  framedSvg,
  legendRows,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  PngTooLargeError,
  pngScale,
  wrapCaption,
} from './svgExport';

const caption =
  'Space Collaboration Explorer · With ISRO, From 2000 · Data: Default dataset · ' +
  'http://127.0.0.1:4173/?agencies=isro&from=2000&view=graph&lang=en';

describe('the caption of an exported drawing', () => {
  it('wraps between its parts, then words, and cuts a long link into pieces, losing nothing', () => {
    const lines = wrapCaption(caption, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines[0]).toBe('Space Collaboration Explorer ·');
    expect(lines.join('').replaceAll(' ', '')).toBe(caption.replaceAll(' ', ''));
    expect(wrapCaption('short', 40)).toEqual(['short']);
  });

  it('is written under the drawing, as many lines as it needs, and the file grows to hold them', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const narrow = framedSvg(svg, { x: 0, y: 0, width: 300, height: 200 }, caption, null);
    const doc = new DOMParser().parseFromString(narrow, 'image/svg+xml');
    const spans = [...doc.querySelectorAll('tspan')];
    expect(spans.length).toBeGreaterThan(2);
    expect(spans.map((s) => s.textContent).join(' ')).toContain('agencies=isro');
    expect(Number(doc.documentElement.getAttribute('height'))).toBe(200 + 12 + spans.length * 16);
  });
});

describe('the frame of an exported graph', () => {
  const panel = { x: 0, y: 0, width: 600, height: 700 };
  it('is cropped to what is drawn, with a margin, so a small graph leaves no empty bands', () => {
    const frame = contentFrame(
      [
        { x: 100, y: 250, width: 20, height: 20 },
        { x: 300, y: 400, width: 60, height: 16 },
      ],
      panel,
    );
    // 292 px of drawing, widened to 480 around it for the caption.
    expect(frame).toEqual({ x: 0, y: 234, width: 480, height: 198 });
    const wide = contentFrame([{ x: 50, y: 50, width: 500, height: 100 }], panel);
    expect(wide).toEqual({ x: 34, y: 34, width: 532, height: 132 });
  });
  it('keeps within the drawing when zoomed in, and keeps it whole when nothing is drawn', () => {
    expect(contentFrame([{ x: 400, y: 600, width: 300, height: 300 }], panel)).toEqual({
      x: 120,
      y: 584,
      width: 480,
      height: 116,
    });
    expect(contentFrame([], panel)).toEqual(panel);
    expect(contentFrame([{ x: 900, y: 900, width: 5, height: 5 }], panel)).toEqual(panel);
  });
  it('carries the colour key above the caption, wrapped to the picture width', () => {
    const legend = ['North America', 'Europe', 'Asia', 'Middle East', 'International'].map((label) => ({
      label,
      color: '#123456',
    }));
    const rows = legendRows(legend, 300);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.flat().map((e) => e.label)).toEqual(legend.map((e) => e.label));
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = framedSvg(svg, { x: 40, y: 60, width: 300, height: 200 }, 'caption', null, legend);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.documentElement.getAttribute('viewBox')).toMatch(/^40 60 300 /);
    const labels = [...doc.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(labels).toEqual(legend.map((e) => e.label));
    const key = Math.max(
      ...[...doc.querySelectorAll('.legend text')].map((t) => Number(t.getAttribute('y'))),
    );
    const first = Number(doc.querySelector('.caption tspan')?.getAttribute('y'));
    expect(first).toBeGreaterThan(key);
  });
});

describe('pngScale', () => {
  it('keeps the scale asked for when the picture fits', () => {
    expect(pngScale(1000, 600, 3)).toBe(3);
  });
  it('lowers it to keep a side and the pixel count within what a canvas and an encoder take', () => {
    const tall = pngScale(1000, 9000, 3);
    expect(tall).toBeLessThan(3);
    expect(9000 * tall).toBeLessThanOrEqual(PNG_MAX_SIDE);
    const big = pngScale(6000, 5000, 3);
    expect(6000 * 5000 * big * big).toBeLessThanOrEqual(PNG_MAX_PIXELS * 1.0001);
  });
  it('refuses a drawing too large even at its size on screen, saying how large', () => {
    expect(() => pngScale(1000, 180_378, 3)).toThrow(PngTooLargeError);
    expect(() => pngScale(1000, 180_378, 3)).toThrow('1000 × 180378 px');
  });
});
