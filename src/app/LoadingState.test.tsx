import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/store';
import { LoadingState } from './LoadingState';

describe('LoadingState', () => {
  afterEach(() => act(() => appStore.getState().startLoading()));

  it('says what is happening and how far it has come', () => {
    render(<LoadingState />);
    expect(screen.getByText('Loading missions…')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();

    act(() => appStore.getState().setLoadProgress({ phase: 'download', done: 250, total: 1000 }));
    expect(screen.getByText('Downloading: 25%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Loading missions…' }).getAttribute('value')).toBe('25');

    act(() => appStore.getState().setLoadProgress({ phase: 'check', done: 0, total: 100000 }));
    expect(screen.getByText('Checking 100,000 missions…')).toBeTruthy();
    // Checking has no measurable progress: the bar is indeterminate.
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);

    act(() => appStore.getState().setLoadProgress({ phase: 'prepare', done: 30000, total: 100000 }));
    expect(screen.getByText('Preparing the views: 30%')).toBeTruthy();
  });

  it('gives the size downloaded when the server does not say how large the file is', () => {
    render(<LoadingState />);
    act(() => appStore.getState().setLoadProgress({ phase: 'download', done: 2_500_000, total: null }));
    expect(screen.getByText('Downloading: 2.5 MB')).toBeTruthy();
  });
});
