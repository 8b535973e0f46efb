import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../test/fixtures';
import type { LoadProgress } from './load';
import { loadDatasetOffThread, startLoadingEarly } from './loadOffThread';

/** A stand-in for the load worker: records what it was asked and answers when the test says. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  asked: string[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: { url: string }) {
    this.asked.push(message.url);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('loading a dataset off the main thread', () => {
  it('takes over a load started early, with what the worker said before, and downloads it once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { missions, ...rest } = smallDataset();
    startLoadingEarly('data/default.json');
    const [worker] = FakeWorker.made;
    // The worker gets far before the interface asks: progress, then the start of the dataset.
    worker?.say({ type: 'progress', progress: { phase: 'check', done: 0, total: missions.length } });
    worker?.say({ type: 'begin', dataset: { ...rest, missions: [] } });

    const progress = vi.fn<(progress: LoadProgress) => void>();
    const load = loadDatasetOffThread('data/default.json', progress);
    worker?.say({ type: 'missions', missions });
    worker?.say({ type: 'end' });
    const result = await load.result;

    expect(FakeWorker.made).toHaveLength(1);
    expect(worker?.asked).toEqual(['data/default.json']);
    expect(progress).toHaveBeenCalledWith({ phase: 'check', done: 0, total: missions.length });
    expect(result.ok && result.dataset.missions.map((m) => m.id)).toEqual(missions.map((m) => m.id));
    expect(worker?.terminated).toBe(true);
  });

  it('stops an early load of another address and loads the one asked for', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    startLoadingEarly('data/default.json');
    const load = loadDatasetOffThread('data/other.json', () => {});
    const [early, asked] = FakeWorker.made;
    expect(early?.terminated).toBe(true);
    expect(asked?.asked).toEqual(['data/other.json']);
    asked?.say({ type: 'result', result: { ok: false, title: { key: 'load.network' }, details: [] } });
    expect(await load.result).toMatchObject({ ok: false });
  });
});
