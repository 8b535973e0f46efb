import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { appStore } from '../store/store';
import { mission, org, smallDataset } from '../test/fixtures';
import { LAST_STAGE, STAGED_MIN_MISSIONS, useStagedMount } from './useStagedMount';

describe('useStagedMount', () => {
  it('shows every view at once for an ordinary dataset', () => {
    act(() => appStore.getState().setDataset(smallDataset()));
    const { result } = renderHook(() => useStagedMount());
    expect(result.current).toBe(LAST_STAGE);
  });

  it('brings the views of a very large dataset in one task at a time, from the table to the graph', async () => {
    const huge = {
      version: 1,
      organizations: [org('nasa'), org('esa')],
      missions: Array.from({ length: STAGED_MIN_MISSIONS + 1 }, (_, i) => mission(`m-${i}`, ['nasa', 'esa'])),
    } as Dataset;
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const stage = useStagedMount();
      seen.push(stage);
      return stage;
    });
    act(() => appStore.getState().setDataset(huge));
    await waitFor(() => expect(result.current).toBe(LAST_STAGE));
    // From the switch on: the table alone first, then each stage in order, none skipped.
    expect(seen).toContain(0);
    expect([...new Set(seen.slice(seen.indexOf(0)))]).toEqual([0, 1, 2, 3, 4]);
  });
});
