import type { Problem, ProblemParams } from '../i18n/message';
import { inEnglish, problem, type ProblemKey } from '../i18n/problems.en';
import type { Dataset, Mission, Organization, Partner } from './schema';
import {
  DESTINATIONS,
  ID_PATTERN,
  MAX_YEAR,
  MISSION_TYPES,
  MIN_YEAR,
  ORG_KINDS,
  REGIONS,
  ROLES,
  STATUSES,
} from './vocabulary';

/** One problem found in a dataset, located by a JSON path such as `missions[3].start`. */
export interface ValidationIssue {
  path: string;
  /** In English (the details of a failed load). */
  message: string;
  /** The same, to put into words in the interface language (the import report). */
  problem: Problem;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: ValidationIssue[] };

// Guards against files that would freeze the tab rather than inform anyone.
export const MAX_MISSIONS = 200_000;
export const MAX_ORGANIZATIONS = 20_000;
export const MAX_PARTNERS_PER_MISSION = 500;
/** Stop collecting after this many problems: a thousand messages help nobody. */
const MAX_REPORTED = 50;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function oneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

/** A value as a problem names it: the value itself, or the words for what it is ("a list"). */
export function describe(v: unknown): string | Problem {
  if (v === undefined) return problem('value.missing');
  if (v === null) return problem('value.null');
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return problem(Array.isArray(v) ? 'value.list' : 'value.object');
}

const issueOf = (path: string, p: Problem): ValidationIssue => ({ path, message: inEnglish(p), problem: p });

export function isHttpUrl(v: unknown): v is string {
  if (typeof v !== 'string' || !/^https?:/i.test(v)) return false;
  // Datasets cite the same few sources many times over: parsing each URL once keeps checking 100,000
  // missions from spending most of its time here.
  let ok = checkedUrls.get(v);
  if (ok === undefined) {
    try {
      const url = new URL(v);
      ok = url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      ok = false;
    }
    if (checkedUrls.size > 50_000) checkedUrls.clear();
    checkedUrls.set(v, ok);
  }
  return ok;
}
const checkedUrls = new Map<string, boolean>();

class Collector {
  readonly errors: ValidationIssue[] = [];
  add(path: string, key: ProblemKey, params?: ProblemParams): void {
    if (this.errors.length < MAX_REPORTED) this.errors.push(issueOf(path, problem(key, params)));
  }
  text(obj: Json, key: string, path: string): string {
    const v = obj[key];
    if (typeof v !== 'string' || v.trim() === '') {
      if (v === undefined) this.add(`${path}.${key}`, 'v.textMissing', { field: key });
      else this.add(`${path}.${key}`, 'v.text', { field: key, found: describe(v) });
      return '';
    }
    return v.trim();
  }
  choice<T extends string>(obj: Json, key: string, path: string, list: readonly T[]): T {
    const v = obj[key];
    if (!oneOf(list, v)) {
      const params = { field: key, found: describe(v), list: list.join(', ') };
      this.add(`${path}.${key}`, v === undefined ? 'v.choiceMissing' : 'v.choice', params);
      return list[0] as T;
    }
    return v;
  }
  year(v: unknown, path: string, label: 'start' | 'end'): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_YEAR || v > MAX_YEAR) {
      if (label === 'start' && (v === undefined || v === null)) this.add(path, 'v.startMissing');
      else
        this.add(path, label === 'start' ? 'v.start' : 'v.end', {
          found: describe(v),
          min: MIN_YEAR,
          max: MAX_YEAR,
        });
      return MIN_YEAR;
    }
    return v;
  }
}

function validateOrganization(raw: unknown, path: string, c: Collector): Organization | null {
  if (!isObject(raw)) {
    c.add(path, 'v.orgObject', { found: describe(raw) });
    return null;
  }
  const id = c.text(raw, 'id', path);
  if (id && !ID_PATTERN.test(id)) c.add(`${path}.id`, 'v.orgId', { id });
  const country = raw.country ?? null;
  if (country !== null && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
    c.add(`${path}.country`, 'v.country', { found: describe(country) });
  }
  // An empty url means "not known" (organizations created during a CSV import); anything else must be a link.
  if (raw.url === undefined) c.add(`${path}.url`, 'v.urlMissing');
  else if (raw.url !== '' && !isHttpUrl(raw.url)) c.add(`${path}.url`, 'v.url', { found: describe(raw.url) });
  const name = c.text(raw, 'name', path);
  return {
    id,
    name,
    fullName: typeof raw.fullName === 'string' && raw.fullName.trim() ? raw.fullName.trim() : name,
    kind: c.choice(raw, 'kind', path, ORG_KINDS),
    country: typeof country === 'string' ? country : null,
    region: c.choice(raw, 'region', path, REGIONS),
    url: typeof raw.url === 'string' ? raw.url : '',
  };
}

function validatePartner(raw: unknown, path: string, orgIds: Set<string>, c: Collector): Partner | null {
  if (!isObject(raw)) {
    c.add(path, 'v.partnerObject', { found: describe(raw) });
    return null;
  }
  const org = c.text(raw, 'org', path);
  if (org && !orgIds.has(org)) c.add(`${path}.org`, 'v.partnerOrg', { org });
  return {
    org,
    role: c.choice(raw, 'role', path, ROLES),
    contribution: typeof raw.contribution === 'string' ? raw.contribution.trim() : '',
  };
}

function validateMission(raw: unknown, path: string, orgIds: Set<string>, c: Collector): Mission | null {
  if (!isObject(raw)) {
    c.add(path, 'v.missionObject', { found: describe(raw) });
    return null;
  }
  const id = c.text(raw, 'id', path);
  if (id && !ID_PATTERN.test(id)) c.add(`${path}.id`, 'v.missionId', { id });
  const start = c.year(raw.start, `${path}.start`, 'start');
  const rawEnd = raw.end ?? null;
  const end = rawEnd === null ? null : c.year(rawEnd, `${path}.end`, 'end');
  if (end !== null && end < start) c.add(`${path}.end`, 'v.endBeforeStart', { end, start });
  const program = raw.program ?? null;
  if (program !== null && typeof program !== 'string') c.add(`${path}.program`, 'v.program');

  const partners: Partner[] = [];
  if (!Array.isArray(raw.partners) || raw.partners.length === 0) {
    c.add(`${path}.partners`, raw.partners === undefined ? 'v.partnersMissing' : 'v.partners');
  } else if (raw.partners.length > MAX_PARTNERS_PER_MISSION) {
    c.add(`${path}.partners`, 'v.tooManyPartners', {
      count: raw.partners.length,
      max: MAX_PARTNERS_PER_MISSION,
    });
  } else {
    const seen = new Set<string>();
    raw.partners.forEach((p, i) => {
      const partner = validatePartner(p, `${path}.partners[${i}]`, orgIds, c);
      if (!partner) return;
      if (seen.has(partner.org)) c.add(`${path}.partners[${i}].org`, 'v.partnerTwice', { org: partner.org });
      seen.add(partner.org);
      partners.push(partner);
    });
  }

  const sources: string[] = [];
  if (!Array.isArray(raw.sources)) {
    c.add(`${path}.sources`, 'v.sourcesList');
  } else {
    raw.sources.forEach((s, i) => {
      if (isHttpUrl(s)) sources.push(s);
      else c.add(`${path}.sources[${i}]`, 'v.source', { found: describe(s) });
    });
  }

  return {
    id,
    name: c.text(raw, 'name', path),
    type: c.choice(raw, 'type', path, MISSION_TYPES),
    destination: c.choice(raw, 'destination', path, DESTINATIONS),
    status: c.choice(raw, 'status', path, STATUSES),
    start,
    end,
    program: typeof program === 'string' ? program : null,
    partners,
    summary: typeof raw.summary === 'string' ? raw.summary.trim() : '',
    sources,
  };
}

/**
 * The one gate between outside data and the app: checks the shape, vocabularies, references and limits,
 * and returns a typed, trimmed dataset or every problem found (up to a readable number).
 */
export function validateDataset(input: unknown): ValidationResult {
  const c = new Collector();
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [issueOf('', problem('v.notObject', { found: describe(input) }))],
    };
  }
  if (input.version !== 1) c.add('version', 'v.version', { found: describe(input.version) });
  if (!Array.isArray(input.organizations)) c.add('organizations', 'v.organizationsList');
  if (!Array.isArray(input.missions)) c.add('missions', 'v.missionsList');
  if (c.errors.length) return { ok: false, errors: c.errors };

  const rawOrgs = input.organizations as unknown[];
  const rawMissions = input.missions as unknown[];
  if (rawOrgs.length > MAX_ORGANIZATIONS)
    c.add('organizations', 'v.tooManyOrganizations', { count: rawOrgs.length, max: MAX_ORGANIZATIONS });
  if (rawMissions.length > MAX_MISSIONS)
    c.add('missions', 'v.tooManyMissions', { count: rawMissions.length, max: MAX_MISSIONS });
  if (c.errors.length) return { ok: false, errors: c.errors };

  const organizations: Organization[] = [];
  const orgIds = new Set<string>();
  rawOrgs.forEach((raw, i) => {
    const org = validateOrganization(raw, `organizations[${i}]`, c);
    if (!org) return;
    if (orgIds.has(org.id)) c.add(`organizations[${i}].id`, 'v.orgIdTaken', { id: org.id });
    orgIds.add(org.id);
    organizations.push(org);
  });

  const missions: Mission[] = [];
  const missionIds = new Set<string>();
  rawMissions.forEach((raw, i) => {
    const mission = validateMission(raw, `missions[${i}]`, orgIds, c);
    if (!mission) return;
    if (missionIds.has(mission.id)) c.add(`missions[${i}].id`, 'v.missionIdTaken', { id: mission.id });
    missionIds.add(mission.id);
    missions.push(mission);
  });
  missions.forEach((m, i) => {
    if (m.program === null) return;
    if (m.program === m.id) c.add(`missions[${i}].program`, 'v.ownProgram');
    else if (!missionIds.has(m.program))
      c.add(`missions[${i}].program`, 'v.programUnknown', { program: m.program });
  });

  if (c.errors.length) return { ok: false, errors: c.errors };
  const dataset: Dataset = { version: 1, organizations, missions };
  if (typeof input.title === 'string') dataset.title = input.title;
  if (typeof input.updated === 'string') dataset.updated = input.updated;
  if (typeof input.license === 'string') dataset.license = input.license;
  const renamed = readRenamed(input.renamed, new Set([...orgIds, ...missionIds]), c);
  if (c.errors.length) return { ok: false, errors: c.errors };
  if (renamed) dataset.renamed = renamed;
  return { ok: true, dataset };
}

export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/**
 * The `renamed` table (old id → current id) of a dataset: each current id must be one of the dataset's, and
 * an old one must not be (it would then mean two things).
 */
function readRenamed(raw: unknown, ids: ReadonlySet<string>, c: Collector): Record<string, string> | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    c.add('renamed', 'v.renamed', { found: describe(raw) });
    return null;
  }
  const out: Record<string, string> = {};
  for (const [old, current] of Object.entries(raw)) {
    if (typeof current !== 'string' || !ids.has(current))
      c.add(`renamed.${old}`, 'v.renamedTarget', { id: String(current) });
    else if (ids.has(old)) c.add(`renamed.${old}`, 'v.renamedOld', { id: old });
    else out[old] = current;
  }
  return out;
}
