import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/synthetic.mjs';
import { buildPartnershipGraph } from '../domain/partnerships';
import { validateDataset } from './validate';

describe('synthetic datasets', () => {
  it('are valid datasets of the requested size, the same for the same seed', () => {
    const a = generateDataset({ missions: 1000, orgs: 100, seed: 7 });
    expect(validateDataset(a).ok).toBe(true);
    expect([a.missions.length, a.organizations.length]).toEqual([1000, 100]);
    expect(generateDataset({ missions: 1000, orgs: 100, seed: 7 })).toEqual(a);
    expect(generateDataset({ missions: 1000, orgs: 100, seed: 8 })).not.toEqual(a);
  });

  it('have realistic skew: a few hubs, a long tail, decades-long spans', () => {
    const d = generateDataset({ missions: 10_000, orgs: 500 });
    const graph = buildPartnershipGraph(d.missions, d.organizations);
    const counts = graph.nodes.map((n) => n.missionCount);
    expect(counts[0]).toBeGreaterThan(20 * (counts[Math.floor(counts.length / 2)] ?? 1));
    expect(graph.nodes.length).toBeGreaterThan(450);
    const spans = d.missions.filter((m) => m.end !== null).map((m) => (m.end ?? 0) - m.start);
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(20);
    expect(new Set(d.missions.map((m) => m.status))).toEqual(
      new Set(['completed', 'active', 'planned', 'failed', 'cancelled']),
    );
  });
});
