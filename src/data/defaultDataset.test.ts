import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../public/data/dataset.schema.json';
import { DESTINATIONS, MISSION_TYPES, ORG_KINDS, REGIONS, STATUSES } from './vocabulary';
import { validateDataset } from './validate';

const raw: unknown = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/default.json'), 'utf8'),
);
const result = validateDataset(raw);

describe('the default dataset', () => {
  it('passes the same validation as any imported file', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  const dataset = result.ok ? result.dataset : { missions: [], organizations: [] };
  const byName = (name: RegExp) => dataset.missions.find((m) => name.test(m.name));
  const partnersOf = (name: RegExp) => byName(name)?.partners.map((p) => p.org) ?? [];

  it('is large enough for a meaningful graph', () => {
    expect(dataset.missions.length).toBeGreaterThanOrEqual(30);
    expect(dataset.organizations.length).toBeGreaterThanOrEqual(15);
  });

  it('has every program the seed documents name, with their partners', () => {
    expect(partnersOf(/^International Space Station/)).toEqual(
      expect.arrayContaining(['nasa', 'roscosmos', 'esa', 'jaxa', 'csa']),
    );
    expect(partnersOf(/James Webb/)).toEqual(expect.arrayContaining(['nasa', 'esa', 'csa']));
    expect(partnersOf(/Gateway/)).toEqual(expect.arrayContaining(['nasa', 'esa', 'jaxa', 'csa']));
    expect(partnersOf(/ALMA|Atacama/)).toEqual(expect.arrayContaining(['eso', 'nrao', 'naoj']));
    expect(partnersOf(/^ExoMars/)).toEqual(expect.arrayContaining(['esa', 'roscosmos']));
    for (const name of [
      /Rosetta/,
      /Philae/,
      /Perseverance/,
      /Curiosity/,
      /Artemis I\b/,
      /^Copernicus/,
      /Crew-1\b/,
    ]) {
      expect({ name: String(name), found: byName(name) !== undefined }).toEqual({
        name: String(name),
        found: true,
      });
    }
  });

  it('follows the facts where a seed document is wrong', () => {
    // Copernicus is the European Union's programme, not a NASA one.
    expect(partnersOf(/^Copernicus/)).toContain('eu');
    expect(partnersOf(/^Copernicus/)).not.toContain('nasa');
    // No Artemis crew landed on the Moon in 2024.
    const artemisIII = byName(/Artemis III/);
    expect(artemisIII?.start).toBeGreaterThan(2024);
  });
});

describe('the published JSON Schema', () => {
  it('lists the same vocabularies as the validator', () => {
    const defs = schema.$defs;
    expect(defs.organization.properties.kind.enum).toEqual([...ORG_KINDS]);
    expect(defs.organization.properties.region.enum).toEqual([...REGIONS]);
    expect(defs.mission.properties.type.enum).toEqual([...MISSION_TYPES]);
    expect(defs.mission.properties.status.enum).toEqual([...STATUSES]);
    expect(defs.mission.properties.destination.enum).toEqual([...DESTINATIONS]);
  });
});
