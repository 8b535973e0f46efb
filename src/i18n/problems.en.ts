/*
 * The problems an import reports and the fixes it suggests, in English (problems.ko.ts translates them).
 * Apart from en.ts so that this text loads with the importer, not with the first view; the dataset check
 * (validate.ts) writes its messages from here too. {name} marks a value filled in at run time.
 */
import type { Problem, ProblemParams } from './message';

export const problemsEn = {
  'value.missing': 'missing',
  'value.null': 'null',
  'value.list': 'a list',
  'value.object': 'an object',
  'more.one': '{text} (and 1 more time)',
  'more.other': '{text} (and {count} more times)',
  leftOut: '{text}; the mission was left out',
  orgLeftOut: '{text}; the organization was left out',
  orgProblem: 'organization "{id}": {text}',

  'v.notObject': 'the file must hold a JSON object, found {found}',
  'v.version': 'version must be 1, found {found}',
  'v.organizationsList': 'organizations must be a list',
  'v.missionsList': 'missions must be a list',
  'v.tooManyOrganizations': '{count} organizations is more than the limit of {max}',
  'v.tooManyMissions': '{count} missions is more than the limit of {max}',
  'v.textMissing': 'the {field} is missing',
  'v.text': '{field} must be a non-empty text, found {found}',
  'v.choiceMissing': 'the {field} is missing; it must be one of: {list}',
  'v.choice': '{field} {found} is not one of: {list}',
  'v.startMissing': 'the start year is missing',
  'v.start': 'start year {found} is not a year between {min} and {max}',
  'v.end': 'end year {found} is not a year between {min} and {max}',
  'v.endBeforeStart': 'end year {end} is before start year {start}',
  'v.orgObject': 'each organization must be an object, found {found}',
  'v.orgId': 'id "{id}" must be lowercase kebab-case, like "nasa" or "uk-space-agency"',
  'v.country': 'country {found} must be a two-letter ISO code such as "FR", or null',
  'v.urlMissing': 'url is missing: it must be an http(s) link, or ""',
  'v.url': 'url {found} must be an http(s) link',
  'v.partnerObject': 'each partner must be an object with org, role and contribution, found {found}',
  'v.partnerOrg': 'organization "{org}" is not in the organizations list',
  'v.missionObject': 'each mission must be an object, found {found}',
  'v.missionId': 'id "{id}" must be lowercase kebab-case, like "jwst" or "artemis-ii"',
  'v.program': 'program must be a mission id or null',
  'v.partnersMissing': 'the partners are missing',
  'v.partners': 'partners must be a list with at least one organization',
  'v.tooManyPartners': '{count} partners is more than the limit of {max}',
  'v.partnerTwice': 'organization "{org}" is listed twice',
  'v.sourcesList': 'sources must be a list of links',
  'v.source': 'source {found} is not an http(s) link',
  'v.orgIdTaken': 'id "{id}" is used by another organization',
  'v.missionIdTaken': 'id "{id}" is used by another mission',
  'v.ownProgram': 'a mission cannot be its own program',
  'v.programUnknown': 'program "{program}" is not a mission id in this file',
  'v.renamed': 'renamed must be an object of old id → current id, found {found}',
  'v.renamedTarget': '"{id}" is not an organization or mission id in this file',
  'v.renamedOld': '"{id}" is still an id in this file',

  'fix.json.start': 'Give a four-digit year between {min} and {max}',
  'fix.json.end':
    'Give a four-digit year between {min} and {max}, not before the start, or null while the mission is active',
  'fix.json.choice': 'Use one of: {list}',
  'fix.json.role': 'Use "lead" or "partner"',
  'fix.json.org': 'Use the id, short name or full name of an organization',
  'fix.json.id': 'Use lowercase letters, digits and hyphens, like "artemis-ii"',
  'fix.json.name': 'Give a name',
  'fix.json.partners': 'List from 1 to {max} partners, each as { "org", "role", "contribution" }',
  'fix.json.sources': 'Use a list of http(s) links',
  'fix.json.program': 'Use the id of another mission in this file, or null',
  'fix.json.url': 'Use an http(s) link, or "" when it is not known',
  'fix.json.country': 'Use a two-letter ISO code such as "FR", or null',
  'fix.json.fullName': 'Give the full name as text',
  'fix.json.contribution': 'Describe the contribution as text',
  'fix.json.summary': 'Write the summary as text',
  'fix.json.other': 'Correct this value',

  'json.empty': 'the file is empty',
  'fix.json.empty': 'Pick a file with a dataset: { "version": 1, "organizations": [ … ], "missions": [ … ] }',
  'json.invalid': 'the file is not valid JSON ({detail})',
  'fix.json.invalid': 'Look for a missing comma, quote or bracket at that place, or export the file again',
  'json.list':
    'the file holds a list; the explorer expects an object with "version", "organizations" and "missions"',
  'json.noMissions': 'the file is not an explorer dataset: it has no "missions" list',
  'fix.json.layout':
    'Use the layout of dataset-sample.json: { "version": 1, "organizations": [ … ], "missions": [ … ] }',
  'json.organizationsList': 'organizations must be a list, found {found}',
  'fix.json.organizationsList':
    'Write "organizations": [ … ], or leave it out to use the organizations the explorer knows',
  'json.tooManyOrganizations': '{count} organizations is more than the limit of {max}',
  'fix.json.tooManyOrganizations': 'Keep only the organizations your missions use',
  'json.orgIdTaken': 'id "{id}" is used by another organization; this one was left out',
  'fix.json.orgIdTaken': 'Give each organization its own id',
  'json.sourceDropped': 'source {found} is not an http(s) link and was dropped',
  'json.partnerTwice':
    'organization "{org}" is listed twice for this mission; the second mention was ignored',
  'json.versionMissing': 'version is missing; the file was read as version 1',
  'fix.json.versionMissing': 'Add "version": 1 to the file',
  'json.version': 'version {found} is not one this explorer reads',
  'fix.json.version': 'Set "version": 1, or export the file again from this explorer',
  'json.tooManyMissions': 'the file has {count} missions; only the first {max} were read',

  'year.notYear': '{label} year {found} is not a year',
  'year.range': '{label} year {year} is not between {min} and {max}',
  'fix.year': 'Use a four-digit year between {min} and {max}',
  startMissing: 'the start year is missing',
  'fix.startMissing': 'Write the launch year',
  nameMissing: 'the mission name is missing',
  'fix.nameMissing': 'Write the mission name',
  noPartner: 'no partner is given',
  'fix.noPartner': 'List the organizations that took part, the lead first',
  endBeforeStart: 'end year {end} is before start year {start}',
  'fix.endBeforeStart': 'Correct one of the two years, or leave end empty while the mission is active',
  unknownChoice: '{field} "{value}" is not one the explorer knows; "{fallback}" was used',
  unknownStatus: 'status "{value}" is not one the explorer knows; it was set from the years',
  'fix.choice': 'Use one of: {list}',
  linkDropped: 'link "{link}" is not an http(s) address and was dropped',
  'fix.link': 'Use links that start with https:// (or http://)',
  tooManyLinks: 'only the first {max} links of a mission were kept',
  'fix.tooManyLinks': 'Keep the few links that best support the facts',
  split: '"{text}" was read as {count} organizations: {names}',
  'fix.split': 'Separate organizations with ";" (for example "NASA; ESA")',
  tooManyPartners: 'more than {max} partners for one mission',
  'fix.tooManyPartners': 'List at most {max} organizations per mission',
  tooManyOrganizations: 'the file names more than {max} organizations',
  'fix.importFewer': 'Import fewer missions at a time',
  listedTwice: '"{name}" is listed twice for this mission; the second mention was ignored',
  'fix.listedTwice': 'List each organization once per mission',
  newAgency:
    'organization "{name}" is not one the explorer knows; it was added as a new agency (id "{id}", region International, no country)',
  'fix.newAgency.several':
    'If these are several organizations, separate them with ";" (for example "NASA; ESA")',
  'fix.newAgency':
    'If you meant an organization the explorer knows, use its id, short name or full name; otherwise nothing to do',
  idTaken: 'id "{id}" is used by another mission; this one was given "{given}"',
  idNotKebab: 'id "{id}" is not lowercase kebab-case; "{given}" was used',
  'fix.id': 'Give each mission its own id made of lowercase letters, digits and hyphens, like "artemis-ii"',
  programUnknown: 'program "{program}" is not a mission in this file; the mission was kept without a program',
  ownProgram: 'a mission cannot be its own program; the mission was kept without a program',
  'fix.program': 'Use the id or name of another mission in the file, or leave program empty',
  contributionNotPartner: '"{name}" has a contribution but is not among the partners; it was ignored',
  'fix.contributionNotPartner': 'Add the organization to partners, or remove its contribution',
  contributionWhose: '"{text}" does not say which partner contributed it; it was ignored',
  'fix.contributionWhose':
    'Write contributions as "NASA: orbiter; ESA: lander", with names from the partners column',
  tooManyProblems: 'the file has too many problems to check',
  'fix.relist': 'Fix the problems listed and import the file again',
  nothingRead: 'no mission could be read from the file',

  'year.start': 'start',
  'year.end': 'end',
  'csv.empty': 'the file is empty',
  'fix.csv.empty': 'Pick a file with a header row and at least one row of data',
  'csv.noHeader': 'the first row must name the columns',
  'fix.csv.noHeader': 'Put the column names (such as name, start, partners) in the first row',
  'csv.quoteUnclosed':
    'a quote (") opened in row {row} is never closed, so the rest of the file was read as one value',
  'fix.csv.quoteUnclosed':
    'Close the quote, or remove it if it is part of the text; a quote inside a quoted value is written twice ("")',
  'csv.quoteMisplaced': 'row {row} has a quote (") in the wrong place',
  'fix.csv.quoteMisplaced':
    'Put the whole value in quotes and write each quote inside it twice (""), or remove the quote',
  'csv.tooManyRows': 'the file has more than {max} rows; only the first {max} were read',
  'fix.splitFile': 'Split the file and import the part you want to explore',
  'csv.tooWide':
    'row {row} has {count} values but the header names {width} columns; the extra values were ignored',
  'fix.csv.tooWide':
    'Put quotes around values that contain the separator, such as "NASA; ESA" in a file separated by semicolons',
  'csv.unusedColumns': 'these columns were not used: {columns}',
  'fix.csv.unusedColumns': 'If they hold mission data, rename them to one of: {list}',
  'csv.columnMissing': 'the column "{column}" is missing',
  'csv.missionColumnMissing': 'the column "mission_id" (or "mission_name") is missing',
  'fix.csv.columnMissing':
    'Add the column (spelled as shown) to the first row, or choose the columns yourself',
  'csv.noFormat': 'the columns match neither the missions format nor the pairs format',
  'fix.csv.noFormat': 'Choose which columns hold the name, the start year and the partners',
  'csv.noRows': 'the file has a header but no rows of data',
  'fix.csv.noRows': 'Add one row per mission below the header',
  'csv.role': 'role "{value}" is neither lead nor partner; it was read as partner',
  'fix.csv.role': 'Write lead or partner',
  'csv.conflict':
    '{field} "{value}" differs from "{first}" in row {row} for the same mission; row {row}\'s value was used',
  'fix.csv.conflict': 'Give the same value on every row of a mission, or fill it on its first row only',
  'csv.orgMissing': 'the organization is missing',
  'fix.csv.orgMissing': 'Write the id or name of the organization',
  'csv.missionMissing': 'the mission id and name are both missing',
  'fix.csv.missionMissing': 'Write the mission id or name on every row',
  'field.id': 'id',
  'field.name': 'name',
  'field.type': 'type',
  'field.destination': 'destination',
  'field.status': 'status',
  'field.start': 'start',
  'field.end': 'end',
  'field.program': 'program',
  'field.summary': 'summary',
  'field.sources': 'sources',
  'field.partners': 'partners',
  'csv.notChosen': 'no column was chosen for {field}',
  'fix.csv.notChosen': 'Choose the column that holds the {field}',
  'csv.chosenAbsent': 'the column "{column}" chosen for {field} is not in the file',
  'fix.csv.chosenAbsent': "Choose one of the file's columns for {field}",

  'file.tooLarge': 'the file is {size} MB, more than the limit of {limit}',
  'fix.file.tooLarge':
    'Remove rows or columns you do not need, or split the file and import the part you want to explore',
  'file.textTooLarge': 'the file is larger than {limit}',
  'file.spreadsheet': 'this is a spreadsheet file, not CSV or JSON text',
  'fix.file.spreadsheet':
    'In your spreadsheet program, choose Save as (or Download) → CSV UTF-8, then import that file',
  'file.binary': 'this is a binary file (an image, an archive, a spreadsheet…), not CSV or JSON text',
  'fix.file.binaryJson':
    'Export the data again as JSON text, or open the file in a text editor to see what it holds',
  'fix.file.binary':
    'If it comes from a spreadsheet program, choose Save as (or Download) → CSV UTF-8 there, then import that file',
  'file.encoding':
    'some characters could not be read (they show as �): the file is probably not saved as UTF-8',
  'fix.file.encoding': 'Save the file again as "CSV UTF-8" (or with UTF-8 encoding) and import it again',
  'file.readFailed': 'the file could not be read ({detail})',
  'fix.file.readFailed': 'Try again, or save the file again and pick the new copy',
  'file.internal': 'the file could not be read because of an error in the explorer ({detail})',
  'fix.file.internal': 'Please report this problem with the file that caused it',
  moreProblems: '{count} more problems are not listed',
  'fix.moreProblems': 'Fix the problems listed here and import the file again to see the rest',
} as const;

export type ProblemKey = keyof typeof problemsEn;
export type ProblemCatalogue = Record<ProblemKey, string>;

export const problem = (key: ProblemKey, params?: ProblemParams): Problem =>
  params ? { key, params } : { key };

/** A problem in the words of a catalogue; a parameter that is a problem is put into words first. */
export function fillProblem(catalogue: ProblemCatalogue, p: Problem): string {
  const template = catalogue[p.key] ?? problemsEn[p.key];
  const params = p.params;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    return typeof value === 'object' ? fillProblem(catalogue, value) : String(value);
  });
}

export const inEnglish = (p: Problem): string => fillProblem(problemsEn, p);
