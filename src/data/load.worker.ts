/// <reference lib="webworker" />
import { loadDataset, type LoadProgress } from './load';

// Downloading, parsing and checking a large dataset take seconds of CPU: done here, the page keeps
// painting its progress and answering the user meanwhile.
const SLICE = 5000;

self.addEventListener('message', (event: MessageEvent<{ url: string; base: string }>) => {
  const { url, base } = event.data;
  let last = 0;
  const onProgress = (progress: LoadProgress) => {
    // A message per network chunk would flood the page; a few a second are enough for a progress bar.
    const now = performance.now();
    if (progress.phase === 'download' && now - last < 100) return;
    last = now;
    self.postMessage({ type: 'progress', progress });
  };
  void loadDataset(url, fetch, onProgress, base).then((result) => {
    if (!result.ok) return self.postMessage({ type: 'result', result });
    // Sent in slices: the page copies each message in its own task, and one message of 100,000 missions
    // would be a single copy of most of a second.
    const { missions, ...rest } = result.dataset;
    self.postMessage({ type: 'begin', dataset: { ...rest, missions: [] } });
    for (let i = 0; i < missions.length; i += SLICE)
      self.postMessage({ type: 'missions', missions: missions.slice(i, i + SLICE) });
    self.postMessage({ type: 'end' });
  });
});
