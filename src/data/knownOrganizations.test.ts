import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { org } from '../test/fixtures';
import { importText } from './importFile';
import {
  builtInOrganizations,
  forgetBuiltInOrganizations,
  knownOrganizations,
  mergeKnownOrganizations,
} from './knownOrganizations';
import type { Dataset } from './schema';

const publicFile = (path: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../public', path), 'utf8');
const defaultText = publicFile('data/default.json');
const defaultDataset = JSON.parse(defaultText) as Dataset;
const serveDefault = () => vi.fn<typeof fetch>(async () => new Response(defaultText, { status: 200 }));
const unknownAgencies = (result: ReturnType<typeof importText>): string[] =>
  result.issues.flatMap((i) => (/is not one the explorer knows/.test(i.message) ? [i.message] : []));

afterEach(forgetBuiltInOrganizations);

describe('the organizations an import matches against', () => {
  it('fetches the default dataset once and keeps its organizations', async () => {
    const fetchFn = serveDefault();
    const first = await builtInOrganizations(fetchFn);
    const again = await builtInOrganizations(fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(String(fetchFn.mock.calls[0]?.[0])).toBe('data/default.json');
    expect(again).toBe(first);
    expect(first.map((o) => o.id)).toEqual(defaultDataset.organizations.map((o) => o.id));
  });

  it('asks again after a failed fetch, and falls back to the current dataset’s organizations', async () => {
    const failing = vi.fn<typeof fetch>(async () => new Response('', { status: 503 }));
    const mine = [org('my-lab')];
    expect(await knownOrganizations(mine, failing)).toEqual(mine);
    const fetchFn = serveDefault();
    expect((await knownOrganizations(mine, fetchFn)).map((o) => o.id)).toContain('csa');
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('puts the built-in organizations first and adds the current dataset’s own', () => {
    const builtIn = [org('nasa', 'North America', 'US'), org('csa', 'North America', 'CA')];
    const created = { ...org('csa', 'International', null), url: '' };
    const merged = mergeKnownOrganizations(builtIn, [created, org('my-lab')]);
    expect(merged.map((o) => [o.id, o.region])).toEqual([
      ['nasa', 'North America'],
      ['csa', 'North America'],
      ['my-lab', 'Europe'],
    ]);
  });

  it('a second import still knows CSA, DLR, ASI… when the first file named only a few agencies', async () => {
    const fetchFn = serveDefault();
    const start = { knownOrganizations: defaultDataset.organizations, currentYear: 2026 };
    const small = importText('name,start,partners\nTiny sat,2020,NASA; Tiny Lab\n', 'small.csv', start);
    const current = small.dataset?.organizations ?? [];
    expect(current.map((o) => o.id).sort()).toEqual(['nasa', 'tiny-lab']);

    const sample = publicFile('samples/missions-sample.csv');
    // What went wrong before: only the current dataset's organizations were known.
    const before = importText(sample, 'missions-sample.csv', { ...start, knownOrganizations: current });
    expect(unknownAgencies(before).join('\n')).toMatch(/"CSA"/);

    const known = await knownOrganizations(current, fetchFn);
    const after = importText(sample, 'missions-sample.csv', { ...start, knownOrganizations: known });
    expect(unknownAgencies(after)).toEqual([]);
    const regions = new Map(after.dataset?.organizations.map((o) => [o.id, o.region]));
    expect(regions.get('csa')).toBe('North America');
    expect(regions.get('dlr')).toBe('Europe');
    // The first file's own organization is still matched by name.
    const again = importText('name,start,partners\nTiny 2,2021,tiny lab\n', 'again.csv', {
      ...start,
      knownOrganizations: known,
    });
    expect(unknownAgencies(again)).toEqual([]);
  });
});
