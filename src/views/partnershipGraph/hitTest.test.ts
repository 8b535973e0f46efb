import { describe, expect, it } from 'vitest';
import type { GraphLink, GraphNode } from '../../domain/partnerships';
import { createHitTester } from './hitTest';

const node = (id: string): GraphNode => ({
  id,
  name: id.toUpperCase(),
  fullName: id,
  region: 'Europe',
  kind: 'agency',
  missionCount: 1,
  partnerCount: 1,
});
const nodes = [node('a'), node('b')];
const links: GraphLink[] = [{ id: 'a|b', source: 'a', target: 'b', weight: 1 }];
const screen = new Map([
  ['a', { x: 100, y: 100 }],
  ['b', { x: 300, y: 100 }],
]);

describe('hit tester', () => {
  const hit = createHitTester(nodes, links, screen, () => 10);

  it('finds a node inside its circle and the link between two nodes', () => {
    expect(hit.node(105, 104)?.id).toBe('a');
    expect(hit.node(125, 100)).toBeNull();
    expect(hit.link(200, 103)?.id).toBe('a|b');
    expect(hit.link(200, 120)).toBeNull();
  });

  it('answers for the zoomed picture: positions move, circles keep their size on screen', () => {
    const zoom = { k: 2, x: -100, y: 0 };
    // Node a is drawn at (100, 200) now; b at (500, 200).
    expect(hit.node(100, 200, zoom)?.id).toBe('a');
    expect(hit.node(100, 100, zoom)).toBeNull();
    expect(hit.node(108, 200, zoom)?.id).toBe('a');
    expect(hit.node(115, 200, zoom)).toBeNull();
    expect(hit.link(300, 203, zoom)?.id).toBe('a|b');
    expect(hit.link(300, 210, zoom)).toBeNull();
  });
});
