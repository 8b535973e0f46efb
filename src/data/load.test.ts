import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import { datasetUrl, loadDataset } from './load';

const respond =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('loadDataset', () => {
  it('loads and validates a good file', async () => {
    const result = await loadDataset('data/x.json', respond(JSON.stringify(smallDataset())));
    expect(result.ok && result.dataset.missions.length).toBe(6);
  });

  it('explains a missing file', async () => {
    const result = await loadDataset('data/missing.json', respond('nope', 404));
    expect(result).toEqual({
      ok: false,
      title: { key: 'load.notFound', params: { url: 'data/missing.json' } },
      details: ['The server answered 404.'],
    });
  });

  it('explains a file that is not JSON', async () => {
    const result = await loadDataset('data/x.json', respond('{"version": 1,'));
    expect(result).toMatchObject({ ok: false, title: { key: 'load.notJson' } });
  });

  it('lists the problems of an invalid file', async () => {
    const bad = { ...smallDataset(), version: 2 };
    const result = await loadDataset('data/x.json', respond(JSON.stringify(bad)));
    expect(result).toEqual({
      ok: false,
      title: { key: 'load.invalid.one', params: { url: 'data/x.json', count: 1 } },
      details: ['version: version must be 1, found 2'],
    });
  });

  it('explains a network failure', async () => {
    const result = await loadDataset('data/x.json', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toMatchObject({ ok: false, details: [expect.stringContaining('Failed to fetch')] });
  });

  it('builds relative dataset paths so the app works under any base path', () => {
    expect(datasetUrl('default')).toBe('data/default.json');
  });
});
