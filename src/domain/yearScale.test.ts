import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { brushToYears, yearsToBrush } from './yearScale';

// 10 px per year from 1980 at x=0.
const x = scaleLinear().domain([1980, 2030]).range([0, 500]);

describe('brush to years', () => {
  it('turns a pixel range into the whole years it covers', () => {
    expect(brushToYears(x.invert, [100, 300])).toEqual([1990, 2009]);
    expect(brushToYears(x.invert, [104, 296])).toEqual([1990, 2009]);
  });

  it('accepts a range brushed right to left, and never gives an end before the start', () => {
    expect(brushToYears(x.invert, [300, 100])).toEqual([1990, 2009]);
    expect(brushToYears(x.invert, [100, 101])).toEqual([1990, 1990]);
  });

  it('stays within the bounds', () => {
    expect(brushToYears(x.invert, [-300, 50], [1975, 2040])).toEqual([1975, 1984]);
  });

  it('round-trips with yearsToBrush', () => {
    expect(brushToYears(x.invert, yearsToBrush(x, 1995, 2004))).toEqual([1995, 2004]);
  });
});
