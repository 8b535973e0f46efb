import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import { buildPartnershipGraph, neighbourhood, pairKey } from './partnerships';

describe('buildPartnershipGraph', () => {
  const d = smallDataset();
  const graph = buildPartnershipGraph(d.missions, d.organizations);

  it('makes one node per participating organization, sized by missions, largest first', () => {
    expect(graph.nodes.map((n) => [n.id, n.missionCount])).toEqual([
      ['esa', 4],
      ['jaxa', 3],
      ['nasa', 3],
      ['isro', 2],
      ['cnes', 1],
    ]);
  });

  it('weights each link by the missions the pair shares', () => {
    const weight = Object.fromEntries(graph.links.map((l) => [l.id, l.weight]));
    expect(weight).toEqual({ 'esa|nasa': 3, 'esa|jaxa': 2, 'jaxa|nasa': 1, 'cnes|isro': 1, 'isro|jaxa': 1 });
  });

  it('counts distinct partners per node', () => {
    expect(graph.nodes.find((n) => n.id === 'jaxa')?.partnerCount).toBe(3);
    expect(graph.nodes.find((n) => n.id === 'cnes')?.partnerCount).toBe(1);
  });

  it('follows the filtered missions: organizations without a mission disappear', () => {
    const only = buildPartnershipGraph(
      d.missions.filter((m) => m.id === 'saral'),
      d.organizations,
    );
    expect(only.nodes.map((n) => n.id)).toEqual(['cnes', 'isro']);
    expect(only.links).toHaveLength(1);
  });

  it('finds a node and its neighbours', () => {
    expect([...neighbourhood(graph, 'isro')].sort()).toEqual(['cnes', 'isro', 'jaxa']);
  });

  it('names pairs the same way whatever the order', () => {
    expect(pairKey('nasa', 'esa')).toBe(pairKey('esa', 'nasa'));
  });
});
