import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/store';
import { SEARCH_PAUSE_MS, SearchBox } from './SearchBox';

const box = () => screen.getByRole('searchbox', { name: 'Search missions' }) as HTMLInputElement;
const type = (value: string) => fireEvent.change(box(), { target: { value } });

describe('SearchBox', () => {
  beforeEach(() => act(() => appStore.getState().resetFilters()));
  afterEach(() => vi.useRealTimers());

  it('searches on every keystroke for an ordinary dataset', () => {
    render(<SearchBox deferred={false} />);
    type('mar');
    expect(appStore.getState().filters.q).toBe('mar');
  });

  it('on a very large dataset, shows the letters at once and searches once typing pauses', () => {
    vi.useFakeTimers();
    render(<SearchBox deferred />);
    type('m');
    type('ma');
    type('mar');
    expect(box().value).toBe('mar');
    expect(box().getAttribute('aria-busy')).toBe('true');
    expect(appStore.getState().filters.q).toBe('');
    act(() => vi.advanceTimersByTime(SEARCH_PAUSE_MS));
    expect(appStore.getState().filters.q).toBe('mar');
    expect(box().getAttribute('aria-busy')).toBe('false');
  });

  it('takes a search set elsewhere (reset, back button, link)', () => {
    render(<SearchBox deferred />);
    act(() => appStore.getState().setFilters({ q: 'jaxa' }));
    expect(box().value).toBe('jaxa');
    act(() => appStore.getState().resetFilters());
    expect(box().value).toBe('');
  });
});
