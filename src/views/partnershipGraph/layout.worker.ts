/// <reference lib="webworker" />
import { runLayout, type LayoutInput } from '../../domain/forceLayout';

// Large graphs are laid out here, off the main thread, so the page stays responsive while d3-force runs.
self.addEventListener('message', (event: MessageEvent<{ id: number; input: LayoutInput }>) => {
  const { id, input } = event.data;
  const started = performance.now();
  const positions = runLayout(input);
  self.postMessage({ id, positions, ms: performance.now() - started });
});
