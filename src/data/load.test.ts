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

describe('loadDataset progress', () => {
  it('reports the bytes as they arrive, then the check, for a file of known size', async () => {
    const body = JSON.stringify(smallDataset());
    const bytes = new TextEncoder().encode(body).byteLength;
    const seen: string[] = [];
    const result = await loadDataset(
      'data/x.json',
      async () => new Response(body, { headers: { 'content-length': String(bytes) } }),
      (p) => seen.push(`${p.phase}:${p.done}/${p.total}`),
    );
    expect(result.ok).toBe(true);
    expect(seen.at(-2)).toBe(`download:${bytes}/${bytes}`);
    expect(seen.at(-1)).toBe(`check:0/${smallDataset().missions.length}`);
  });

  it('resolves a relative address against the given base, and names it as given in messages', async () => {
    const asked: string[] = [];
    const result = await loadDataset(
      'data/missing.json',
      async (input) => {
        asked.push(String(input));
        return new Response('nope', { status: 404 });
      },
      undefined,
      'https://example.org/app/',
    );
    expect(asked).toEqual(['https://example.org/app/data/missing.json']);
    expect(!result.ok && result.title.params).toMatchObject({ url: 'data/missing.json' });
  });
});
