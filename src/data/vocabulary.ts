// The fixed vocabularies of the dataset. The JSON Schema in public/data/dataset.schema.json repeats them
// for people preparing their own files; a unit test keeps the two in step.

export const ORG_KINDS = ['agency', 'intergovernmental', 'company', 'research', 'observatory'] as const;

export const REGIONS = [
  'North America',
  'Latin America',
  'Europe',
  'Asia',
  'Middle East',
  'Africa',
  'Oceania',
  'International',
] as const;

export const MISSION_TYPES = [
  'station',
  'crew-transport',
  'cargo',
  'telescope',
  'planetary',
  'lunar',
  'earth-observation',
  'weather',
  'heliophysics',
  'ground-observatory',
  'navigation',
  'communications',
  'technology',
  'program',
] as const;

export const STATUSES = ['completed', 'active', 'planned', 'cancelled', 'failed'] as const;

export const DESTINATIONS = [
  'Low Earth orbit',
  'High Earth orbit',
  'Geostationary orbit',
  'Sun–Earth L1',
  'Sun–Earth L2',
  'Heliocentric orbit',
  'Moon',
  'Mars',
  'Venus',
  'Mercury',
  'Jupiter system',
  'Saturn system',
  'Comet',
  'Asteroid',
  'Sun',
  'Outer Solar System',
  'Earth surface',
  'Multiple',
] as const;

export const ROLES = ['lead', 'partner'] as const;

/** Years a mission may start or end in: the space age to the far end of today's plans. */
export const MIN_YEAR = 1957;
export const MAX_YEAR = 2045;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type OrgKind = (typeof ORG_KINDS)[number];
export type Region = (typeof REGIONS)[number];
export type MissionType = (typeof MISSION_TYPES)[number];
export type MissionStatus = (typeof STATUSES)[number];
export type Destination = (typeof DESTINATIONS)[number];
export type PartnerRole = (typeof ROLES)[number];
