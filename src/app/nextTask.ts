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
