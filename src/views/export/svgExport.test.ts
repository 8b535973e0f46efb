import { describe, expect, it } from 'vitest';
import {
  barSwatchEntry,
  contentFrame,
  framedSvg,
  legendRows,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  PNG_TARGET_PIXELS,
  PNG_TARGET_SIDE,
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
    const korean = wrapCaption('우주 협력 탐색기 · ESA, JAXA 모두 참여 · 데이터: 기본 데이터', 30);
    expect(korean.length).toBeGreaterThan(1);
    expect(korean.join(' ')).toBe('우주 협력 탐색기 · ESA, JAXA 모두 참여 · 데이터: 기본 데이터');
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
    // Korean letters are about twice as wide as Latin ones: entries are spaced for them.
    const ko = legendRows(
      ['완료', '운영 중', '계획'].map((label) => ({ label, color: '#123456' })),
      1000,
    )[0];
    expect((ko?.[1]?.at ?? 0) - (ko?.[0]?.at ?? 0)).toBeGreaterThan(2 * 5 + 5 + 2 * 12 + 10);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = framedSvg(svg, { x: 40, y: 60, width: 300, height: 200 }, 'caption', null, {
      legend,
    });
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

  it('clips the drawing to its frame, so nothing of it runs under the title, key or caption', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    // A line from far outside the frame to far outside it, as a zoomed-in view has.
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    line.setAttribute('class', 'link');
    line.setAttribute('d', 'M-500 -500L900 900');
    svg.appendChild(line);
    const text = framedSvg(svg, { x: 40, y: 60, width: 300, height: 200 }, 'caption', null, {
      title: 'Partnership graph',
      legend: [{ label: 'Europe', color: '#123456' }],
    });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const box = doc.querySelector('clipPath rect');
    expect([
      box?.getAttribute('x'),
      box?.getAttribute('y'),
      box?.getAttribute('width'),
      box?.getAttribute('height'),
    ]).toEqual(['40', '60', '300', '200']);
    const clipped = doc.querySelector('path.link')?.closest('g[clip-path]');
    expect(clipped?.getAttribute('clip-path')).toBe(`url(#${doc.querySelector('clipPath')?.id})`);
    // The title, key and caption are outside the clipped group, drawn in full.
    for (const selector of ['.title', '.legend', '.caption'])
      expect(doc.querySelector(selector)?.closest('g[clip-path]')).toBeNull();
  });
});

describe('a titled picture with a key of bar styles (the timeline)', () => {
  const NS = 'http://www.w3.org/2000/svg';
  const styles = [
    { label: 'completed', color: 'rgb(63, 111, 166)', bar: { opacity: 0.55 } },
    { label: 'active', color: 'rgb(63, 111, 166)', bar: {} },
    { label: 'planned', color: 'none', bar: { stroke: 'rgb(63, 111, 166)', dashed: true } },
    { label: 'failed or cancelled', color: 'none', bar: { stroke: 'rgb(180, 35, 24)', hatched: true } },
  ];
  const framed = (width: number) => {
    const svg = document.createElementNS(NS, 'svg');
    const text = framedSvg(svg, { x: 0, y: 0, width, height: 300 }, 'the caption', null, {
      legend: styles,
      title: 'Timeline — International collaboration in space, 1975 to the 2030s',
    });
    return new DOMParser().parseFromString(text, 'image/svg+xml');
  };

  it('has its title above the drawing, which keeps its coordinates, and its key above the caption', () => {
    const doc = framed(1000);
    const [, top = 0, , height = 0] = (doc.documentElement.getAttribute('viewBox') ?? '')
      .split(' ')
      .map(Number);
    expect(top).toBeLessThan(0);
    expect(doc.querySelector('.title')?.textContent).toBe(
      'Timeline — International collaboration in space, 1975 to the 2030s',
    );
    const titleY = Number(doc.querySelector('.title tspan')?.getAttribute('y'));
    expect(titleY).toBeGreaterThan(top);
    expect(titleY).toBeLessThan(0);
    expect(Number(doc.documentElement.getAttribute('height'))).toBe(height);
    expect(top + height).toBeGreaterThan(300 + 20 + 16);
    // The background covers the title's band too.
    expect(doc.querySelector('rect')?.getAttribute('y')).toBe(String(top));
    const labels = [...doc.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(labels).toEqual(styles.map((e) => e.label));
    const keyY = Math.max(
      ...[...doc.querySelectorAll('.legend text')].map((t) => Number(t.getAttribute('y'))),
    );
    expect(keyY).toBeGreaterThan(300);
    expect(Number(doc.querySelector('.caption tspan')?.getAttribute('y'))).toBeGreaterThan(keyY);
  });

  it('draws each key entry as a bar styled like the bars it stands for', () => {
    const swatches = [...framed(1000).querySelectorAll('.legend > rect')];
    expect(swatches).toHaveLength(4);
    const [completed, active, planned, ended] = swatches;
    expect(completed?.getAttribute('fill-opacity')).toBe('0.55');
    expect(active?.getAttribute('fill')).toBe('rgb(63, 111, 166)');
    expect(active?.getAttribute('stroke')).toBeNull();
    expect(planned?.getAttribute('fill')).toBe('none');
    expect(planned?.getAttribute('stroke-dasharray')).toBe('4 2');
    const hatch = ended?.getAttribute('fill')?.match(/^url\(#(.+)\)$/)?.[1];
    expect(hatch).toBeTruthy();
    const pattern = framed(1000).getElementById(hatch ?? '');
    expect(pattern?.tagName).toBe('pattern');
    expect(pattern?.querySelector('line')?.getAttribute('stroke')).toBe('rgb(180, 35, 24)');
  });

  it('wraps a long title in a narrow picture', () => {
    const doc = framed(320);
    expect(doc.querySelectorAll('.title tspan').length).toBeGreaterThan(1);
    expect(doc.querySelector('.title')?.textContent?.replaceAll(' ', '')).toBe(
      'Timeline—Internationalcollaborationinspace,1975tothe2030s',
    );
  });

  it('reads a key entry from a swatch on the page, as its styles make it', () => {
    expect(barSwatchEntry('completed', span('background: rgb(1, 2, 3); opacity: 0.55'))).toEqual({
      label: 'completed',
      color: 'rgb(1, 2, 3)',
      bar: { opacity: 0.55 },
    });
    expect(barSwatchEntry('planned', span('border: 1.5px dashed rgb(4, 5, 6)'))).toEqual({
      label: 'planned',
      color: 'none',
      bar: { stroke: 'rgb(4, 5, 6)', dashed: true },
    });
    const ended = barSwatchEntry(
      'ended',
      span(
        'border: 1.5px solid rgb(7, 8, 9); background: repeating-linear-gradient(45deg, rgb(7, 8, 9) 0 2px, transparent 2px 5px)',
      ),
    );
    expect(ended.bar).toEqual({ stroke: 'rgb(7, 8, 9)', hatched: true });
    expect(barSwatchEntry('lost', null).bar).toEqual({});
  });
});

/** A swatch on the page, styled as given. */
function span(style: string) {
  const el = document.createElement('span');
  el.setAttribute('style', style);
  document.body.appendChild(el);
  return el;
}

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
  it('scales a tall or large picture down to the target size, but never below its size on screen', () => {
    // The whole default timeline: 1000 × 3552 px on screen was a 3000 × 10656 px PNG.
    const timeline = pngScale(1000, 3552, 3);
    expect(3552 * timeline).toBeLessThanOrEqual(PNG_TARGET_SIDE);
    expect(1000 * 3552 * timeline * timeline).toBeLessThanOrEqual(PNG_TARGET_PIXELS);
    expect(timeline).toBeGreaterThan(2);
    const wide = pngScale(3000, 3000, 3);
    expect(3000 * 3000 * wide * wide).toBeLessThanOrEqual(PNG_TARGET_PIXELS * 1.0001);
    // Past the target even at 1×, but within what a canvas takes: drawn at its size on screen.
    expect(pngScale(1000, 12_000, 3)).toBe(1);
  });
  it('refuses a drawing too large even at its size on screen, saying how large', () => {
    expect(() => pngScale(1000, 180_378, 3)).toThrow(PngTooLargeError);
    expect(() => pngScale(1000, 180_378, 3)).toThrow('1000 × 180378 px');
  });
});
