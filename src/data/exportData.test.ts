import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import { subsetDataset } from './exportData';
import { validateDataset } from './validate';

describe('subsetDataset', () => {
  it('keeps the chosen missions and only the organizations they use, and stays valid', () => {
    const d = smallDataset();
    d.missions[0]!.program = 'iss';
    const subset = subsetDataset(d.missions.slice(0, 2), d.organizations, 'Export', '2026-11-22');
    expect(subset.missions.map((m) => m.id)).toEqual(['hubble', 'soho']);
    expect(subset.organizations.map((o) => o.id).sort()).toEqual(['esa', 'nasa']);
    // The ISS is not in the selection, so Hubble's program link is cleared rather than left dangling.
    expect(subset.missions[0]?.program).toBeNull();
    expect(validateDataset(subset).ok).toBe(true);
  });
});
