import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import { formatIssue, validateDataset } from './validate';

function messagesFor(input: unknown): string[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.errors.map(formatIssue);
}

function mutate(fn: (d: Record<string, any>) => void): unknown {
  const d = structuredClone(smallDataset()) as unknown as Record<string, any>;
  fn(d);
  return d;
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset and keeps every mission and organization', () => {
    const result = validateDataset(smallDataset());
    expect(result).toMatchObject({
      ok: true,
      dataset: { missions: { length: 6 }, organizations: { length: 5 } },
    });
  });

  it('rejects something that is not a dataset object', () => {
    expect(messagesFor([1, 2])).toEqual(['the file must hold a JSON object, found a list']);
    expect(messagesFor({ version: 1, missions: [] })).toContain(
      'organizations: organizations must be a list',
    );
  });

  it('reports a year that is not a year with its path', () => {
    expect(messagesFor(mutate((d) => (d.missions[2].start = 19999)))).toContain(
      'missions[2].start: start year 19999 is not a year between 1957 and 2045',
    );
  });

  it('reports an end before the start', () => {
    expect(messagesFor(mutate((d) => Object.assign(d.missions[0], { start: 2000, end: 1990 })))).toContain(
      'missions[0].end: end year 1990 is before start year 2000',
    );
  });

  it('reports a partner that is not in the organizations list', () => {
    expect(messagesFor(mutate((d) => (d.missions[1].partners[0].org = 'nobody')))).toContain(
      'missions[1].partners[0].org: organization "nobody" is not in the organizations list',
    );
  });

  it('reports values outside the vocabularies', () => {
    const errors = messagesFor(
      mutate((d) => Object.assign(d.missions[0], { status: 'lost', type: 'rocket' })),
    );
    expect(errors.some((e) => e.startsWith('missions[0].status: status "lost" is not one of'))).toBe(true);
    expect(errors.some((e) => e.startsWith('missions[0].type: type "rocket" is not one of'))).toBe(true);
  });

  it('reports duplicate ids, unknown programs and bad ids', () => {
    const errors = messagesFor(
      mutate((d) => {
        d.missions[1].id = 'hubble';
        d.missions[2].program = 'apollo';
        d.organizations[4].id = 'CNES Agency';
      }),
    );
    expect(errors).toContain('missions[1].id: id "hubble" is used by another mission');
    expect(errors).toContain('missions[2].program: program "apollo" is not a mission id in this file');
    expect(errors.some((e) => e.startsWith('organizations[4].id: id "CNES Agency" must be lowercase'))).toBe(
      true,
    );
  });

  it('accepts only http(s) links as sources and organization sites', () => {
    const errors = messagesFor(
      mutate((d) => {
        d.missions[0].sources = ['javascript:alert(1)'];
        d.organizations[0].url = 'ftp://nasa.gov';
      }),
    );
    expect(errors).toContain('missions[0].sources[0]: source "javascript:alert(1)" is not an http(s) link');
    expect(errors).toContain('organizations[0].url: url "ftp://nasa.gov" must be an http(s) link');
  });

  it('refuses an absurd number of partners instead of freezing', () => {
    const errors = messagesFor(
      mutate(
        (d) =>
          (d.missions[0].partners = Array.from({ length: 1_000_000 }, () => ({
            org: 'nasa',
            role: 'partner',
          }))),
      ),
    );
    expect(errors).toEqual(['missions[0].partners: 1000000 partners is more than the limit of 500']);
  });

  it('stops listing problems after a readable number', () => {
    const errors = messagesFor(mutate((d) => d.missions.push(...Array.from({ length: 200 }, () => ({})))));
    expect(errors.length).toBe(50);
  });
});

describe('renamed ids', () => {
  it('keeps a table of old ids that point at current ones', () => {
    const result = validateDataset({ ...smallDataset(), renamed: { 'old-esa': 'esa' } });
    expect(result.ok && result.dataset.renamed).toEqual({ 'old-esa': 'esa' });
  });

  it('rejects an entry pointing nowhere, or renaming an id still in use', () => {
    const result = validateDataset({ ...smallDataset(), renamed: { 'old-esa': 'nobody', nasa: 'esa' } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([
      'renamed.old-esa: "nobody" is not an organization or mission id in this file',
      'renamed.nasa: "nasa" is still an id in this file',
    ]);
  });
});
