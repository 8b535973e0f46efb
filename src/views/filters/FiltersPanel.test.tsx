import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema';
import { appStore, initialState } from '../../store/store';
import { mission, org } from '../../test/fixtures';
import { AGENCY_LIST_SHORT, FiltersPanel } from './FiltersPanel';

/** 200 agencies: agency k takes part in 200 − k missions, so the list's order is a0, a1, a2… */
function manyAgencies(): Dataset {
  const organizations = Array.from({ length: 200 }, (_, k) => org(`a${k}`));
  const missions = Array.from({ length: 200 }, (_, m) =>
    mission(
      `m${m}`,
      organizations.slice(0, m + 1).map((o) => o.id),
    ),
  );
  return { version: 1, organizations, missions };
}

/** An agency's box by its name (its label then says how many missions it has). */
const agency = (name: string) => new RegExp(`^${name}\\s?\\d+ missions?$`);
const agencyBoxes = () => within(screen.getByRole('list', { name: 'Agencies' })).getAllByRole('checkbox');

beforeEach(() => {
  appStore.setState({ ...initialState, currentYear: 2026 });
  appStore.getState().setDataset(manyAgencies());
});

describe('the agency list of a large dataset', () => {
  it('starts with the largest agencies, shows all on request and finds any by name', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    // The first view builds the top of the list (the box shows about a dozen), the rest once it is painted.
    expect(agencyBoxes()).toHaveLength(24);
    await waitFor(() => expect(agencyBoxes()).toHaveLength(AGENCY_LIST_SHORT));
    expect(agencyBoxes()[0]).toHaveAccessibleName(agency('A0'));

    const more = screen.getByRole('button', { name: 'Show all 200 agencies' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(agencyBoxes()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: `Show the ${AGENCY_LIST_SHORT} largest only` }));
    expect(agencyBoxes()).toHaveLength(AGENCY_LIST_SHORT);

    // One of the smallest, found by typing, ticked, and still listed once the search is cleared.
    const find = screen.getByRole('searchbox', { name: 'Find an agency' });
    await user.type(find, 'A187');
    await user.click(screen.getByRole('checkbox', { name: agency('A187') }));
    expect(appStore.getState().filters.agencies).toEqual(['a187']);
    await user.clear(find);
    expect(agencyBoxes()).toHaveLength(AGENCY_LIST_SHORT + 1);
    expect(screen.getByRole('checkbox', { name: agency('A187') })).toBeChecked();
  });

  it('lists every agency of a dataset of ordinary size, with no button', async () => {
    const small = manyAgencies();
    small.organizations = small.organizations.slice(0, 120);
    small.missions = small.missions.map((m) => ({
      ...m,
      partners: m.partners.filter((p) => Number(p.org.slice(1)) < 120),
    }));
    appStore.getState().setDataset(small);
    render(<FiltersPanel />);
    await waitFor(() => expect(agencyBoxes()).toHaveLength(120));
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
