import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { timelineRows } from '../domain/timeline';
import { smallDataset } from '../test/fixtures';
import {
  selectDatasetYears,
  selectFilteredMissions,
  selectPartnershipGraph,
  selectSelectedMission,
  selectTimelineRows,
  selectVisibleMissions,
} from './selectors';
import { appStore, initialState } from './store';

const state = () => appStore.getState();

beforeEach(() => {
  appStore.setState({ ...initialState, currentYear: 2026 });
  state().setDataset(smallDataset());
});

describe('selectors', () => {
  it('return the same object while their inputs are unchanged', () => {
    expect(selectFilteredMissions(state())).toBe(selectFilteredMissions(state()));
    expect(selectPartnershipGraph(state())).toBe(selectPartnershipGraph(state()));
    state().selectMission('iss');
    expect(selectPartnershipGraph(state())).toBe(selectPartnershipGraph(state()));
  });

  it('recompute when a filter changes, and all views follow', () => {
    state().toggleAgency('isro');
    expect(selectFilteredMissions(state()).map((m) => m.id)).toEqual(['saral', 'lupex']);
    expect(selectPartnershipGraph(state()).nodes.map((n) => n.id)).toEqual(['isro', 'cnes', 'jaxa']);
    expect(selectTimelineRows(state()).map((r) => r.id)).toEqual(['saral', 'lupex']);
  });

  it('give back the same objects when a recent filter state comes back, whatever the order of ticking', () => {
    state().toggleAgency('isro');
    const graph = selectPartnershipGraph(state());
    const rows = selectTimelineRows(state());
    state().setYearRange(2010, null);
    state().setFilters({ q: 'sat' });
    expect(selectPartnershipGraph(state())).not.toBe(graph);
    state().setFilters({ q: '' });
    state().setYearRange(null, null);
    expect(selectPartnershipGraph(state())).toBe(graph);
    expect(selectTimelineRows(state())).toBe(rows);
    // The same agencies ticked in another order are the same filters.
    state().toggleAgency('jaxa');
    const both = selectFilteredMissions(state());
    state().resetFilters();
    state().toggleAgency('jaxa');
    state().toggleAgency('isro');
    expect(selectFilteredMissions(state())).toBe(both);
  });

  it('give the same objects for other filters that let the same missions through', () => {
    state().toggleAgency('isro');
    const missions = selectFilteredMissions(state());
    const graph = selectPartnershipGraph(state());
    const rows = selectTimelineRows(state());
    // ISRO's two missions both start after 2000: from 2000 on, the same two missions.
    state().setYearRange(2000, null);
    expect(selectFilteredMissions(state())).toBe(missions);
    expect(selectPartnershipGraph(state())).toBe(graph);
    expect(selectTimelineRows(state())).toBe(rows);
    state().setFilters({ q: 'sa' });
    const saral = selectFilteredMissions(state());
    expect(saral.map((m) => m.id)).toEqual(['saral']);
    expect(selectPartnershipGraph(state())).not.toBe(graph);
    // One letter more, the same mission.
    state().setFilters({ q: 'sar' });
    expect(selectFilteredMissions(state())).toBe(saral);
  });

  it('give the timeline the bars of the visible missions, in timeline order, for any filter', () => {
    const real = JSON.parse(readFileSync('public/data/default.json', 'utf8')) as Dataset;
    state().setDataset(real);
    const check = () =>
      expect(selectTimelineRows(state())).toEqual(timelineRows(selectVisibleMissions(state()), 2026));
    check();
    state().toggleAgency('esa');
    check();
    state().toggleAgency('jaxa');
    state().setFilters({ match: 'all' });
    check();
    state().focusAgency('nasa');
    check();
    state().setFilters({ q: 'mars' });
    check();
    expect(selectTimelineRows(state()).length).toBeLessThan(real.missions.length);
  });

  it('narrow the table and timeline to the focused agency but keep the whole graph', () => {
    state().focusAgency('cnes');
    expect(selectVisibleMissions(state()).map((m) => m.id)).toEqual(['saral']);
    expect(selectTimelineRows(state()).map((r) => r.id)).toEqual(['saral']);
    expect(selectPartnershipGraph(state()).nodes).toHaveLength(5);
  });

  it('find the selected mission and the dataset years', () => {
    state().selectMission('soho');
    expect(selectSelectedMission(state())?.name).toBe('Mission soho');
    expect(selectDatasetYears(state())).toEqual([1990, 2028]);
  });

  it('reset clears filters and focus but keeps the selection', () => {
    state().toggleAgency('esa');
    state().focusAgency('esa');
    state().selectMission('iss');
    state().resetFilters();
    expect(selectVisibleMissions(state())).toHaveLength(6);
    expect(state().mission).toBe('iss');
  });

  it('a failed load keeps the dataset already shown', () => {
    state().setDatasetError({ title: { key: 'load.notJson', params: { url: 'x' } }, details: [] });
    expect(state().datasetStatus).toBe('ready');
    expect(state().dataset?.missions).toHaveLength(6);
  });
});
