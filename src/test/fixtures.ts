import type { Dataset, Mission, Organization } from '../data/schema';

export function org(
  id: string,
  region: Organization['region'] = 'Europe',
  country: string | null = 'FR',
): Organization {
  return {
    id,
    name: id.toUpperCase(),
    fullName: `${id} agency`,
    kind: 'agency',
    country,
    region,
    url: `https://${id}.example`,
  };
}

export function mission(id: string, orgs: string[], patch: Partial<Mission> = {}): Mission {
  return {
    id,
    name: `Mission ${id}`,
    type: 'telescope',
    destination: 'Sun–Earth L2',
    status: 'completed',
    start: 2000,
    end: 2010,
    program: null,
    partners: orgs.map((o, i) => ({ org: o, role: i === 0 ? 'lead' : 'partner', contribution: `${o} part` })),
    summary: `A mission called ${id}.`,
    sources: ['https://example.org/source'],
    ...patch,
  };
}

/** A small, hand-checked dataset: NASA–ESA twice, ESA–JAXA once, NASA–JAXA–ESA once, ISRO–CNES once. */
export function smallDataset(): Dataset {
  return {
    version: 1,
    organizations: [
      org('nasa', 'North America', 'US'),
      org('esa', 'Europe', null),
      org('jaxa', 'Asia', 'JP'),
      org('isro', 'Asia', 'IN'),
      org('cnes'),
    ],
    missions: [
      mission('hubble', ['nasa', 'esa'], {
        start: 1990,
        end: null,
        status: 'active',
        summary: 'Optical telescope in orbit.',
      }),
      mission('soho', ['esa', 'nasa'], {
        start: 1995,
        end: null,
        status: 'active',
        type: 'heliophysics',
        destination: 'Sun–Earth L1',
      }),
      mission('bepicolombo', ['esa', 'jaxa'], {
        start: 2018,
        end: null,
        status: 'active',
        type: 'planetary',
        destination: 'Mercury',
      }),
      mission('iss', ['nasa', 'jaxa', 'esa'], {
        start: 1998,
        end: null,
        status: 'active',
        type: 'station',
        destination: 'Low Earth orbit',
      }),
      mission('saral', ['isro', 'cnes'], {
        start: 2013,
        end: 2023,
        type: 'earth-observation',
        destination: 'Low Earth orbit',
      }),
      mission('lupex', ['jaxa', 'isro'], {
        start: 2028,
        end: null,
        status: 'planned',
        type: 'lunar',
        destination: 'Moon',
      }),
    ],
  };
}
