import { describe, expect, it } from 'vitest';
import { estimateEms, fitText, labelMeasurer, placeLabel, type Measure } from './fitLabel';

/** Every character 6 units wide, bold ones 7: easy sums. */
const mono: Measure = (text, weight = 400) => Array.from(text).length * (weight >= 600 ? 7 : 6);

describe('fitting a label to its room', () => {
  it('keeps a name that fits whole', () => {
    expect(fitText('Giotto', 36, mono)).toBe('Giotto');
  });

  it('cuts a name that does not fit after its last whole word that does, and ends it with an ellipsis', () => {
    const text = fitText('Tropical Rainfall Measuring Mission', 130, mono);
    expect(text).toBe('Tropical Rainfall…');
    expect(mono(text)).toBeLessThanOrEqual(130);
    // Not "Mars Reconnaissance O…": what shows is words of the name, which a speech user can say.
    expect(fitText('Mars Reconnaissance Orbiter', 6 * 22, mono)).toBe('Mars Reconnaissance…');
  });

  it('cuts inside the first word only when not even that fits', () => {
    expect(fitText('Tianwen-1 and Zhurong', 36, mono)).toBe('Tianw…');
  });

  it('does not leave a space, a dash or an opening bracket before the ellipsis', () => {
    expect(fitText('Tropical Rainfall Measuring', 6 * 19, mono)).toBe('Tropical Rainfall…');
    expect(fitText('Kibo (Japanese Experiment Module)', 6 * 7, mono)).toBe('Kibo…');
    expect(fitText('Apollo–Soyuz Test Project', 6 * 8, mono)).toBe('Apollo…');
  });

  it('closes a bracket it cuts inside, within the room', () => {
    const text = fitText('XRISM (X-Ray Imaging and Spectroscopy Mission)', 6 * 28, mono);
    expect(text).toBe('XRISM (X-Ray Imaging and…)');
    expect(mono(text)).toBeLessThanOrEqual(6 * 28);
    expect(fitText('Kibo (Japanese Experiment Module)', 6 * 20, mono)).toBe('Kibo (Japanese…)');
  });

  it('gives nothing when not even two characters fit, and never splits a character', () => {
    expect(fitText('Tianwen-1', 12, mono)).toBe('');
    expect(fitText('🚀🚀🚀🚀🚀', 18, mono)).toBe('🚀🚀…');
  });

  it('estimates without a canvas (jsdom), wide letters wider than narrow ones', () => {
    expect(estimateEms('WWW')).toBeGreaterThan(estimateEms('iii'));
    // jsdom has no OffscreenCanvas: the measurer falls back to the estimate, scaled to the font size.
    expect(labelMeasurer(10)('MMM')).toBeCloseTo(estimateEms('MMM') * 10);
  });
});

describe('placing a bar label', () => {
  const bar = { x0: 100, x1: 160, arrow: false, selected: false, min: 12, max: 392 };

  it('goes right of the bar where the whole name fits', () => {
    expect(placeLabel({ ...bar, name: 'Rosetta' }, mono)).toEqual({
      x: 165,
      anchor: 'start',
      inside: false,
      text: 'Rosetta',
    });
  });

  it('goes left of a bar near the right edge, ending at the bar', () => {
    const place = placeLabel({ ...bar, x0: 300, x1: 380, name: 'Mars Express' }, mono);
    expect(place).toMatchObject({ x: 294, anchor: 'end', inside: false, text: 'Mars Express' });
  });

  it('goes inside a long bar when neither side holds it', () => {
    const place = placeLabel({ ...bar, x0: 40, x1: 360, name: 'International Space Station' }, mono);
    expect(place).toMatchObject({ x: 45, inside: true, text: 'International Space Station' });
  });

  it('cuts a long name where there is the most room, with an ellipsis that stays in the drawing', () => {
    const name = 'Tropical Rainfall Measuring Mission (TRMM) and its long successor';
    // 232 units left of the bar, 87 right of it, 40 inside.
    const place = placeLabel({ ...bar, x0: 250, x1: 300, name }, mono);
    expect(place.anchor).toBe('end');
    expect(place.text.endsWith('…')).toBe(true);
    expect(place.x - mono(place.text)).toBeGreaterThanOrEqual(bar.min);
  });

  it('clears the arrow of a running mission, and measures a selected label in bold', () => {
    expect(placeLabel({ ...bar, arrow: true, name: 'Juno' }, mono).x).toBe(171);
    const plain = placeLabel({ ...bar, x0: 12, x1: 20, max: 100, name: 'Interplanetary-Gateway' }, mono);
    const bold = placeLabel(
      { ...bar, x0: 12, x1: 20, max: 100, selected: true, name: 'Interplanetary-Gateway' },
      mono,
    );
    expect(Array.from(bold.text).length).toBeLessThan(Array.from(plain.text).length);
    expect(mono(bold.text, 700)).toBeLessThanOrEqual(100 - bold.x);
  });
});
