import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore, initialState } from '../../store/store';
import { smallDataset } from '../../test/fixtures';
import { ExportMenu } from './ExportMenu';

const { download } = vi.hoisted(() => ({
  download: vi.fn<(name: string, content: Blob | string, type?: string) => void>(),
}));
vi.mock('./svgExport', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./svgExport')>()),
  download,
}));

beforeEach(() => {
  download.mockReset();
  appStore.setState({ ...initialState, currentYear: 2026 });
  appStore.getState().setDataset(smallDataset());
});

describe('Export menu', () => {
  it('saves the shown missions as CSV and closes', async () => {
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByText('Export'));
    await user.click(screen.getByRole('button', { name: 'Missions as CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(download.mock.calls[0]?.[0]).toMatch(/^missions-\d{4}-\d\d-\d\d\.csv$/);
    expect(screen.getByText('Export').closest('details')?.open).toBe(false);
    // Done: no "Preparing…" left behind.
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says why an export failed, in a notice, instead of failing silently', async () => {
    download.mockImplementation(() => {
      throw new Error('the disk is full');
    });
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByText('Export'));
    await user.click(screen.getByRole('button', { name: 'Missions as JSON' }));
    await waitFor(() =>
      expect(appStore.getState().notices.map((n) => n.message)).toEqual([
        { key: 'export.failed', params: { reason: 'the disk is full' } },
      ]),
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
