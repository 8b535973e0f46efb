import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import { subsetDataset } from './exportData';
import { validateDataset } from './validate';

describe('subsetDataset', () => {
  it('keeps the chosen missions and only the organizations they use, and stays valid', () => {
    const d = smallDataset();
    d.missions[0]!.program = 'iss';
    const subset = subsetDataset(d.missions.slice(0, 2), d, 'Export', '2026-11-22');
    expect(subset.missions.map((m) => m.id)).toEqual(['hubble', 'soho']);
    expect(subset.organizations.map((o) => o.id).sort()).toEqual(['esa', 'nasa']);
    // The ISS is not in the selection, so Hubble's program link is cleared rather than left dangling.
    expect(subset.missions[0]?.program).toBeNull();
    expect(validateDataset(subset).ok).toBe(true);
  });

  it("carries the source's licence and the renamed ids that still point into the file, and re-imports as they were", () => {
    const d = {
      ...smallDataset(),
      license: 'CC BY 4.0',
      renamed: { 'old-esa': 'esa', 'old-isro': 'isro', 'hubble-st': 'hubble', 'old-bepi': 'bepicolombo' },
    };
    const subset = subsetDataset(d.missions.slice(0, 2), d, 'Export', '2026-12-08');
    expect(subset.license).toBe('CC BY 4.0');
    // ISRO and BepiColombo are not in the file, so their old ids would not validate and are left out.
    expect(subset.renamed).toEqual({ 'old-esa': 'esa', 'hubble-st': 'hubble' });
    const reread = validateDataset(JSON.parse(JSON.stringify(subset)));
    expect(reread.ok && reread.dataset.license).toBe('CC BY 4.0');
    expect(reread.ok && reread.dataset.renamed).toEqual({ 'old-esa': 'esa', 'hubble-st': 'hubble' });
  });

  it('adds no licence or renamed table when the source has none, or when none of its renamed ids is kept', () => {
    const d = smallDataset();
    expect(subsetDataset(d.missions, d, 'Export', '2026-12-08')).not.toHaveProperty('license');
    const subset = subsetDataset(
      d.missions.slice(4),
      { ...d, renamed: { 'old-esa': 'esa' } },
      'Export',
      '2026-12-08',
    );
    expect(subset).not.toHaveProperty('renamed');
  });
});
