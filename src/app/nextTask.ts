/**
 * Resolves in a new task, after the browser has had the chance to render and handle input: a message to
 * oneself, which (unlike setTimeout) is not clamped to 4 ms or more.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => resolve(), { once: true });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the page has painted what was last rendered (the task after the next frame): for work that
 * blocks the page for a while, so that a notice saying so is on screen first.
 */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}
