/*
 * CSV files for "Bring your own data". The import dialog shows CSV_FORMAT_HELP (below), the same text;
 * change both together.
 *
 * Every CSV file: the first row names the columns (case does not matter, and spaces, underscores and
 * hyphens are ignored, so "Mission ID", "mission_id" and "missionid" are the same column). Values are
 * separated by commas, semicolons or tabs (detected automatically); a value in double quotes may hold the
 * separator, quotes written twice ("") and line breaks. UTF-8, with or without a byte-order mark.
 * At most 50 MB and 200,000 rows.
 *
 * A) Missions: one row per mission.
 *    name (required), id, type, destination, status, start (required), end, program,
 *    partners (required): organizations separated by ";", e.g. "NASA; ESA; CSA"; the first is the lead,
 *    contributions: "NASA: orbiter; ESA: lander",
 *    summary, sources: links separated by spaces or ";".
 *
 * B) Pairs: one row per mission and partner. This is also what the explorer's CSV export writes.
 *    mission_id (or mission), mission_name (or name), type, destination, status, start, end, program,
 *    summary, sources, org (organization id or name, required), org_name, role (lead or partner),
 *    contribution. Rows with the same mission id (or name, when there is no id) are one mission; its
 *    mission columns may be filled on its first row only.
 *
 * C) Any other table: choose the columns that hold the name, the start year and the partners (and the
 *    character between partners: / ; , or |), and optionally the end year, id, type, status, destination,
 *    summary and sources. The first partner is the lead.
 *
 * Values: a year may be a full date ("2014-05-24", "5/24/2014", "24.05.2014"); only its year is kept, and
 * it must lie between 1957 and 2045. Organizations are matched by id, short name or full name; one the
 * explorer does not know is added as a new agency. When left empty: type "technology", destination
 * "Multiple", status from the years (planned, active or completed), no program, no sources, and an id made
 * from the name.
 */
import Papa from 'papaparse';
import type { Problem } from '../i18n/message';
import { inEnglish, problem } from '../i18n/problems.en';
import type { Mission, Organization } from './schema';
import { MAX_PARTNERS_PER_MISSION } from './validate';
import {
  DESTINATIONS,
  ID_PATTERN,
  MAX_YEAR,
  MIN_YEAR,
  MISSION_TYPES,
  STATUSES,
  type Destination,
  type MissionStatus,
  type MissionType,
  type PartnerRole,
} from './vocabulary';

export const CSV_FORMAT_HELP = `Every CSV file: the first row names the columns (case does not matter, and spaces, underscores and hyphens are ignored). Values are separated by commas, semicolons or tabs; a value in double quotes may hold the separator, doubled quotes ("") and line breaks. UTF-8, with or without a byte-order mark. At most 50 MB and 200,000 rows.

A) Missions: one row per mission.
name (required), id, type, destination, status, start (required), end, program, partners (required; organizations separated by ";", e.g. "NASA; ESA; CSA"; the first is the lead), contributions ("NASA: orbiter; ESA: lander"), summary, sources (links separated by spaces or ";").

B) Pairs: one row per mission and partner (what the CSV export writes).
mission_id (or mission), mission_name (or name), type, destination, status, start, end, program, summary, sources, org (organization id or name, required), org_name, role (lead or partner), contribution. Rows with the same mission id (or name) are one mission; its mission columns may be filled on its first row only.

C) Any other table: choose the columns that hold the name, the start year and the partners (and the character between partners: / ; , or |), and optionally the end year, id, type, status, destination, summary and sources. The first partner is the lead.

A year may be a full date ("2014-05-24", "5/24/2014", "24.05.2014"); only the year is kept, between ${MIN_YEAR} and ${MAX_YEAR}. Organizations are matched by id, short name or full name; unknown ones are added as new agencies. When left empty: type "technology", destination "Multiple", status from the years, no program, no sources, id from the name.`;

/** A spreadsheet row count that a browser tab parses and renders without freezing. */
export const MAX_ROWS = 200_000;
/** Beyond this many listed problems, the rest are only counted: a thousand messages help nobody. */
const MAX_LISTED_ISSUES = 200;

export interface ImportIssue {
  /** 1-based row as a spreadsheet shows it (the header is row 1), or null for JSON and whole-file issues. */
  row: number | null;
  /** The column as written in the file's header, or the field name for JSON. */
  column: string | null;
  /** JSON path such as `missions[3].start`; null for CSV. */
  path: string | null;
  /** A JSON mission's name (or id), to say which mission a problem is about. */
  mission: string | null;
  /** The problem and its fix in English. */
  message: string;
  fix: string;
  /** The same, to put into words in the interface language (IssueLog always sets them; null means English only). */
  text: Problem | null;
  fixText: Problem | null;
  /** How many more times the same warning came up (already counted in `message`). */
  more: number;
  severity: 'error' | 'warning';
}

/** A problem or its fix: a message of the problems catalogue, put into words in either language. */
export type IssueText = Problem;

export type Separator = '/' | ';' | ',' | '|';

/** Format C: which header of the file holds each value. */
export interface ColumnMapping {
  name: string;
  start: string;
  end?: string;
  partners: string;
  separator: Separator;
  id?: string;
  type?: string;
  status?: string;
  destination?: string;
  summary?: string;
  sources?: string;
}

export type Where = Partial<Pick<ImportIssue, 'row' | 'column' | 'path' | 'mission'>>;

/**
 * Collects problems in reading order. The same warning on thousands of rows (an unknown type in a satellite
 * catalogue) becomes one issue with a count, and past MAX_LISTED_ISSUES issues are only counted, so the
 * list stays readable and cheap to render.
 */
export class IssueLog {
  private readonly issues: ImportIssue[] = [];
  private readonly repeats = new Map<string, { issue: ImportIssue | null; more: number }>();
  private unlistedErrors = 0;
  private unlistedWarnings = 0;
  /** Rows (CSV) or mission indexes (JSON) dropped because of an error; a Set so nothing counts twice. */
  readonly skipped = new Set<number>();

  error(where: Where, message: IssueText, fix: IssueText): void {
    this.push(issue(where, message, fix, 'error'));
  }

  warn(where: Where, message: IssueText, fix: IssueText): void {
    this.push(issue(where, message, fix, 'warning'));
  }

  /** A warning listed once per key; later occurrences only add to its count. */
  warnOnce(key: string, where: Where, message: IssueText, fix: IssueText): void {
    const seen = this.repeats.get(key);
    if (seen) {
      seen.more += 1;
      return;
    }
    const added = this.push(issue(where, message, fix, 'warning'));
    this.repeats.set(key, { issue: added, more: 0 });
  }

  skip(keys: Iterable<number>): void {
    for (const key of keys) this.skipped.add(key);
  }

  hasErrors(): boolean {
    return this.unlistedErrors > 0 || this.issues.some((i) => i.severity === 'error');
  }

  /** The issues, rows in order (whole-file issues first); the log is not used afterwards. */
  finish(): ImportIssue[] {
    for (const { issue: listed, more } of this.repeats.values())
      if (listed && more > 0) {
        listed.more = more;
        listed.message = inEnglish(
          problem(more === 1 ? 'more.one' : 'more.other', { text: listed.message, count: more }),
        );
      }
    const list = this.issues
      .map((item, order) => ({ item, order }))
      .sort((a, b) => (a.item.row ?? 0) - (b.item.row ?? 0) || a.order - b.order)
      .map(({ item }) => item);
    const unlisted = this.unlistedErrors + this.unlistedWarnings;
    if (unlisted > 0) {
      list.push(
        issue(
          {},
          problem('moreProblems', { count: unlisted }),
          problem('fix.moreProblems'),
          this.unlistedErrors > 0 ? 'error' : 'warning',
        ),
      );
    }
    return list;
  }

  private push(item: ImportIssue): ImportIssue | null {
    if (this.issues.length < MAX_LISTED_ISSUES) {
      this.issues.push(item);
      return item;
    }
    if (item.severity === 'error') this.unlistedErrors += 1;
    else this.unlistedWarnings += 1;
    return null;
  }
}

function issue(
  where: Where,
  message: IssueText,
  fix: IssueText,
  severity: ImportIssue['severity'],
): ImportIssue {
  return {
    row: where.row ?? null,
    column: where.column ?? null,
    path: where.path ?? null,
    mission: where.mission ?? null,
    message: inEnglish(message),
    fix: inEnglish(fix),
    text: message,
    fixText: fix,
    more: 0,
    severity,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

export interface CsvRow {
  /** 1-based spreadsheet row: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  /** Data rows left out because of their quotes (already reported). */
  brokenRows: number;
}

const DELIMITERS = [',', ';', '\t'];

/**
 * Papaparse only guesses the separator well when empty lines are skipped, but skipping them would shift the
 * row numbers people see in their spreadsheet, so the guess is a separate, short parse.
 */
function guessDelimiter(text: string): string {
  const guess = Papa.parse<string[]>(text, {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    preview: 20,
  });
  return DELIMITERS.includes(guess.meta.delimiter) ? guess.meta.delimiter : ',';
}

const isBlank = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

/** Rows the quotes made unreadable, each reported once. */
function reportQuoteErrors(errors: Papa.ParseError[], log: IssueLog): Set<number> {
  const bad = new Set<number>();
  for (const error of errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    const row = error.row + 1;
    if (bad.has(row)) continue;
    bad.add(row);
    if (error.code === 'MissingQuotes')
      log.error({ row }, problem('csv.quoteUnclosed', { row }), problem('fix.csv.quoteUnclosed'));
    else log.error({ row }, problem('csv.quoteMisplaced', { row }), problem('fix.csv.quoteMisplaced'));
  }
  return bad;
}

/**
 * Reads a CSV text into its header and non-empty rows. Returns null (with an issue) when there is no
 * usable header. Rows broken by quotes are reported and left out; rows past MAX_ROWS are not read.
 */
export function parseCsv(text: string, log: IssueLog): CsvTable | null {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') {
    log.error({}, problem('csv.empty'), problem('fix.csv.empty'));
    return null;
  }
  const parsed = Papa.parse<string[]>(clean, {
    delimiter: guessDelimiter(clean),
    skipEmptyLines: false,
    // The header, MAX_ROWS rows, and one more to tell that the file is longer.
    preview: MAX_ROWS + 2,
  });
  const bad = reportQuoteErrors(parsed.errors, log);
  const [head, ...body] = parsed.data;
  if (!head || isBlank(head) || bad.has(1)) {
    log.error({ row: 1 }, problem('csv.noHeader'), problem('fix.csv.noHeader'));
    return null;
  }
  if (body.length > MAX_ROWS) {
    log.error(
      { row: MAX_ROWS + 2 },
      problem('csv.tooManyRows', { max: MAX_ROWS.toLocaleString('en') }),
      problem('fix.splitFile'),
    );
    body.length = MAX_ROWS;
  }
  const rows: CsvRow[] = [];
  let brokenRows = 0;
  body.forEach((cells, i) => {
    const row = i + 2;
    if (bad.has(row)) {
      log.skipped.add(row);
      brokenRows += 1;
    } else if (!isBlank(cells)) rows.push({ row, cells });
  });
  return { headers: head.map((h) => h.trim()), rows, brokenRows };
}

// ---------------------------------------------------------------------------------------------------------
// Columns

export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/[\s_.-]+/g, '');

const MISSIONS_COLUMNS = {
  name: ['name', 'missionname'],
  id: ['id', 'missionid'],
  type: ['type'],
  destination: ['destination'],
  status: ['status'],
  start: ['start', 'startyear'],
  end: ['end', 'endyear'],
  program: ['program'],
  partners: ['partners'],
  contributions: ['contributions', 'contribution'],
  summary: ['summary'],
  sources: ['sources', 'source'],
} as const;

const PAIRS_COLUMNS = {
  id: ['missionid', 'mission'],
  name: ['missionname', 'name'],
  type: ['type'],
  destination: ['destination'],
  status: ['status'],
  start: ['start', 'startyear'],
  end: ['end', 'endyear'],
  program: ['program'],
  summary: ['summary'],
  sources: ['sources', 'source'],
  org: ['org', 'orgid', 'organization', 'organisation'],
  orgName: ['orgname', 'organizationname', 'organisationname'],
  role: ['role'],
  contribution: ['contribution'],
} as const;

type MissionsColumn = keyof typeof MISSIONS_COLUMNS;
type PairsColumn = keyof typeof PAIRS_COLUMNS;

/** Index of each known column in the header; the first of duplicate columns wins. */
type ColumnIndex<K extends string> = Map<K, number>;

function indexColumns<K extends string>(
  headers: string[],
  aliases: Readonly<Record<K, readonly string[]>>,
): { index: ColumnIndex<K>; unused: string[] } {
  const byAlias = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[]) for (const alias of aliases[key]) byAlias.set(alias, key);
  const index: ColumnIndex<K> = new Map();
  const unused: string[] = [];
  headers.forEach((header, i) => {
    const key = byAlias.get(normalizeHeader(header));
    if (key !== undefined && !index.has(key)) index.set(key, i);
    else if (header !== '') unused.push(header);
  });
  return { index, unused };
}

export type CsvKind = 'missions' | 'pairs';

/** Format B has an organization per row, format A a list of partners; anything else needs a mapping. */
export function detectCsvKind(headers: string[]): CsvKind | null {
  const names = new Set(headers.map(normalizeHeader));
  if (PAIRS_COLUMNS.org.some((alias) => names.has(alias))) return 'pairs';
  if (names.has('partners')) return 'missions';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Drafts: missions as read from the cells, before organizations are matched and values checked.

/** A value with where it came from, so a problem can name the row and column the user sees. */
export interface Cell {
  value: string;
  row: number;
  column: string;
}

export type MissionField =
  'id' | 'name' | 'type' | 'destination' | 'status' | 'start' | 'end' | 'program' | 'summary' | 'sources';

const MISSION_FIELDS: readonly MissionField[] = [
  'id',
  'name',
  'type',
  'destination',
  'status',
  'start',
  'end',
  'program',
  'summary',
  'sources',
];

export interface DraftPartner {
  org: Cell;
  /** The organization's name when the file gives it apart from its id (format B's org_name). */
  orgName: string;
  role: PartnerRole;
  contribution: string;
}

export interface DraftMission {
  /** Every row the mission was read from: one in formats A and C, one per partner in format B. */
  rows: number[];
  fields: Partial<Record<MissionField, Cell>>;
  partners: DraftPartner[];
  /** Format A's "NASA: orbiter; ESA: lander", matched to the partners once organizations are known. */
  contributions: Cell | null;
}

/** Spreadsheet programs run cells starting with = + - @; the export prefixes them with ' (see toPairsCsv). */
const unescapeFormula = (value: string): string => value.replace(/^'(?=[=+\-@\t\r])/, '');

function cellAt(row: CsvRow, headers: string[], index: number | undefined): Cell | null {
  if (index === undefined) return null;
  const value = unescapeFormula((row.cells[index] ?? '').trim());
  return value === '' ? null : { value, row: row.row, column: headers[index] ?? '' };
}

function readFields(
  row: CsvRow,
  headers: string[],
  index: ReadonlyMap<string, number>,
): Partial<Record<MissionField, Cell>> {
  const fields: Partial<Record<MissionField, Cell>> = {};
  for (const field of MISSION_FIELDS) {
    const cell = cellAt(row, headers, index.get(field));
    if (cell) fields[field] = cell;
  }
  return fields;
}

/**
 * Splits a list cell into trimmed, non-empty items, stopping as soon as there are more than `max`: a cell
 * with a million names must cost no more than reading it.
 */
export function splitList(value: string, separator: string, max: number): string[] | null {
  const items: string[] = [];
  let from = 0;
  while (from <= value.length) {
    const at = value.indexOf(separator, from);
    const item = value.slice(from, at === -1 ? value.length : at).trim();
    if (item !== '') {
      if (items.length === max) return null;
      items.push(item);
    }
    if (at === -1) break;
    from = at + separator.length;
  }
  return items;
}

function tooManyPartners(where: Where, log: IssueLog): void {
  log.error(
    where,
    problem('tooManyPartners', { max: MAX_PARTNERS_PER_MISSION }),
    problem('fix.tooManyPartners', { max: MAX_PARTNERS_PER_MISSION }),
  );
}

/** Partners of formats A and C: a list cell whose first organization leads. */
function listPartners(cell: Cell | null, separator: string, log: IssueLog): DraftPartner[] | null {
  if (!cell) return [];
  const names = splitList(cell.value, separator, MAX_PARTNERS_PER_MISSION);
  if (!names) {
    tooManyPartners({ row: cell.row, column: cell.column }, log);
    return null;
  }
  return names.map((name, i) => ({
    org: { ...cell, value: name },
    orgName: '',
    role: i === 0 ? 'lead' : 'partner',
    contribution: '',
  }));
}

/** Warns when a row has more values than the header: usually a separator inside an unquoted value. */
function checkWidth(row: CsvRow, width: number, log: IssueLog): void {
  if (row.cells.length <= width) return;
  log.warnOnce(
    'width',
    { row: row.row },
    problem('csv.tooWide', { row: row.row, count: row.cells.length, width }),
    problem('fix.csv.tooWide'),
  );
}

function warnUnusedColumns(unused: string[], known: string, log: IssueLog): void {
  if (unused.length === 0) return;
  log.warn(
    { row: 1 },
    problem('csv.unusedColumns', { columns: unused.map((c) => `"${c}"`).join(', ') }),
    problem('fix.csv.unusedColumns', { list: known }),
  );
}

function missingColumns(
  required: readonly string[],
  present: (name: string) => boolean,
  log: IssueLog,
  fix: Problem,
): boolean {
  const missing = required.filter((name) => !present(name));
  for (const name of missing)
    log.error({ row: 1, column: name }, problem('csv.columnMissing', { column: name }), fix);
  return missing.length > 0;
}

export interface DraftRead {
  drafts: DraftMission[];
  /** False when a required column is missing: the file needs a mapping instead. */
  columnsOk: boolean;
}

/** Format A: one mission per row. */
export function readMissionsTable(table: CsvTable, log: IssueLog): DraftRead {
  const { index, unused } = indexColumns<MissionsColumn>(table.headers, MISSIONS_COLUMNS);
  const fix = problem('fix.csv.columnMissing');
  if (missingColumns(['name', 'start', 'partners'], (c) => index.has(c as MissionsColumn), log, fix))
    return { drafts: [], columnsOk: false };
  warnUnusedColumns(unused, Object.keys(MISSIONS_COLUMNS).join(', '), log);
  const drafts: DraftMission[] = [];
  for (const row of table.rows) {
    checkWidth(row, table.headers.length, log);
    const partners = listPartners(cellAt(row, table.headers, index.get('partners')), ';', log);
    if (!partners) {
      log.skipped.add(row.row);
      continue;
    }
    drafts.push({
      rows: [row.row],
      fields: readFields(row, table.headers, index),
      partners,
      contributions: cellAt(row, table.headers, index.get('contributions')),
    });
  }
  return { drafts, columnsOk: true };
}

const ROLE_VALUES = new Map<string, PartnerRole>([
  ['lead', 'lead'],
  ['leader', 'lead'],
  ['partner', 'partner'],
  ['', 'partner'],
]);

function readRole(cell: Cell | null, log: IssueLog): PartnerRole {
  const role = ROLE_VALUES.get(cell?.value.toLowerCase() ?? '');
  if (role) return role;
  log.warnOnce(
    `role:${cell?.value.toLowerCase()}`,
    { row: cell?.row ?? null, column: cell?.column ?? null },
    problem('csv.role', { value: cell?.value ?? '' }),
    problem('fix.csv.role'),
  );
  return 'partner';
}

/**
 * In format B the "mission" column often holds a name rather than an id. A mission without a name takes
 * the id cell as its name, and drops that cell as an id when it is not one, so the id is made from it.
 */
function nameFromId(fields: Partial<Record<MissionField, Cell>>): void {
  if (fields.name || !fields.id) return;
  fields.name = fields.id;
  if (!ID_PATTERN.test(fields.id.value)) delete fields.id;
}

/** Later rows of a mission may repeat its values; a different value is reported and the first one kept. */
function mergeFields(draft: DraftMission, fields: Partial<Record<MissionField, Cell>>, log: IssueLog): void {
  for (const field of MISSION_FIELDS) {
    const next = fields[field];
    const first = draft.fields[field];
    if (!next) continue;
    if (!first) draft.fields[field] = next;
    // Rows are grouped regardless of case, so "James Webb" and "james webb" are the same value.
    else if (first.value.toLowerCase() !== next.value.toLowerCase())
      log.warnOnce(
        `conflict:${field}`,
        { row: next.row, column: next.column },
        problem('csv.conflict', {
          field: problem(`field.${field}`),
          value: clip(next.value),
          first: clip(first.value),
          row: first.row,
        }),
        problem('fix.csv.conflict'),
      );
  }
}

export const clip = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function pairsGroupKey(fields: Partial<Record<MissionField, Cell>>): string | null {
  if (fields.id) return `id:${fields.id.value.toLowerCase()}`;
  if (fields.name) return `name:${fields.name.value.toLowerCase()}`;
  return null;
}

/** Format B: one row per mission and partner, grouped into missions by id (or name). */
export function readPairsTable(table: CsvTable, log: IssueLog): DraftRead {
  const { index, unused } = indexColumns<PairsColumn>(table.headers, PAIRS_COLUMNS);
  const fix = problem('fix.csv.columnMissing');
  const missing = missingColumns(['start'], (c) => index.has(c as PairsColumn), log, fix);
  if (!index.has('id') && !index.has('name')) {
    log.error({ row: 1, column: 'mission_id' }, problem('csv.missionColumnMissing'), fix);
    return { drafts: [], columnsOk: false };
  }
  if (missing) return { drafts: [], columnsOk: false };
  warnUnusedColumns(unused, Object.keys(PAIRS_COLUMNS).join(', '), log);

  const groups = new Map<string, DraftMission & { overflow: boolean }>();
  for (const row of table.rows) {
    checkWidth(row, table.headers.length, log);
    const fields = readFields(row, table.headers, index);
    const key = pairsGroupKey(fields);
    const org = cellAt(row, table.headers, index.get('org'));
    if (!key || !org) {
      const column = key ? (table.headers[index.get('org') ?? -1] ?? 'org') : 'mission_id';
      log.error(
        { row: row.row, column },
        problem(key ? 'csv.orgMissing' : 'csv.missionMissing'),
        problem(key ? 'fix.csv.orgMissing' : 'fix.csv.missionMissing'),
      );
      log.skipped.add(row.row);
      continue;
    }
    nameFromId(fields);
    const group = groups.get(key) ?? {
      rows: [],
      fields: {},
      partners: [],
      contributions: null,
      overflow: false,
    };
    groups.set(key, group);
    group.rows.push(row.row);
    mergeFields(group, fields, log);
    if (group.partners.length === MAX_PARTNERS_PER_MISSION) {
      group.overflow = true;
      continue;
    }
    group.partners.push({
      org,
      orgName: cellAt(row, table.headers, index.get('orgName'))?.value ?? '',
      role: readRole(cellAt(row, table.headers, index.get('role')), log),
      contribution: cellAt(row, table.headers, index.get('contribution'))?.value ?? '',
    });
  }
  const drafts: DraftMission[] = [];
  for (const { overflow, ...draft } of groups.values()) {
    if (!overflow) {
      drafts.push(draft);
      continue;
    }
    tooManyPartners({ row: draft.rows[0] ?? null, column: draft.fields.name?.column ?? null }, log);
    log.skip(draft.rows);
  }
  return { drafts, columnsOk: true };
}

/** The mapping's fields that hold a single mission value, with the draft field each fills. */
const MAPPED_FIELDS = [
  'name',
  'start',
  'end',
  'id',
  'type',
  'status',
  'destination',
  'summary',
  'sources',
] as const;

/** Format C: any table, through the columns the user chose. */
export function readMappedTable(table: CsvTable, mapping: ColumnMapping, log: IssueLog): DraftRead {
  const byName = new Map<string, number>();
  table.headers.forEach((h, i) => {
    if (!byName.has(normalizeHeader(h))) byName.set(normalizeHeader(h), i);
  });
  const find = (header: string | undefined): number | undefined =>
    header === undefined || header === '' ? undefined : byName.get(normalizeHeader(header));

  let ok = true;
  for (const field of [...MAPPED_FIELDS, 'partners'] as const) {
    const header = mapping[field];
    const required = field === 'name' || field === 'start' || field === 'partners';
    if (!header && required)
      log.error(
        { row: 1, column: field },
        problem('csv.notChosen', { field: problem(`field.${field}`) }),
        problem('fix.csv.notChosen', { field: problem(`field.${field}`) }),
      );
    else if (header && find(header) === undefined)
      log.error(
        { row: 1, column: header },
        problem('csv.chosenAbsent', { column: header, field: problem(`field.${field}`) }),
        problem('fix.csv.chosenAbsent', { field: problem(`field.${field}`) }),
      );
    else continue;
    ok = false;
  }
  if (!ok) return { drafts: [], columnsOk: false };

  const index = new Map<MissionField, number>();
  for (const field of MAPPED_FIELDS) {
    const at = find(mapping[field]);
    if (at !== undefined) index.set(field, at);
  }
  const partnersAt = find(mapping.partners);
  const drafts: DraftMission[] = [];
  for (const row of table.rows) {
    const partners = listPartners(cellAt(row, table.headers, partnersAt), mapping.separator, log);
    if (!partners) {
      log.skipped.add(row.row);
      continue;
    }
    drafts.push({
      rows: [row.row],
      fields: readFields(row, table.headers, index),
      partners,
      contributions: null,
    });
  }
  return { drafts, columnsOk: true };
}

// ---------------------------------------------------------------------------------------------------------
// Mapping suggestions

/** Header patterns for each mapped value, most specific first; the first header matching one wins. */
const SUGGESTIONS: Record<Exclude<keyof ColumnMapping, 'separator'>, RegExp[]> = {
  name: [/^name$/, /^name\b/, /^(mission|satellite|spacecraft)( name)?$/, /\bname\b/],
  start: [/^start$/, /date of launch|launch date|launch year/, /^(start|launch)/, /^year$/],
  end: [/^end$/, /^end (date|year)/, /decommission|retire|end of (life|mission)/],
  partners: [
    /^operator\/owner$/,
    /^partners?$/,
    /^(agenc(y|ies)|organi[sz]ations?|operators?|owners?)$/,
    /operator|owner|partner|agenc/,
  ],
  id: [/^id$/, /^mission id$/],
  type: [/^type$/, /^purpose$/, /\b(type|purpose)\b/],
  status: [/^status$/, /\bstatus\b/],
  destination: [/^destination$/, /^class of orbit$/, /\b(destination|orbit)\b/],
  summary: [/^summary$/, /^description$/, /\b(summary|description|comments?)\b/],
  sources: [/^sources?$/, /^(urls?|links?|references?)$/],
};

function suggestHeader(headers: string[], patterns: RegExp[], taken: Set<string>): string | undefined {
  const lower = headers.map((h) => h.toLowerCase().trim());
  for (const pattern of patterns) {
    // "Country of Operator/Owner" names where the partner is from, never the partner.
    const i = lower.findIndex(
      (h, k) => pattern.test(h) && !h.startsWith('country') && !taken.has(headers[k] ?? ''),
    );
    const header = headers[i];
    if (header !== undefined) return header;
  }
  return undefined;
}

/** The separator used in sample partner cells, or a guess from the header ("Operator/Owner" uses "/"). */
function suggestSeparator(header: string | undefined, samples: string[]): Separator {
  for (const separator of [';', '|', '/', ','] as const)
    if (samples.some((s) => s.includes(separator))) return separator;
  return header?.includes('/') ? '/' : ';';
}

/**
 * Guesses a mapping from common column names: "Name of Satellite, Alternate Names" or "Name" → name,
 * "Date of Launch" → start, "Operator/Owner" → partners separated by "/". `rows` (optional, a few data rows)
 * improves the separator guess. A required value not found is "" for the user to choose; optional ones are
 * left out.
 */
export function suggestMapping(headers: string[], rows: string[][] = []): ColumnMapping {
  const taken = new Set<string>();
  const found: Partial<Record<keyof typeof SUGGESTIONS, string>> = {};
  for (const field of Object.keys(SUGGESTIONS) as (keyof typeof SUGGESTIONS)[]) {
    const header = suggestHeader(headers, SUGGESTIONS[field], taken);
    if (header === undefined) continue;
    found[field] = header;
    taken.add(header);
  }
  const at = found.partners === undefined ? -1 : headers.indexOf(found.partners);
  return {
    ...found,
    name: found.name ?? '',
    start: found.start ?? '',
    partners: found.partners ?? '',
    separator: suggestSeparator(
      found.partners,
      rows.map((r) => r[at] ?? ''),
    ),
  };
}

/** Whether every required value of a mapping names a column. */
export function isCompleteMapping(mapping: Partial<ColumnMapping>): mapping is ColumnMapping {
  return Boolean(mapping.name && mapping.start && mapping.partners && mapping.separator);
}

// ---------------------------------------------------------------------------------------------------------
// Values

/** Ids are in links, so they stay short; the name is cut first so a huge cell costs nothing. */
export function kebabCase(text: string, maxLength = 60): string {
  const slug = text
    .slice(0, maxLength * 4)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-+$/, '');
}

export type YearRead = { ok: true; year: number | null } | { ok: false; message: Problem; fix: Problem };

/** What people write in an end column for "still going". */
const OPEN_END = new Set(['', '-', '–', '—', 'present', 'ongoing', 'active', 'none', 'null', 'n/a', 'na']);

/** The year of "2014", "2014.0" (spreadsheets), "2014-05-24", "5/24/2014", "24.05.2014" or "May 24, 2014". */
function yearOf(text: string): number | null {
  if (text.length > 40) return null;
  const plain = /^(\d{4})(?:\.0+)?$/.exec(text);
  const yearFirst = /^(\d{4})[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:[T ].*)?$/.exec(text);
  const yearLast = /^\d{1,2}[-/.]\d{1,2}[-/.](\d{4})(?: .*)?$/.exec(text);
  const found = plain?.[1] ?? yearFirst?.[1] ?? yearLast?.[1];
  if (found) return Number(found);
  // Dates in words: exactly one four-digit number among words and day numbers.
  if (!/^[\p{L}\d ,./-]+$/u.test(text)) return null;
  const numbers = text.match(/\d+/g) ?? [];
  const years = numbers.filter((n) => n.length === 4);
  return years.length === 1 && numbers.every((n) => n.length <= 2 || n.length === 4)
    ? Number(years[0])
    : null;
}

export function parseYear(raw: string, label: 'start' | 'end'): YearRead {
  const text = raw.trim();
  if (label === 'end' && OPEN_END.has(text.toLowerCase())) return { ok: true, year: null };
  const fix = problem('fix.year', { min: MIN_YEAR, max: MAX_YEAR });
  const year = yearOf(text);
  if (year === null) {
    const found = /^\d+$/.test(text) ? clip(text) : `"${clip(text)}"`;
    return { ok: false, message: problem('year.notYear', { label: problem(`year.${label}`), found }), fix };
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    const message = problem('year.range', {
      label: problem(`year.${label}`),
      year,
      min: MIN_YEAR,
      max: MAX_YEAR,
    });
    return { ok: false, message, fix };
  }
  return { ok: true, year };
}

/** A mission starting after this year is planned; one without an end, or ending later, is active. */
export function deriveStatus(start: number, end: number | null, currentYear: number): MissionStatus {
  if (start > currentYear) return 'planned';
  return end === null || end > currentYear ? 'active' : 'completed';
}

const vocabularyKey = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/[\s_]+/g, '-');

/**
 * Matches a value to a vocabulary regardless of case, spaces or dashes, through common synonyms
 * (satellite catalogues say "LEO" and "Earth Science"), or by its first words ("Technology Development").
 */
function vocabularyMatcher<T extends string>(
  list: readonly T[],
  synonyms: readonly (readonly [string, T])[],
): (value: string) => T | null {
  const exact = new Map<string, T>([...list.map((v) => [vocabularyKey(v), v] as const), ...synonyms]);
  const longestFirst = [...exact].sort((a, b) => b[0].length - a[0].length);
  return (value) => {
    const key = vocabularyKey(value);
    if (key.length > 200) return null;
    const hit = exact.get(key);
    if (hit) return hit;
    const prefix = longestFirst.find(([k]) => key.startsWith(k) && /^[^a-z0-9]/.test(key.slice(k.length)));
    return prefix ? prefix[1] : null;
  };
}

export const matchType = vocabularyMatcher<MissionType>(MISSION_TYPES, [
  ['earth-science', 'earth-observation'],
  ['remote-sensing', 'earth-observation'],
  ['meteorology', 'weather'],
  ['meteorological', 'weather'],
  ['communication', 'communications'],
  ['space-station', 'station'],
  ['space-telescope', 'telescope'],
  ['astronomy', 'telescope'],
  ['observatory', 'ground-observatory'],
  ['crew', 'crew-transport'],
  ['crewed', 'crew-transport'],
]);

export const matchDestination = vocabularyMatcher<Destination>(DESTINATIONS, [
  ['leo', 'Low Earth orbit'],
  ['sun-synchronous', 'Low Earth orbit'],
  ['sso', 'Low Earth orbit'],
  ['meo', 'High Earth orbit'],
  ['heo', 'High Earth orbit'],
  ['elliptical', 'High Earth orbit'],
  ['geo', 'Geostationary orbit'],
  ['gso', 'Geostationary orbit'],
  ['geosynchronous', 'Geostationary orbit'],
  ['l1', 'Sun–Earth L1'],
  ['l2', 'Sun–Earth L2'],
  ['lunar', 'Moon'],
  ['the-moon', 'Moon'],
  ['jupiter', 'Jupiter system'],
  ['saturn', 'Saturn system'],
  ['ground', 'Earth surface'],
]);

export const matchStatus = vocabularyMatcher<MissionStatus>(STATUSES, [
  ['operational', 'active'],
  ['ongoing', 'active'],
  ['in-operation', 'active'],
  ['complete', 'completed'],
  ['ended', 'completed'],
  ['retired', 'completed'],
  ['decommissioned', 'completed'],
  ['proposed', 'planned'],
  ['in-development', 'planned'],
  ['under-construction', 'planned'],
  ['future', 'planned'],
  ['canceled', 'cancelled'],
  ['lost', 'failed'],
  ['failure', 'failed'],
]);

/** At most this many links per mission are read: more is a mistake, and each one is checked. */
export const MAX_SOURCES = 100;

/**
 * Links separated by spaces or ";". A ";" splits only before another scheme ("…;https://…" or
 * "…; javascript:…"), because ";" is legal inside a link.
 */
export function splitSources(value: string): string[] {
  return value
    .split(/\s+/, MAX_SOURCES * 4)
    .flatMap((token) => token.split(/;(?=[a-z][a-z0-9+.-]*:)/i))
    .map((token) => token.replace(/^;+|;+$/g, ''))
    .filter((token) => token !== '');
}

// ---------------------------------------------------------------------------------------------------------
// Export

export const PAIRS_CSV_HEADERS = [
  'mission_id',
  'mission_name',
  'type',
  'destination',
  'status',
  'start',
  'end',
  'program',
  'summary',
  'sources',
  'org',
  'org_name',
  'role',
  'contribution',
] as const;

/**
 * The explorer's CSV export (format B): one row per mission and partner, every mission value repeated on
 * each of its rows so a spreadsheet can sort and filter them. Values a spreadsheet would run as a formula
 * get a leading ' (the import removes it), and spaces in links are encoded because spaces separate links.
 */
export function toPairsCsv(missions: readonly Mission[], organizations: readonly Organization[]): string {
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const data = missions.flatMap((m) =>
    m.partners.map((p) => [
      m.id,
      m.name,
      m.type,
      m.destination,
      m.status,
      String(m.start),
      m.end === null ? '' : String(m.end),
      m.program ?? '',
      m.summary,
      m.sources.map((s) => s.replace(/\s/g, encodeURIComponent)).join(' '),
      p.org,
      names.get(p.org) ?? '',
      p.role,
      p.contribution,
    ]),
  );
  return Papa.unparse({ fields: [...PAIRS_CSV_HEADERS], data }, { escapeFormulae: true });
}
