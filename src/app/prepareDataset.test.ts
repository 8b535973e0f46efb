import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { filterWithFacets } from '../domain/filterPass';
import { DEFAULT_FILTERS } from '../domain/filters';
import { buildPartnershipGraph } from '../domain/partnerships';
import { mission, org } from '../test/fixtures';
import { prepareDataset } from './prepareDataset';

/** Many missions among a few agencies: more than one slice of preparation. */
function bigDataset(count: number): Dataset {
  const ids = ['nasa', 'esa', 'jaxa', 'isro', 'cnes'];
  return {
    version: 1,
    organizations: ids.map((id) => org(id)),
    missions: Array.from({ length: count }, (_, i) =>
      mission(`m-${i}`, [ids[i % 5] as string, ids[(i + 1) % 5] as string], { start: 1990 + (i % 30) }),
    ),
  } as Dataset;
}

describe('prepareDataset', () => {
  it('prepares in slices, reporting progress up to every mission, and changes no result', async () => {
    const d = bigDataset(9000);
    const steps: number[] = [];
    await prepareDataset(
      d,
      2026,
      (p) => steps.push(p.done),
      () => false,
    );
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.at(-1)).toBe(9000);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const fresh = bigDataset(9000);
    expect(filterWithFacets(d, { ...DEFAULT_FILTERS, q: 'm-12' }, 2026).missions.map((m) => m.id)).toEqual(
      filterWithFacets(fresh, { ...DEFAULT_FILTERS, q: 'm-12' }, 2026).missions.map((m) => m.id),
    );
    expect(buildPartnershipGraph(d.missions, d.organizations)).toEqual(
      buildPartnershipGraph(fresh.missions, fresh.organizations),
    );
  });

  it('stops when the load is cancelled (another dataset was asked for)', async () => {
    const steps: number[] = [];
    let cancelled = false;
    await prepareDataset(
      bigDataset(20000),
      2026,
      (p) => {
        steps.push(p.done);
        cancelled = true;
      },
      () => cancelled,
    );
    expect(steps).toHaveLength(1);
  });
});
