import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, appStore } from '../store/store';
import { LazyImportDialog } from './LazyImportDialog';

// The dialog's code cannot be fetched (a classroom offline before it was ever loaded).
vi.mock('../views/data/ImportDialog', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

beforeEach(() => {
  appStore.setState({ ...initialState, currentYear: 2026 });
});

describe('the import dialog, loaded when first needed', () => {
  it('says the file could not be opened when its code cannot load, and forgets the file', async () => {
    render(<LazyImportDialog />);
    act(() => appStore.getState().startImport(new File(['id,name'], 'missions.csv')));
    await waitFor(() => expect(appStore.getState().pendingImport).toBeNull());
    expect(appStore.getState().notices.map((n) => n.message.key)).toEqual(['import.failed']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
