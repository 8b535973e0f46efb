import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, appStore } from '../store/store';
import { smallDataset } from '../test/fixtures';
import { App } from './App';

function serve(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

const tableRows = () =>
  within(screen.getByRole('region', { name: 'Mission table' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

/** Every live region of the page saying `count`: status roles (an <output> too) and aria-live ones. */
const announcing = (count: RegExp) =>
  [...screen.queryAllByRole('status'), ...document.querySelectorAll('[aria-live]')]
    .filter((el, i, all) => all.indexOf(el) === i && el.getAttribute('aria-live') !== 'off')
    .filter((el) => count.test(el.textContent ?? ''));

beforeEach(() => {
  appStore.setState({ ...initialState, currentYear: 2026 });
});

describe('App', () => {
  it('shows a loading state when loading takes a while, then every landmark of the contract', async () => {
    let answer: ((response: Response) => void) | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    render(<App />);
    expect(await screen.findByText('Loading missions…')).toBeInTheDocument();
    answer?.(new Response(JSON.stringify(smallDataset())));
    for (const name of ['Filters', 'Mission table', 'Partnership graph', 'Timeline', 'Mission details']) {
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    }
    expect(tableRows()).toHaveLength(6);
    expect(screen.queryByText('Loading missions…')).not.toBeInTheDocument();
  });

  it('goes straight to the views when the data arrives at once, with no loading message first', async () => {
    serve(smallDataset());
    render(<App />);
    // Nothing is drawn only to be replaced: no header and no loading message before the views.
    expect(screen.queryByText('Loading missions…')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Mission table' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('filters the table, graph and timeline when an agency is ticked', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('checkbox', { name: /ISRO/ }));
    expect(tableRows()).toEqual(['Mission saral', 'Mission lupex']);
    const graph = screen.getByRole('region', { name: 'Partnership graph' });
    // Which agencies are shown (in the whole dataset’s order, which filters do not change).
    expect(
      within(graph)
        .getAllByRole('button', { name: /: \d+ missions?, / })
        .map((b) => b.getAttribute('aria-label'))
        .sort(),
    ).toEqual(['CNES: 1 mission, 1 partner', 'ISRO: 2 missions, 2 partners', 'JAXA: 1 mission, 1 partner']);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getAllByRole('button', { name: /Mission/ })).toHaveLength(2);
  });

  it('announces the count of a filter’s results once, politely, with or without the header', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    await user.click(await screen.findByRole('checkbox', { name: /ISRO/ }));
    const live = announcing(/\b2 of 6 missions/);
    expect(live).toHaveLength(1);
    expect(live[0]).toHaveAttribute('aria-live', 'polite');
    unmount();
    // An embedded table has no header: its own count is the one announced.
    appStore.setState({ ...initialState, currentYear: 2026, embed: true, view: 'table' });
    render(<App />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search missions' }), 'saral');
    await waitFor(() => expect(announcing(/\b1 of 6 missions/)).toHaveLength(1));
  });

  it('sorts by a column and opens the details of a clicked mission', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('region', { name: 'Mission table' });
    await user.click(within(table).getByRole('button', { name: 'Mission' }));
    expect(tableRows()[0]).toBe('Mission bepicolombo');
    await user.click(screen.getByRole('row', { name: /Mission saral/ }));
    const details = screen.getByRole('region', { name: 'Mission details' });
    expect(within(details).getByRole('heading', { name: 'Mission saral' })).toBeInTheDocument();
    expect(within(details).getByText('cnes part')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'example.org' })).toHaveAttribute(
      'href',
      'https://example.org/source',
    );
  });

  it('searches by text', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search missions' }), 'optical');
    expect(tableRows()).toEqual(['Mission hubble']);
  });

  it('focuses an agency from the graph and narrows the table', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'CNES: 1 mission, 1 partner' }));
    expect(tableRows()).toEqual(['Mission saral']);
    expect(appStore.getState().agency).toBe('cnes');
  });

  it('explains a dataset that cannot be loaded instead of showing a blank page', async () => {
    serve({ version: 1, organizations: [], missions: [{ id: 'x' }] });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('has');
    expect(alert).toHaveTextContent('missions[0].name');
  });

  it('rejects a year outside the dataset with a message next to the field', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    const from = await screen.findByRole('textbox', { name: 'From' });
    await user.type(from, '1800{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a year from 1990 to 2028.');
    expect(tableRows()).toHaveLength(6);
    await user.clear(from);
    await user.type(from, '2015{Enter}');
    // SARAL ran 2013–2023, so it overlaps a window starting in 2015.
    expect(tableRows()).toEqual([
      'Mission hubble',
      'Mission soho',
      'Mission iss',
      'Mission saral',
      'Mission bepicolombo',
      'Mission lupex',
    ]);
    // A committed year re-creates the field, so find it again as a user would.
    const committed = screen.getByRole('textbox', { name: 'From' });
    expect(committed).toHaveValue('2015');
    await user.clear(committed);
    await user.type(committed, '2024{Enter}');
    expect(tableRows()).not.toContain('Mission saral');
  });

  it('moves through rows with the arrow keys and opens one with Enter', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    const first = await screen.findByRole('row', { name: /Mission hubble/ });
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await vi.waitFor(() => expect(screen.getByRole('row', { name: /Mission iss/ })).toHaveFocus());
    await user.keyboard('{Enter}');
    const details = screen.getByRole('region', { name: 'Mission details' });
    expect(within(details).getByRole('heading', { name: 'Mission iss' })).toBeInTheDocument();
  });

  it('filters by facets whose counts follow the other filters, shown as removable chips', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    const status = await screen.findByRole('combobox', { name: 'Status' });
    expect(within(status).getByRole('option', { name: 'Active (4)' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /ISRO/ }));
    expect(within(status).getByRole('option', { name: 'Completed (1)' })).toBeInTheDocument();
    await user.selectOptions(status, 'planned');
    expect(tableRows()).toEqual(['Mission lupex']);
    const chips = screen.getByRole('group', { name: 'Active filters' });
    await user.click(within(chips).getByRole('button', { name: 'Remove Planned' }));
    expect(tableRows()).toEqual(['Mission saral', 'Mission lupex']);
    // The focus moves on to what came next (here Reset all), not lost to the page.
    expect(document.activeElement).toBe(within(chips).getByRole('button', { name: 'Reset all' }));
    await user.click(within(chips).getByRole('button', { name: 'Reset all' }));
    expect(tableRows()).toHaveLength(6);
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument();
    // With no chip left, it goes to the Filters panel.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Filters' }));
  });

  it('chooses a decade as a year range', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Decade' }), '1990');
    expect(appStore.getState().filters).toMatchObject({ from: 1990, to: 1999 });
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('1990');
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('1999');
    expect(tableRows()).toEqual(['Mission hubble', 'Mission soho', 'Mission iss']);
  });

  it('names a hovered timeline bar in a tooltip that goes when the pointer leaves', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const bar = within(timeline).getByRole('button', { name: /Mission saral/ });
    await user.hover(bar);
    expect(within(timeline).getByRole('tooltip')).toHaveTextContent(/Mission saral.*\d+ partners?/);
    await user.unhover(bar);
    expect(within(timeline).queryByRole('tooltip')).toBeNull();
  });

  it('compares two agencies picked in the compare panel', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    const panel = await screen.findByRole('region', { name: 'Compare agencies' });
    // The menus are filled once the first view is painted.
    await within(panel).findAllByRole('option', { name: 'ESA' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'First' }), 'esa');
    expect(appStore.getState().compare).toBeNull();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Second' }), 'jaxa');
    expect(appStore.getState().compare).toEqual(['esa', 'jaxa']);
    expect(panel).toHaveTextContent('2 shared missions. First together: Mission iss (1998).');
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('1990s1');
  });

  it('shows the focused agency’s profile', async () => {
    serve(smallDataset());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'JAXA: 3 missions, 3 partners' }));
    const profile = screen.getByRole('region', { name: 'Agency details' });
    expect(profile).toHaveTextContent('3 missions with 3 partners');
    expect(profile).toHaveTextContent(
      'First collaboration: Mission iss (1998); latest: Mission lupex (2028).',
    );
    await user.click(within(profile).getByRole('button', { name: 'ESA' }));
    expect(appStore.getState().compare).toEqual(['jaxa', 'esa']);
  });

  it('speaks Korean with lang=ko, landmarks and controls included', async () => {
    serve(smallDataset());
    appStore.setState({ lang: 'ko' });
    render(<App />);
    expect(await screen.findByRole('region', { name: '임무 표' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '협력 관계 그래프' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '임무 검색' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
  });
});
