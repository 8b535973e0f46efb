#!/usr/bin/env node
// Seeded synthetic datasets in the project's shape, for performance work: a few hub agencies and a long tail
// of small partners (Zipf-like), missions spanning decades, more of them in recent years.
// Usage: node scripts/synthetic.mjs --missions 10000 --orgs 500 [--seed 1] --out public/data/synthetic-10k.json
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REGIONS = [
  'North America',
  'Latin America',
  'Europe',
  'Asia',
  'Middle East',
  'Africa',
  'Oceania',
  'International',
];
const KINDS = ['agency', 'intergovernmental', 'company', 'research', 'observatory'];
const TYPES = [
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
];
const DESTINATIONS = [
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
  'Earth surface',
];
const COUNTRIES = [
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CL',
  'FR',
  'DE',
  'IT',
  'GB',
  'ES',
  'NL',
  'BE',
  'SE',
  'NO',
  'FI',
  'PL',
  'CZ',
  'AT',
  'CH',
  'PT',
  'GR',
  'RU',
  'UA',
  'TR',
  'JP',
  'CN',
  'IN',
  'KR',
  'TW',
  'ID',
  'TH',
  'VN',
  'MY',
  'SG',
  'PK',
  'AE',
  'SA',
  'IL',
  'EG',
  'NG',
  'KE',
  'ZA',
  'MA',
  'DZ',
  'AU',
  'NZ',
];
const YEAR_NOW = 2026;

/** mulberry32: a small, fast, seeded PRNG, so the same arguments always give the same dataset. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {{ missions: number, orgs: number, seed?: number }} options
 * @returns {import('./synthetic.d.mts').SyntheticDataset}
 */
export function generateDataset({ missions, orgs, seed = 1 }) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const organizations = Array.from({ length: orgs }, (_, i) => {
    const kind = i < Math.max(3, orgs * 0.03) ? (i % 7 === 3 ? 'intergovernmental' : 'agency') : pick(KINDS);
    const intergovernmental = kind === 'intergovernmental';
    return {
      id: `org-${i + 1}`,
      name: `Org ${i + 1}`,
      fullName: `Synthetic organization ${i + 1}`,
      kind,
      country: intergovernmental ? null : pick(COUNTRIES),
      region: intergovernmental ? 'International' : pick(REGIONS.slice(0, 7)),
      url: `https://example.org/org-${i + 1}`,
    };
  });

  // Zipf-like weights: organization i takes part in missions in proportion to 1 / (i + 1)^1.05.
  const cumulative = [];
  let total = 0;
  for (let i = 0; i < orgs; i++) {
    total += 1 / Math.pow(i + 1, 1.05);
    cumulative.push(total);
  }
  const weightedOrg = () => {
    const r = random() * total;
    let lo = 0;
    let hi = orgs - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const list = Array.from({ length: missions }, (_, i) => {
    // Partners: usually 2–4, sometimes a dozen (like the ISS or ALMA).
    let count = 2;
    while (count < 15 && random() < 0.42) count++;
    count = Math.min(count, orgs);
    const chosen = new Set();
    let guard = 0;
    while (chosen.size < count && guard++ < count * 20) chosen.add(weightedOrg());
    // More missions in recent decades: the square root skews start years towards the present.
    const start = Math.round(1960 + Math.sqrt(random()) * 75);
    const duration = Math.floor(Math.pow(random(), 2.2) * 30);
    const plannedEnd = start + duration;
    const roll = random();
    const status =
      start > YEAR_NOW
        ? 'planned'
        : plannedEnd < YEAR_NOW
          ? roll < 0.05
            ? 'failed'
            : roll < 0.08
              ? 'cancelled'
              : 'completed'
          : 'active';
    const type = pick(TYPES);
    return {
      id: `mission-${i + 1}`,
      name: `Mission ${i + 1}`,
      type,
      destination: type === 'ground-observatory' ? 'Earth surface' : pick(DESTINATIONS.slice(0, 15)),
      status,
      start: Math.min(start, 2045),
      end: status === 'active' || status === 'planned' ? null : Math.min(plannedEnd, YEAR_NOW),
      program: null,
      partners: [...chosen].map((o, j) => ({
        org: organizations[o].id,
        role: j === 0 ? 'lead' : 'partner',
        contribution:
          j === 0
            ? 'Spacecraft and operations'
            : pick(['Instrument', 'Launch', 'Ground station', 'Subsystem', 'Science team']),
      })),
      summary: `A synthetic ${type.replace('-', ' ')} mission for performance testing.`,
      sources: [`https://example.org/mission-${i + 1}`],
    };
  });

  return {
    version: 1,
    title: `Synthetic dataset: ${missions} missions, ${orgs} organizations (seed ${seed})`,
    updated: '2026-11-22',
    organizations,
    missions: list,
  };
}

const USAGE = `Writes a seeded synthetic dataset (the explorer's JSON format) for benchmarks and trials.

  node scripts/synthetic.mjs --missions 10000 --orgs 500 [--seed 1] [--out file.json]

  --missions  how many missions (default 1000)
  --orgs      how many organizations (default 100)
  --seed      the random seed: the same seed gives the same dataset (default 1)
  --out       the file to write (default: standard output)
`;

if (process.argv[1] === fileURLToPath(import.meta.url) && /^(--help|-h)$/.test(process.argv[2] ?? '')) {
  process.stdout.write(USAGE);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(
    process.argv
      .slice(2)
      .reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
  );
  const dataset = generateDataset({
    missions: Number(args.missions ?? 1000),
    orgs: Number(args.orgs ?? 100),
    seed: Number(args.seed ?? 1),
  });
  const json = JSON.stringify(dataset);
  if (args.out) writeFileSync(args.out, json);
  else process.stdout.write(json);
  console.error(
    `${dataset.missions.length} missions, ${dataset.organizations.length} organizations, ${(json.length / 1e6).toFixed(1)} MB`,
  );
}
