// Builds public/data/default.json from the curated sources in data/ (see data/CURATION.md).
// An organization defined in two topic files is kept once; the first definition wins, and a differing
// second one is reported so a curator can reconcile them. A mission id used twice stops the build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, 'data');
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));

const organizations = new Map();
for (const org of read(join(dataDir, 'organizations.json'))) organizations.set(org.id, org);
const missions = [];
const missionFiles = readdirSync(join(dataDir, 'missions'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const problems = [];
for (const file of missionFiles) {
  const part = read(join(dataDir, 'missions', file));
  for (const org of part.organizations ?? []) {
    const known = organizations.get(org.id);
    if (!known) organizations.set(org.id, org);
    else if (known.name !== org.name || known.country !== org.country) {
      problems.push(`organization "${org.id}" in ${file} differs from an earlier definition`);
    }
  }
  for (const m of part.missions) {
    if (missions.some((x) => x.id === m.id)) problems.push(`mission id "${m.id}" in ${file} is used twice`);
    missions.push(m);
  }
}
const errors = problems.filter((p) => p.startsWith('mission'));
for (const p of problems) console.warn(p);
if (errors.length) process.exit(1);

const meta = read(join(dataDir, 'meta.json'));
const dataset = {
  version: 1,
  ...meta,
  organizations: [...organizations.values()].sort((a, b) => a.id.localeCompare(b.id)),
  missions: missions.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)),
};
writeFileSync(join(root, 'public', 'data', 'default.json'), `${JSON.stringify(dataset, null, 1)}\n`);
console.warn(
  `default.json: ${dataset.missions.length} missions, ${dataset.organizations.length} organizations`,
);
