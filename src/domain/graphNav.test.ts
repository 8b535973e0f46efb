import { describe, expect, it } from 'vitest';
import { neighbourInDirection, partnersOf } from './graphNav';
import type { PartnershipGraph } from './partnerships';

const link = (source: string, target: string, weight = 1) => ({
  id: `${source}|${target}`,
  source,
  target,
  weight,
});
const graph: PartnershipGraph = {
  nodes: [],
  links: [link('c', 'e', 3), link('c', 'n'), link('c', 'w', 2), link('c', 's'), link('e', 'n')],
};
const positions = new Map([
  ['c', { x: 0, y: 0 }],
  ['e', { x: 100, y: 10 }],
  ['w', { x: -80, y: 0 }],
  ['n', { x: 5, y: -90 }],
  ['s', { x: 0, y: 60 }],
]);

describe('graph keyboard navigation', () => {
  it('moves to the partner that lies in the pressed direction', () => {
    expect(neighbourInDirection(graph, positions, 'c', 'right')).toBe('e');
    expect(neighbourInDirection(graph, positions, 'c', 'left')).toBe('w');
    expect(neighbourInDirection(graph, positions, 'c', 'up')).toBe('n');
    expect(neighbourInDirection(graph, positions, 'c', 'down')).toBe('s');
  });

  it('only moves along partnerships, and stays put when there is none that way', () => {
    expect(neighbourInDirection(graph, positions, 'n', 'down')).toBe('c');
    expect(neighbourInDirection(graph, positions, 's', 'down')).toBeNull();
  });

  it('lists partners by shared missions', () => {
    expect(partnersOf(graph, 'c')).toEqual([
      { id: 'e', weight: 3 },
      { id: 'w', weight: 2 },
      { id: 'n', weight: 1 },
      { id: 's', weight: 1 },
    ]);
  });
});
