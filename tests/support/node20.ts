// Vitest 5 calls Map.groupBy and Object.groupBy, which Node 20 (this project's machines) lacks; without
// them a failing test crashes the reporter instead of printing its error. Remove when Node 22 is the floor.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

const groupBy: GroupBy = (items, key) => {
  const out = new Map();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
};

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', { value: groupBy, configurable: true, writable: true });
}
if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    value: <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) =>
      Object.fromEntries((Map as unknown as { groupBy: GroupBy }).groupBy(items, key)),
    configurable: true,
    writable: true,
  });
}
