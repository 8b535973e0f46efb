import type { Dataset, Mission, Organization } from './schema';
import { formatIssue, validateDataset } from './validate';

/**
 * The curation rules of the default dataset, beyond what any imported file must satisfy (validate.ts):
 * every mission international and sourced over https, statuses consistent with the update year, ids stable,
 * no mission entered twice, every organization used, and the programs of the seed documents complete.
 */

export interface SeedProgram {
  mission: string;
  /** Organization ids that must be partners. */
  orgs: string[];
  /** Countries (ISO codes) that must be represented among the partners. */
  countries?: string[];
}

/** The closing table of the seed documents: five programs and the partners it names. */
export const SEED_PROGRAMS: SeedProgram[] = [
  { mission: 'iss', orgs: ['nasa', 'roscosmos', 'esa', 'jaxa', 'csa'] },
  { mission: 'jwst', orgs: ['nasa', 'esa', 'csa'] },
  { mission: 'gateway', orgs: ['nasa', 'esa', 'jaxa', 'csa'] },
  { mission: 'alma', orgs: ['eso', 'nrao', 'naoj'], countries: ['CA', 'CL', 'KR', 'TW'] },
  { mission: 'exomars', orgs: ['esa', 'roscosmos'] },
];

export interface QualityOptions {
  /** The year of the curation: statuses and end years are checked against it. */
  updatedYear: number;
  /** Ids published earlier; they are in people's links and must not disappear. */
  stableIds?: { missions: string[]; organizations: string[] };
  seedPrograms?: SeedProgram[];
  minMissions?: number;
  minOrganizations?: number;
}

export interface QualityIssue {
  rule: string;
  message: string;
}

const ENDED = new Set(['completed', 'failed', 'cancelled']);

function normalizedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A partner with no country is multinational (ESA, a European company), so it differs from any nation. */
function isInternational(m: Mission, orgs: Map<string, Organization>): boolean {
  if (m.partners.length < 2) return false;
  const nationalities = new Set(m.partners.map((p) => orgs.get(p.org)?.country ?? `multinational:${p.org}`));
  return nationalities.size >= 2;
}

export function checkQuality(d: Dataset, o: QualityOptions): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const add = (rule: string, message: string) => issues.push({ rule, message });
  const orgs = new Map(d.organizations.map((x) => [x.id, x]));
  const missions = new Map(d.missions.map((x) => [x.id, x]));

  if (d.missions.length < (o.minMissions ?? 0))
    add('counts', `${d.missions.length} missions, fewer than ${o.minMissions}`);
  if (d.organizations.length < (o.minOrganizations ?? 0))
    add('counts', `${d.organizations.length} organizations, fewer than ${o.minOrganizations}`);

  for (const id of o.stableIds?.missions ?? [])
    if (!missions.has(id) && !(d.renamed && missions.has(d.renamed[id] ?? '')))
      add('stable-ids', `mission id "${id}" was published and has disappeared (and is not in "renamed")`);
  for (const id of o.stableIds?.organizations ?? [])
    if (!orgs.has(id) && !(d.renamed && orgs.has(d.renamed[id] ?? '')))
      add(
        'stable-ids',
        `organization id "${id}" was published and has disappeared (and is not in "renamed")`,
      );

  const used = new Set(d.missions.flatMap((m) => m.partners.map((p) => p.org)));
  for (const org of d.organizations) {
    if (!used.has(org.id)) add('organizations-used', `organization "${org.id}" takes part in no mission`);
    if (!org.url.startsWith('https://'))
      add('https', `organization "${org.id}" site ${org.url} is not https`);
  }

  const byName = new Map<string, string>();
  const bySignature = new Map<string, string>();
  for (const m of d.missions) {
    const where = `mission "${m.id}"`;
    if (!isInternational(m, orgs))
      add('international', `${where} needs partners from two countries or an intergovernmental body`);
    if (m.sources.length === 0) add('sources', `${where} has no source`);
    for (const s of m.sources)
      if (!s.startsWith('https://')) add('https', `${where} source ${s} is not https`);
    if (!m.partners.some((p) => p.role === 'lead')) add('lead', `${where} has no lead`);
    for (const p of m.partners)
      if (!p.contribution) add('contributions', `${where}: what "${p.org}" contributed is missing`);
    if (m.summary.length < 20) add('summary', `${where} needs a summary of one to three sentences`);

    if (ENDED.has(m.status)) {
      if (m.end === null) add('years', `${where} is ${m.status} but has no end year`);
      else if (m.end > o.updatedYear)
        add('years', `${where} is ${m.status} but ends in ${m.end}, after ${o.updatedYear}`);
    } else if (m.end !== null) {
      add('years', `${where} is ${m.status} but has an end year (${m.end})`);
    }
    if (m.status === 'active' && m.start > o.updatedYear)
      add('years', `${where} is active but starts in ${m.start}, after ${o.updatedYear}`);
    // A planned launch in the past is stale, except ground observatories, dated from construction start.
    if (m.status === 'planned' && m.start < o.updatedYear && m.type !== 'ground-observatory')
      add('years', `${where} is planned for ${m.start}, before ${o.updatedYear}: check its status`);

    const name = normalizedName(m.name);
    const twin = byName.get(name);
    if (twin) add('duplicates', `${where} has the same name as "${twin}"`);
    byName.set(name, m.id);
    const signature = [
      m.start,
      m.type,
      m.partners
        .map((p) => p.org)
        .sort()
        .join(','),
      m.sources[0],
    ].join('|');
    const lookalike = bySignature.get(signature);
    if (lookalike) add('duplicates', `${where} has the year, type, partners and source of "${lookalike}"`);
    bySignature.set(signature, m.id);
  }

  for (const seed of o.seedPrograms ?? []) {
    const m = missions.get(seed.mission);
    if (!m) {
      add('seed-programs', `the seed documents' program "${seed.mission}" is missing`);
      continue;
    }
    const partners = new Set(m.partners.map((p) => p.org));
    for (const org of seed.orgs)
      if (!partners.has(org))
        add('seed-programs', `"${seed.mission}" lacks the partner "${org}" the seed documents name`);
    const countries = new Set(m.partners.map((p) => orgs.get(p.org)?.country));
    for (const c of seed.countries ?? [])
      if (!countries.has(c)) add('seed-programs', `"${seed.mission}" lacks a partner from ${c}`);
  }
  return issues;
}

/** Validation and curation rules together, as messages: what the data check suite asserts is empty. */
export function auditDataset(raw: unknown, o: QualityOptions): string[] {
  const result = validateDataset(raw);
  if (!result.ok) return result.errors.map((e) => `validation: ${formatIssue(e)}`);
  return checkQuality(result.dataset, o).map((i) => `${i.rule}: ${i.message}`);
}
