/*
 * "Bring your own data": turns a CSV or JSON file into a valid dataset, keeping every mission that can be
 * read and explaining every one that cannot. Pure: no React, no DOM beyond Blob. The formats are described
 * at the top of csv.ts.
 *
 * The pipeline: CSV cells become drafts (csv.ts) and JSON missions are checked one by one; both then share
 * the organization matching, id assignment, program links and a final pass through validateDataset, the
 * app's one gate, so the dataset returned is always valid (or null).
 */
import {
  IssueLog,
  clip,
  deriveStatus,
  detectCsvKind,
  kebabCase,
  matchDestination,
  matchStatus,
  matchType,
  MAX_SOURCES,
  parseCsv,
  parseYear,
  readMappedTable,
  readMissionsTable,
  readPairsTable,
  splitSources,
  suggestMapping,
  type Cell,
  type ColumnMapping,
  type CsvTable,
  type DraftMission,
  type DraftPartner,
  type ImportIssue,
  type Where,
} from './csv';
import type { Problem } from '../i18n/message';
import { problem, problemsEn } from '../i18n/problems.en';
import type { Dataset, Mission, Organization, Partner } from './schema';
import {
  describe,
  isHttpUrl,
  MAX_MISSIONS,
  MAX_ORGANIZATIONS,
  MAX_PARTNERS_PER_MISSION,
  validateDataset,
  type ValidationIssue,
} from './validate';
import {
  DESTINATIONS,
  ID_PATTERN,
  MAX_YEAR,
  MIN_YEAR,
  MISSION_TYPES,
  ORG_KINDS,
  REGIONS,
  STATUSES,
  type Destination,
  type MissionStatus,
  type MissionType,
} from './vocabulary';
import { MAX_FILE_BYTES } from './importLimits';

export type { ColumnMapping, ImportIssue, Separator } from './csv';
export { CSV_FORMAT_HELP, isCompleteMapping, suggestMapping, toPairsCsv } from './csv';

export type ImportFormat = 'json' | 'missions-csv' | 'pairs-csv' | 'mapped-csv';

export interface ImportResult {
  format: ImportFormat;
  /** The valid part of the file; null when nothing usable was found. */
  dataset: Dataset | null;
  /** Errors (a row or mission was left out) and warnings (something was assumed or added). */
  issues: ImportIssue[];
  /** Data rows (CSV) or missions (JSON) read. */
  totalRows: number;
  /** Rows (CSV) or missions (JSON) left out because of errors. */
  skippedRows: number;
  /** The CSV header, for the mapping step. */
  headers?: string[];
  /** A CSV whose columns match neither the missions nor the pairs format: ask for a ColumnMapping. */
  needsMapping?: boolean;
  /** With needsMapping: a guess to start the mapping step from. */
  suggestedMapping?: ColumnMapping;
  /** The first data rows of a CSV, to preview while mapping. */
  sampleRows?: string[][];
}

export interface ImportOptions {
  /** Organizations partners may refer to by id, name or full name: the explorer's and the current dataset's (knownOrganizations.ts). */
  knownOrganizations: readonly Organization[];
  /** Read a CSV file as format C with these columns. */
  mapping?: ColumnMapping;
  /** Statuses left empty are derived against this year. */
  currentYear: number;
}

export { MAX_FILE_BYTES };
const megabytes = (bytes: number): string => `${Math.round(bytes / 1e5) / 10} MB`;

const SAMPLE_ROWS = 5;
/** Dropping missions that fail the final check converges in one pass; this bounds the unexpected. */
const MAX_GATE_PASSES = 10;
/** The message of the safety net in importText; tests check that no input ever reaches it. */
// The catalogue's words before the error's detail, so the two cannot drift apart.
export const INTERNAL_ERROR_MESSAGE = problemsEn['file.internal'].replace(/\s*\(\{detail\}\)$/, '');

// ---------------------------------------------------------------------------------------------------------
// Organizations and ids

/** Hands out unique ids: the wanted one when free, else wanted-2, wanted-3… */
class IdAllocator {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  claim(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  fresh(base: string): string {
    if (this.claim(base)) return base;
    // Remembering the last suffix keeps a thousand "mission" ids linear rather than quadratic.
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(`${base}-${n}`)) n += 1;
    this.nextSuffix.set(base, n + 1);
    this.used.add(`${base}-${n}`);
    return `${base}-${n}`;
  }
}

const lookupKey = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Finds the organization a file means by an id, a name or a full name (case and spacing do not matter),
 * looking first at the file's own organizations and then at the explorer's. One nobody knows is created as
 * an agency; it is reported only if a mission that uses it is kept.
 */
class OrgResolver {
  private readonly byId = new Map<string, Organization>();
  private readonly byName = new Map<string, Organization>();
  private readonly byFullName = new Map<string, Organization>();
  private readonly ids = new IdAllocator();
  private readonly created = new Map<string, Where>();

  constructor(fileOrganizations: readonly Organization[], known: readonly Organization[]) {
    for (const org of [...fileOrganizations, ...known]) this.add(org);
  }

  get(id: string): Organization | undefined {
    return this.byId.get(id);
  }

  find(text: string): Organization | undefined {
    const key = lookupKey(text);
    return (
      this.byId.get(key) ??
      this.byName.get(key) ??
      this.byFullName.get(key) ??
      // "Nasa." or "ESA (Europe)" would otherwise become new organizations with a taken id.
      this.byId.get(kebabCase(text))
    );
  }

  /** The organization, a new one, or null when the file already defines too many organizations. */
  resolve(text: string, where: Where, orgName = ''): Organization | null {
    const found = this.find(text) ?? (orgName ? this.find(orgName) : undefined);
    if (found) return found;
    if (this.byId.size >= MAX_ORGANIZATIONS) return null;
    const name = orgName || text.trim();
    // Format B's export writes the id and the name; keeping that id makes the round trip lossless.
    const wanted = orgName && ID_PATTERN.test(text.trim()) ? text.trim() : kebabCase(name) || 'organization';
    const org: Organization = {
      id: this.ids.fresh(wanted),
      name,
      fullName: name,
      kind: 'agency',
      country: null,
      region: 'International',
      url: '',
    };
    this.add(org);
    this.created.set(org.id, where);
    return org;
  }

  /** Warns about each created organization that the final dataset uses. */
  reportCreated(used: ReadonlySet<string>, log: IssueLog): void {
    for (const [id, where] of this.created) {
      const org = this.byId.get(id);
      if (!org || !used.has(id)) continue;
      // "ESA, Airbus" is more often two partners with the wrong separator than one organization.
      const fix = problem(/[,/|]/.test(org.name) ? 'fix.newAgency.several' : 'fix.newAgency');
      log.warn(where, problem('newAgency', { name: clip(org.name), id }), fix);
    }
  }

  private add(org: Organization): void {
    // The file's organizations come first and win: they are what its missions mean.
    if (this.byId.has(org.id)) return;
    this.ids.claim(org.id);
    this.byId.set(org.id, org);
    if (!this.byName.has(lookupKey(org.name))) this.byName.set(lookupKey(org.name), org);
    if (!this.byFullName.has(lookupKey(org.fullName))) this.byFullName.set(lookupKey(org.fullName), org);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Missions shared by both paths

interface Context {
  orgs: OrgResolver;
  log: IssueLog;
  currentYear: number;
}

/** Where a mission came from: its rows in a CSV file, or its position (and name or id) in a JSON file's missions. */
interface Origin {
  rows: number[];
  index: number | null;
  label?: string | null;
}

interface Given {
  value: string;
  where: Where;
}

/** A mission whose values are checked, waiting for its id and program link. */
interface Built {
  mission: Mission;
  origin: Origin;
  givenId: Given | null;
  program: Given | null;
}

function whereIn(origin: Origin, field: string | null): Where {
  if (origin.index === null) return { row: origin.rows[0] ?? null, column: field };
  return {
    path: `missions[${origin.index}]${field ? `.${field}` : ''}`,
    column: field,
    mission: origin.label ?? null,
  };
}

/** A JSON mission's name, else its id, to name it in a problem. */
function labelOf(raw: unknown): string | null {
  if (!isObject(raw)) return null;
  for (const v of [raw.name, raw.id])
    if ((typeof v === 'string' && v.trim()) || (typeof v === 'number' && Number.isFinite(v)))
      return clip(String(v).trim());
  return null;
}

const skipKeys = (origin: Origin): number[] => (origin.index === null ? origin.rows : [origin.index]);

/** Ids the file gives are claimed first, so an id made from a name never takes one of them. */
function assignIds(built: Built[], log: IssueLog): void {
  const ids = new IdAllocator();
  const pending: Built[] = [];
  for (const b of built) {
    if (b.givenId && ID_PATTERN.test(b.givenId.value) && ids.claim(b.givenId.value))
      b.mission.id = b.givenId.value;
    else pending.push(b);
  }
  for (const b of pending) {
    const base = (b.givenId && kebabCase(b.givenId.value)) || kebabCase(b.mission.name) || 'mission';
    b.mission.id = ids.fresh(base);
    if (!b.givenId) continue;
    log.warn(
      b.givenId.where,
      ID_PATTERN.test(b.givenId.value)
        ? problem('idTaken', { id: b.givenId.value, given: b.mission.id })
        : problem('idNotKebab', { id: clip(b.givenId.value), given: b.mission.id }),
      problem('fix.id'),
    );
  }
}

/** A program is named by a mission id or name in the same file; an unknown one is dropped, not the mission. */
function linkPrograms(built: Built[], log: IssueLog): void {
  const targets = new Map<string, string>();
  for (const { mission } of built) if (!targets.has(mission.id)) targets.set(mission.id, mission.id);
  for (const { mission } of built) {
    const key = lookupKey(mission.name);
    if (!targets.has(key)) targets.set(key, mission.id);
  }
  for (const b of built) {
    if (!b.program) continue;
    const target = targets.get(b.program.value) ?? targets.get(lookupKey(b.program.value));
    if (target !== undefined && target !== b.mission.id) {
      b.mission.program = target;
      continue;
    }
    log.warn(
      b.program.where,
      target === undefined
        ? problem('programUnknown', { program: clip(b.program.value) })
        : problem('ownProgram'),
      problem('fix.program'),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// CSV missions

function cellYear(
  cell: Cell | undefined,
  label: 'start' | 'end',
  log: IssueLog,
): { ok: boolean; year: number | null } {
  if (!cell) return { ok: true, year: null };
  const read = parseYear(cell.value, label);
  if (read.ok) return read;
  log.error({ row: cell.row, column: cell.column }, read.message, read.fix);
  return { ok: false, year: null };
}

function readYears(d: DraftMission, log: IssueLog): { start: number; end: number | null } | null {
  if (!d.fields.start) {
    log.error(
      { row: d.rows[0] ?? null, column: 'start' },
      problem('startMissing'),
      problem('fix.startMissing'),
    );
    return null;
  }
  const start = cellYear(d.fields.start, 'start', log);
  const end = cellYear(d.fields.end, 'end', log);
  if (!start.ok || !end.ok || start.year === null) return null;
  if (end.year !== null && end.year < start.year) {
    log.error(
      { row: d.fields.end?.row ?? null, column: d.fields.end?.column ?? null },
      problem('endBeforeStart', { end: end.year, start: start.year }),
      problem('fix.endBeforeStart'),
    );
    return null;
  }
  return { start: start.year, end: end.year };
}

interface Choice<T extends string> {
  label: 'type' | 'destination' | 'status';
  match: (value: string) => T | null;
  list: readonly T[];
}

const TYPE: Choice<MissionType> = { label: 'type', match: matchType, list: MISSION_TYPES };
const DESTINATION: Choice<Destination> = {
  label: 'destination',
  match: matchDestination,
  list: DESTINATIONS,
};
const STATUS: Choice<MissionStatus> = { label: 'status', match: matchStatus, list: STATUSES };

/** A vocabulary value; one the explorer does not know becomes the default, with a warning. */
function readChoice<T extends string>(
  cell: Cell | undefined,
  choice: Choice<T>,
  fallback: T,
  log: IssueLog,
): T {
  if (!cell) return fallback;
  const value = choice.match(cell.value);
  if (value) return value;
  log.warnOnce(
    `${choice.label}:${cell.value.toLowerCase()}`,
    { row: cell.row, column: cell.column },
    choice.label === 'status'
      ? problem('unknownStatus', { value: clip(cell.value) })
      : problem('unknownChoice', { field: choice.label, value: clip(cell.value), fallback }),
    problem('fix.choice', { list: choice.list.join(', ') }),
  );
  return fallback;
}

function readSources(cell: Cell | undefined, log: IssueLog): string[] {
  const sources: string[] = [];
  if (!cell) return sources;
  for (const link of splitSources(cell.value)) {
    if (!isHttpUrl(link)) {
      log.warnOnce(
        `source:${link}`,
        { row: cell.row, column: cell.column },
        problem('linkDropped', { link: clip(link) }),
        problem('fix.link'),
      );
    } else if (sources.length < MAX_SOURCES) {
      if (!sources.includes(link)) sources.push(link);
    } else {
      log.warnOnce(
        'sources:many',
        { row: cell.row, column: cell.column },
        problem('tooManyLinks', { max: MAX_SOURCES }),
        problem('fix.tooManyLinks'),
      );
    }
  }
  return sources;
}

/**
 * "NASA/ESA" or "NASA, ESA" where ";" was expected: when the whole text is no organization but each piece
 * is a known one, the pieces are read as separate partners, with a warning. Names that contain a comma
 * ("Axiom Space, Inc.") match whole first.
 */
function splitKnownOrganizations(p: DraftPartner, ctx: Context): DraftPartner[] {
  const text = p.org.value;
  if (p.orgName || ctx.orgs.find(text)) return [p];
  for (const separator of [',', '/', '|']) {
    const pieces = text.includes(separator) ? text.split(separator).map((piece) => piece.trim()) : [];
    if (pieces.length < 2 || !pieces.every((piece) => piece && ctx.orgs.find(piece))) continue;
    ctx.log.warnOnce(
      `split:${text}`,
      { row: p.org.row, column: p.org.column },
      problem('split', { text: clip(text), count: pieces.length, names: pieces.join(', ') }),
      problem('fix.split'),
    );
    return pieces.map((value, i) => ({
      ...p,
      org: { ...p.org, value },
      role: i === 0 ? p.role : 'partner',
      contribution: i === 0 ? p.contribution : '',
    }));
  }
  return [p];
}

function resolvePartners(listed: DraftPartner[], ctx: Context): Partner[] | null {
  const partners: Partner[] = [];
  const seen = new Set<string>();
  const drafts = listed.flatMap((p) => splitKnownOrganizations(p, ctx));
  if (drafts.length > MAX_PARTNERS_PER_MISSION) {
    const first = drafts[0]?.org;
    ctx.log.error(
      { row: first?.row ?? null, column: first?.column ?? null },
      problem('tooManyPartners', { max: MAX_PARTNERS_PER_MISSION }),
      problem('fix.tooManyPartners', { max: MAX_PARTNERS_PER_MISSION }),
    );
    return null;
  }
  for (const p of drafts) {
    const where = { row: p.org.row, column: p.org.column };
    const org = ctx.orgs.resolve(p.org.value, where, p.orgName);
    if (!org) {
      ctx.log.error(
        where,
        problem('tooManyOrganizations', { max: MAX_ORGANIZATIONS.toLocaleString('en') }),
        problem('fix.importFewer'),
      );
      return null;
    }
    if (seen.has(org.id)) {
      ctx.log.warn(where, problem('listedTwice', { name: clip(p.org.value) }), problem('fix.listedTwice'));
      continue;
    }
    seen.add(org.id);
    partners.push({ org: org.id, role: p.role, contribution: p.contribution });
  }
  return partners;
}

/**
 * Format A's "NASA: orbiter; ESA: lander". A piece that does not start with a partner's name continues the
 * previous contribution, since contributions themselves may contain ";" and ":".
 */
function applyContributions(cell: Cell, partners: Partner[], ctx: Context): void {
  const where = { row: cell.row, column: cell.column };
  const byOrg = new Map(partners.map((p) => [p.org, p]));
  let current: Partner | null = null;
  for (const piece of cell.value.split(';')) {
    const colon = piece.indexOf(':');
    const org = colon > 0 ? ctx.orgs.find(piece.slice(0, colon)) : undefined;
    const partner = org ? byOrg.get(org.id) : undefined;
    const text = (partner ? piece.slice(colon + 1) : piece).trim();
    if (partner) {
      current = partner;
      current.contribution = text;
    } else if (org) {
      current = null;
      ctx.log.warnOnce(
        `contribution:${cell.row}:${org.id}`,
        where,
        problem('contributionNotPartner', { name: clip(org.name) }),
        problem('fix.contributionNotPartner'),
      );
    } else if (current && text) {
      current.contribution = current.contribution ? `${current.contribution}; ${text}` : text;
    } else if (text) {
      ctx.log.warnOnce(
        `contribution:${cell.row}`,
        where,
        problem('contributionWhose', { text: clip(text) }),
        problem('fix.contributionWhose'),
      );
    }
  }
}

function missingName(d: DraftMission, log: IssueLog): null {
  log.error({ row: d.rows[0] ?? null, column: 'name' }, problem('nameMissing'), problem('fix.nameMissing'));
  return null;
}

function buildFromDraft(d: DraftMission, ctx: Context): Built | null {
  const origin: Origin = { rows: d.rows, index: null };
  const built = buildDraftMission(d, ctx);
  if (!built) {
    ctx.log.skip(d.rows);
    return null;
  }
  const { id, program } = d.fields;
  return {
    mission: built,
    origin,
    givenId: id ? { value: id.value, where: { row: id.row, column: id.column } } : null,
    program: program ? { value: program.value, where: { row: program.row, column: program.column } } : null,
  };
}

function buildDraftMission(d: DraftMission, ctx: Context): Mission | null {
  const { log } = ctx;
  const name = d.fields.name?.value;
  if (!name) return missingName(d, log);
  const years = readYears(d, log);
  if (!years) return null;
  if (d.partners.length === 0) {
    log.error({ row: d.rows[0] ?? null, column: 'partners' }, problem('noPartner'), problem('fix.noPartner'));
    return null;
  }
  const partners = resolvePartners(d.partners, ctx);
  if (!partners) return null;
  if (d.contributions) applyContributions(d.contributions, partners, ctx);
  const derived = deriveStatus(years.start, years.end, ctx.currentYear);
  return {
    id: '',
    name,
    type: readChoice(d.fields.type, TYPE, 'technology', log),
    destination: readChoice(d.fields.destination, DESTINATION, 'Multiple', log),
    status: readChoice(d.fields.status, STATUS, derived, log),
    start: years.start,
    end: years.end,
    program: null,
    partners,
    summary: d.fields.summary?.value ?? '',
    sources: readSources(d.fields.sources, log),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The final gate

const years = { min: MIN_YEAR, max: MAX_YEAR };
const choices = (list: readonly string[]): Problem => problem('fix.json.choice', { list: list.join(', ') });
const FIXES: Record<string, Problem> = {
  start: problem('fix.json.start', years),
  end: problem('fix.json.end', years),
  type: choices(MISSION_TYPES),
  destination: choices(DESTINATIONS),
  status: choices(STATUSES),
  role: problem('fix.json.role'),
  org: problem('fix.json.org'),
  id: problem('fix.json.id'),
  name: problem('fix.json.name'),
  partners: problem('fix.json.partners', { max: MAX_PARTNERS_PER_MISSION }),
  sources: problem('fix.json.sources'),
  program: problem('fix.json.program'),
  url: problem('fix.json.url'),
  country: problem('fix.json.country'),
  kind: choices(ORG_KINDS),
  region: choices(REGIONS),
  fullName: problem('fix.json.fullName'),
  contribution: problem('fix.json.contribution'),
  summary: problem('fix.json.summary'),
};

/** The field a JSON path ends in: "missions[3].partners[1].org" → "org", "missions[2].sources[0]" → "sources". */
function fieldOf(path: string): string | null {
  return /([A-Za-z]+)(?:\[\d+\])?$/.exec(path)?.[1] ?? null;
}

function fixFor(path: string): Problem {
  const field = fieldOf(path);
  return (
    (field !== null && Object.hasOwn(FIXES, field) ? FIXES[field] : undefined) ?? problem('fix.json.other')
  );
}

/** Reports a validator error for one mission, at its row (CSV) or its path in the file (JSON). */
function reportMissionError(origin: Origin, error: ValidationIssue, log: IssueLog): void {
  const rest = error.path.replace(/^missions\[\d+\]\.?/, '');
  const where =
    origin.index === null
      ? { row: origin.rows[0] ?? null, column: fieldOf(rest) }
      : {
          path: `missions[${origin.index}]${rest ? `.${rest}` : ''}`,
          column: fieldOf(rest),
          mission: origin.label ?? null,
        };
  log.error(where, problem('leftOut', { text: error.problem }), fixFor(error.path));
}

interface Meta {
  fileOrganizations: readonly Organization[];
  title?: string;
  updated?: string;
  license?: string;
}

/** The file's organizations (kept even if unused, as in the file) and the others the missions use. */
function assemble(kept: Built[], orgs: OrgResolver, meta: Meta): Dataset {
  const fileIds = new Set(meta.fileOrganizations.map((o) => o.id));
  const used = new Set(kept.flatMap((b) => b.mission.partners.map((p) => p.org)));
  const others = [...used]
    .filter((id) => !fileIds.has(id))
    .sort()
    .flatMap((id) => orgs.get(id) ?? []);
  const dataset: Dataset = {
    version: 1,
    organizations: [...meta.fileOrganizations, ...others],
    missions: kept.map((b) => b.mission),
  };
  if (meta.title !== undefined) dataset.title = meta.title;
  if (meta.updated !== undefined) dataset.updated = meta.updated;
  if (meta.license !== undefined) dataset.license = meta.license;
  return dataset;
}

/** Missions to drop for each validator error; null when an error concerns the whole file. */
function offenders(
  dataset: Dataset,
  kept: Built[],
  errors: ValidationIssue[],
  log: IssueLog,
): Set<number> | null {
  const drop = new Set<number>();
  for (const error of errors) {
    const mission = /^missions\[(\d+)\]/.exec(error.path);
    const org = /^organizations\[(\d+)\]/.exec(error.path);
    if (mission) {
      const i = Number(mission[1]);
      const b = kept[i];
      if (b) reportMissionError(b.origin, error, log);
      drop.add(i);
    } else if (org) {
      const id = dataset.organizations[Number(org[1])]?.id;
      kept.forEach((b, i) => {
        if (!b.mission.partners.some((p) => p.org === id)) return;
        const p = problem('orgProblem', { id: id ?? '', text: error.problem });
        reportMissionError(b.origin, { path: 'partners', message: '', problem: p }, log);
        drop.add(i);
      });
    } else {
      log.error({ path: error.path || null }, error.problem, fixFor(error.path));
      return null;
    }
  }
  return drop;
}

/**
 * Runs the app's validator on the assembled dataset. Anything it still rejects is reported and its missions
 * dropped, so the result is valid or null; the missions built above should already pass.
 */
function finalize(built: Built[], ctx: Context, meta: Meta): Dataset | null {
  let kept = built;
  for (let pass = 0; pass < MAX_GATE_PASSES && kept.length > 0; pass += 1) {
    const dataset = assemble(kept, ctx.orgs, meta);
    const result = validateDataset(dataset);
    if (result.ok) {
      ctx.orgs.reportCreated(
        new Set(result.dataset.missions.flatMap((m) => m.partners.map((p) => p.org))),
        ctx.log,
      );
      return result.dataset;
    }
    const drop = offenders(dataset, kept, result.errors, ctx.log);
    if (!drop) return null;
    for (const i of drop) {
      const b = kept[i];
      if (b) ctx.log.skip(skipKeys(b.origin));
    }
    kept = kept.filter((_, i) => !drop.has(i));
  }
  if (kept.length > 0) ctx.log.error({}, problem('tooManyProblems'), problem('fix.relist'));
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// JSON

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "Unexpected token } in JSON at position 123" → line and column, which editors show. */
function jsonErrorPlace(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message}`;
}

function parseJson(text: string, log: IssueLog): { value: unknown } | null {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    log.error({}, problem('json.empty'), problem('fix.json.empty'));
    return null;
  }
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    log.error(
      { path: '' },
      problem('json.invalid', { detail: clip(jsonErrorPlace(error, text), 200) }),
      problem('fix.json.invalid'),
    );
    return null;
  }
}

const remap = (path: string, from: string, to: string): string =>
  path.startsWith(from) ? `${to}${path.slice(from.length)}` : path;

/** Each organization is checked on its own, so one bad entry does not sink the others. */
function readJsonOrganizations(raw: unknown, log: IssueLog): Organization[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    log.error(
      { path: 'organizations', column: 'organizations' },
      problem('json.organizationsList', { found: describe(raw) }),
      problem('fix.json.organizationsList'),
    );
    return [];
  }
  if (raw.length > MAX_ORGANIZATIONS) {
    log.error(
      { path: 'organizations', column: 'organizations' },
      problem('json.tooManyOrganizations', {
        count: raw.length,
        max: MAX_ORGANIZATIONS.toLocaleString('en'),
      }),
      problem('fix.json.tooManyOrganizations'),
    );
    return null;
  }
  const organizations: Organization[] = [];
  const ids = new Set<string>();
  raw.forEach((item: unknown, i) => {
    // A missing link means the same as an empty one, as for organizations a CSV file names: not known.
    const draft = isObject(item) && item.url === undefined ? { ...item, url: '' } : item;
    const result = validateDataset({ version: 1, organizations: [draft], missions: [] });
    const org = result.ok ? result.dataset.organizations[0] : undefined;
    if (!result.ok) {
      for (const error of result.errors) {
        const path = remap(error.path, 'organizations[0]', `organizations[${i}]`);
        log.error(
          { path, column: fieldOf(path) },
          problem('orgLeftOut', { text: error.problem }),
          fixFor(path),
        );
      }
    } else if (org && ids.has(org.id)) {
      log.error(
        { path: `organizations[${i}].id`, column: 'id' },
        problem('json.orgIdTaken', { id: org.id }),
        problem('fix.json.orgIdTaken'),
      );
    } else if (org) {
      ids.add(org.id);
      organizations.push(org);
    }
  });
  return organizations;
}

/** Lenient years: "2014" and "2014-05-24" in a JSON file are read like in a CSV file. */
function jsonYear(v: unknown, label: 'start' | 'end'): unknown {
  if (typeof v !== 'string') return v;
  const read = parseYear(v, label);
  return read.ok ? read.year : v;
}

const JSON_DEFAULTS: Json = {
  type: 'technology',
  destination: 'Multiple',
  summary: '',
  program: null,
  end: null,
};

function withJsonDefaults(raw: Json, currentYear: number): Json {
  const draft: Json = { ...raw };
  for (const [key, value] of Object.entries(JSON_DEFAULTS)) if (draft[key] === undefined) draft[key] = value;
  draft.start = jsonYear(draft.start, 'start');
  draft.end = jsonYear(draft.end, 'end');
  if (draft.status === undefined) {
    // A start that is not a year is reported by the validator; any status keeps that the only message.
    const start = typeof draft.start === 'number' ? draft.start : MIN_YEAR;
    draft.status = deriveStatus(start, typeof draft.end === 'number' ? draft.end : null, currentYear);
  }
  return draft;
}

/** Only http(s) links are kept, at most MAX_SOURCES of them, as in a CSV file. */
function filterJsonSources(raw: unknown, i: number, label: string | null, log: IssueLog): unknown {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return raw;
  const links = raw.filter((source: unknown, k) => {
    if (isHttpUrl(source)) return true;
    log.warn(
      { path: `missions[${i}].sources[${k}]`, column: 'sources', mission: label },
      problem('json.sourceDropped', { found: describe(source) }),
      problem('fix.link'),
    );
    return false;
  });
  if (links.length <= MAX_SOURCES) return links;
  log.warn(
    { path: `missions[${i}].sources`, column: 'sources', mission: label },
    problem('tooManyLinks', { max: MAX_SOURCES }),
    problem('fix.tooManyLinks'),
  );
  return links.slice(0, MAX_SOURCES);
}

/** Partners with their organization matched (by id, name or full name) or created; bad shapes are left to the validator. */
function resolveJsonPartners(
  raw: unknown,
  i: number,
  label: string | null,
  ctx: Context,
): { partners: unknown; orgs: Organization[] } {
  if (!Array.isArray(raw) || raw.length > MAX_PARTNERS_PER_MISSION) return { partners: raw, orgs: [] };
  const orgs = new Map<string, Organization>();
  const partners: unknown[] = [];
  raw.forEach((p: unknown, k) => {
    const path = `missions[${i}].partners[${k}]`;
    const org =
      isObject(p) && typeof p.org === 'string' && p.org.trim()
        ? ctx.orgs.resolve(p.org, { path: `${path}.org`, column: 'org', mission: label })
        : undefined;
    if (!isObject(p) || !org) {
      partners.push(p);
      return;
    }
    if (orgs.has(org.id)) {
      ctx.log.warn(
        { path, column: 'org', mission: label },
        problem('json.partnerTwice', { org: clip(String(p.org)) }),
        problem('fix.listedTwice'),
      );
      return;
    }
    orgs.set(org.id, org);
    partners.push({ ...p, org: org.id, role: p.role ?? 'partner', contribution: p.contribution ?? '' });
  });
  return { partners, orgs: [...orgs.values()] };
}

function givenText(v: unknown, where: Where): Given | null {
  if (typeof v === 'number' && Number.isFinite(v)) return { value: String(v), where };
  return typeof v === 'string' && v.trim() !== '' ? { value: v.trim(), where } : null;
}

/**
 * Checks one JSON mission with the app's validator, after the same leniency as CSV: defaults for missing
 * values, organizations matched by name, bad links dropped. Its id and program are set afterwards.
 */
function buildFromJson(raw: unknown, i: number, ctx: Context): Built | null {
  const origin: Origin = { rows: [], index: i, label: labelOf(raw) };
  const draft = isObject(raw) ? withJsonDefaults(raw, ctx.currentYear) : raw;
  let orgs: Organization[] = [];
  if (isObject(draft)) {
    draft.id = 'pending';
    draft.sources = filterJsonSources(draft.sources, i, origin.label ?? null, ctx.log);
    ({ partners: draft.partners, orgs } = resolveJsonPartners(draft.partners, i, origin.label ?? null, ctx));
    if (typeof draft.program === 'string') draft.program = null;
  }
  const result = validateDataset({ version: 1, organizations: orgs, missions: [draft] });
  const mission = result.ok ? result.dataset.missions[0] : undefined;
  if (!result.ok || !mission || !isObject(raw)) {
    for (const error of result.ok ? [] : result.errors)
      reportMissionError(
        origin,
        { ...error, path: remap(error.path, 'missions[0]', `missions[${i}]`) },
        ctx.log,
      );
    ctx.log.skip([i]);
    return null;
  }
  return {
    mission,
    origin,
    givenId: givenText(raw.id, whereIn(origin, 'id')),
    program: typeof raw.program === 'string' ? givenText(raw.program, whereIn(origin, 'program')) : null,
  };
}

function checkVersion(json: Json, log: IssueLog): boolean {
  if (json.version === 1) return true;
  const where = { path: 'version', column: 'version' };
  if (json.version === undefined || json.version === '1') {
    log.warn(where, problem('json.versionMissing'), problem('fix.json.versionMissing'));
    return true;
  }
  log.error(where, problem('json.version', { found: describe(json.version) }), problem('fix.json.version'));
  return false;
}

function importJson(text: string, options: ImportOptions, log: IssueLog): ImportResult {
  const parsed = parseJson(text, log);
  if (!parsed) return finish('json', log, null, 0);
  const json = parsed.value;
  if (!isObject(json) || !Array.isArray(json.missions)) {
    log.error(
      { path: '' },
      problem(Array.isArray(json) ? 'json.list' : 'json.noMissions'),
      problem('fix.json.layout'),
    );
    return finish('json', log, null, 0);
  }
  const missions: unknown[] = json.missions;
  const valid = validateDataset(json);
  if (valid.ok) return finish('json', log, valid.dataset, missions.length);
  return repairJson(json, missions, options, log);
}

const textOrUndefined = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The slow path for an invalid file: every organization and mission on its own, keeping the valid ones. */
function repairJson(json: Json, missions: unknown[], options: ImportOptions, log: IssueLog): ImportResult {
  const fileOrganizations = checkVersion(json, log) ? readJsonOrganizations(json.organizations, log) : null;
  if (!fileOrganizations) return finish('json', log, null, missions.length);
  if (missions.length > MAX_MISSIONS) {
    log.error(
      { path: 'missions', column: 'missions' },
      problem('json.tooManyMissions', {
        count: missions.length.toLocaleString('en'),
        max: MAX_MISSIONS.toLocaleString('en'),
      }),
      problem('fix.splitFile'),
    );
  }
  const ctx: Context = {
    orgs: new OrgResolver(fileOrganizations, options.knownOrganizations),
    log,
    currentYear: options.currentYear,
  };
  const built = missions.slice(0, MAX_MISSIONS).flatMap((raw, i) => buildFromJson(raw, i, ctx) ?? []);
  assignIds(built, log);
  linkPrograms(built, log);
  const dataset = finalize(built, ctx, {
    fileOrganizations,
    title: textOrUndefined(json.title),
    updated: textOrUndefined(json.updated),
    license: textOrUndefined(json.license),
  });
  return finish('json', log, dataset, Math.min(missions.length, MAX_MISSIONS));
}

// ---------------------------------------------------------------------------------------------------------
// CSV

const CSV_FORMATS = { missions: 'missions-csv', pairs: 'pairs-csv', mapped: 'mapped-csv' } as const;

function mappingStep(format: ImportFormat, table: CsvTable, log: IssueLog): ImportResult {
  const sampleRows = table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells);
  return {
    ...finish(format, log, null, table.rows.length + table.brokenRows),
    headers: table.headers,
    needsMapping: true,
    suggestedMapping: suggestMapping(table.headers, sampleRows),
    sampleRows,
  };
}

function importCsv(text: string, fileName: string, options: ImportOptions, log: IssueLog): ImportResult {
  const table = parseCsv(text, log);
  if (!table) return finish(options.mapping ? 'mapped-csv' : 'missions-csv', log, null, 0);
  const kind = options.mapping ? 'mapped' : detectCsvKind(table.headers);
  const format = CSV_FORMATS[kind ?? 'mapped'];
  if (kind === null) {
    log.warn({ row: 1 }, problem('csv.noFormat'), problem('fix.csv.noFormat'));
    return mappingStep(format, table, log);
  }
  const read = options.mapping
    ? readMappedTable(table, options.mapping, log)
    : kind === 'pairs'
      ? readPairsTable(table, log)
      : readMissionsTable(table, log);
  if (!read.columnsOk) return mappingStep(format, table, log);
  const total = table.rows.length + table.brokenRows;
  if (total === 0) log.error({ row: 2 }, problem('csv.noRows'), problem('fix.csv.noRows'));

  const ctx: Context = {
    orgs: new OrgResolver([], options.knownOrganizations),
    log,
    currentYear: options.currentYear,
  };
  const built = read.drafts.flatMap((d) => buildFromDraft(d, ctx) ?? []);
  assignIds(built, log);
  linkPrograms(built, log);
  const dataset = finalize(built, ctx, { fileOrganizations: [], title: fileName });
  return { ...finish(format, log, dataset, total), headers: table.headers };
}

// ---------------------------------------------------------------------------------------------------------
// Entry points

function finish(
  format: ImportFormat,
  log: IssueLog,
  dataset: Dataset | null,
  totalRows: number,
): ImportResult {
  // A dataset without missions shows nothing; say so rather than open empty views.
  const usable = dataset && dataset.missions.length > 0 ? dataset : null;
  if (!usable && !log.hasErrors()) log.error({}, problem('nothingRead'), problem('fix.relist'));
  return { format, dataset: usable, issues: log.finish(), totalRows, skippedRows: log.skipped.size };
}

/** A refusal before reading: the file is too large. */
export function checkFileSize(bytes: number, fileName: string): ImportResult | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const log = new IssueLog();
  log.error(
    {},
    problem('file.tooLarge', { size: (bytes / 1e6).toFixed(1), limit: megabytes(MAX_FILE_BYTES) }),
    problem('fix.file.tooLarge'),
  );
  return finish(isJson('', fileName) ? 'json' : 'missions-csv', log, null, 0);
}

const SPREADSHEET_FILE = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

function isJson(text: string, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return false;
  return /^\uFEFF?\s*[[{]/.test(text);
}

function guessFormat(text: string, fileName: string, mapping: ColumnMapping | undefined): ImportFormat {
  if (isJson(text, fileName)) return 'json';
  return mapping ? 'mapped-csv' : 'missions-csv';
}

/** Problems with the text as a whole, found before parsing; true when it cannot be read at all. */
function refuseText(text: string, fileName: string, log: IssueLog): boolean {
  if (text.length > MAX_FILE_BYTES) {
    log.error(
      {},
      problem('file.textTooLarge', { limit: megabytes(MAX_FILE_BYTES) }),
      problem('fix.splitFile'),
    );
    return true;
  }
  if (SPREADSHEET_FILE.test(fileName)) {
    log.error({}, problem('file.spreadsheet'), problem('fix.file.spreadsheet'));
    return true;
  }
  if (text.slice(0, 4096).includes('\u0000')) {
    // The advice depends on what the file was meant to be: its name says which.
    log.error(
      {},
      problem('file.binary'),
      problem(/\.json$/i.test(fileName) ? 'fix.file.binaryJson' : 'fix.file.binary'),
    );
    return true;
  }
  if (text.slice(0, 1_000_000).includes('\uFFFD')) {
    log.warn({}, problem('file.encoding'), problem('fix.file.encoding'));
  }
  return false;
}

/**
 * Reads a CSV or JSON text into a dataset. Never throws and never runs anything in the text: names stay
 * plain strings, and only http(s) links are kept.
 */
export function importText(text: string, fileName: string, options: ImportOptions): ImportResult {
  const log = new IssueLog();
  const format = guessFormat(text, fileName, options.mapping);
  try {
    if (refuseText(text, fileName, log)) return finish(format, log, null, 0);
    return format === 'json' ? importJson(text, options, log) : importCsv(text, fileName, options, log);
  } catch (error) {
    // A bug must not take the page down with it: report it like any other problem.
    const fresh = new IssueLog();
    fresh.error(
      {},
      problem('file.internal', { detail: error instanceof Error ? error.message : String(error) }),
      problem('fix.file.internal'),
    );
    return finish(format, fresh, null, 0);
  }
}

/** Checks the size, reads the file as UTF-8 text and imports it. */
export async function importFile(
  file: Blob & { name: string },
  options: ImportOptions,
): Promise<ImportResult> {
  const refused = checkFileSize(file.size, file.name);
  if (refused) return refused;
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const log = new IssueLog();
    log.error(
      {},
      problem('file.readFailed', { detail: error instanceof Error ? error.message : String(error) }),
      problem('fix.file.readFailed'),
    );
    return finish(guessFormat('', file.name, options.mapping), log, null, 0);
  }
  return importText(text, file.name, options);
}
