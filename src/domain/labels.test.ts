import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels';

describe('placeLabels', () => {
  it('labels the more important of two nodes whose labels would collide', () => {
    const shown = placeLabels(
      [
        { id: 'small', x: 100, y: 100, r: 5, text: 'Small agency', priority: 0 },
        { id: 'big', x: 110, y: 100, r: 5, text: 'Big agency', priority: 1 },
      ],
      [],
    );
    expect([...shown.keys()]).toEqual(['big']);
  });

  it('labels both when they are apart', () => {
    const shown = placeLabels(
      [
        { id: 'a', x: 0, y: 0, r: 5, text: 'A', priority: 0 },
        { id: 'b', x: 300, y: 0, r: 5, text: 'B', priority: 0 },
      ],
      [],
    );
    expect(shown.size).toBe(2);
  });

  it('keeps a label off another node unless it is the focused one', () => {
    const node = { x: 50, y: 20, r: 10 };
    const low = placeLabels([{ id: 'a', x: 50, y: 0, r: 5, text: 'Agency', priority: 0 }], [node]);
    const focused = placeLabels([{ id: 'a', x: 50, y: 0, r: 5, text: 'Agency', priority: 3 }], [node]);
    expect(low.size).toBe(0);
    expect(focused.size).toBe(1);
  });

  it('puts a label inside a circle wide enough to hold it', () => {
    const shown = placeLabels([{ id: 'nasa', x: 0, y: 0, r: 24, text: 'NASA', priority: 0 }], []);
    expect(shown.get('nasa')).toBe('inside');
  });
});
