import { afterEach, describe, expect, it } from 'vitest';
import { focusIsWithin } from './focusIsWithin';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusIsWithin', () => {
  it('is true for focus inside the box, or on the page after the focused element was removed', () => {
    document.body.innerHTML = '<div id="box"><button id="a">a</button></div><input id="search" />';
    const box = document.getElementById('box') as HTMLElement;
    (document.getElementById('a') as HTMLElement).focus();
    expect(focusIsWithin(box)).toBe(true);
    (document.getElementById('a') as HTMLElement).remove();
    expect(focusIsWithin(box)).toBe(true);
  });

  it('is false once the user has moved focus elsewhere', () => {
    document.body.innerHTML = '<div id="box"><button>a</button></div><input id="search" />';
    (document.getElementById('search') as HTMLElement).focus();
    expect(focusIsWithin(document.getElementById('box') as HTMLElement)).toBe(false);
  });
});
