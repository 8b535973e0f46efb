import { describe, expect, it } from 'vitest';
import { memoizeLast, memoizeRecent } from './memo';

describe('memoizeRecent', () => {
  it('gives back the object made before when called again with a recent set of arguments', () => {
    let calls = 0;
    const double = memoizeRecent((xs: number[]) => {
      calls += 1;
      return xs.map((x) => x * 2);
    }, 2);
    const a = [1];
    const b = [2];
    const first = double(a);
    double(b);
    expect(double(a)).toBe(first);
    expect(calls).toBe(2);
  });

  it('forgets the least recently used results beyond its size', () => {
    let calls = 0;
    const id = memoizeRecent((x: object) => {
      calls += 1;
      return { x };
    }, 2);
    const [a, b, c] = [{}, {}, {}];
    const fromA = id(a);
    id(b);
    id(a); // a is now the most recent: b goes first
    id(c);
    expect(id(a)).toBe(fromA);
    expect(calls).toBe(3);
    id(b);
    expect(calls).toBe(4);
  });

  it('compares what the key function makes of the arguments', () => {
    let calls = 0;
    const count = memoizeRecent(
      (filters: { q: string }) => {
        calls += 1;
        return { ...filters };
      },
      3,
      (filters) => [filters.q],
    );
    const first = count({ q: 'mars' });
    count({ q: 'moon' });
    expect(count({ q: 'mars' })).toBe(first);
    expect(calls).toBe(2);
  });
});

describe('memoizeLast', () => {
  it('remembers only the last call', () => {
    let calls = 0;
    const f = memoizeLast((x: object) => {
      calls += 1;
      return { x };
    });
    const [a, b] = [{}, {}];
    f(a);
    f(b);
    f(a);
    expect(calls).toBe(3);
    expect(f(a)).toBe(f(a));
  });
});
