import { describe, expect, it } from 'vitest';
import {
  framedSvg,
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
    const narrow = framedSvg(svg, 300, 200, caption, null);
    const doc = new DOMParser().parseFromString(narrow, 'image/svg+xml');
    const spans = [...doc.querySelectorAll('tspan')];
    expect(spans.length).toBeGreaterThan(2);
    expect(spans.map((s) => s.textContent).join(' ')).toContain('agencies=isro');
    expect(Number(doc.documentElement.getAttribute('height'))).toBe(200 + 12 + spans.length * 16);
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
