import { describe, expect, it } from 'vitest';
import { DESTINATIONS, MISSION_TYPES, ORG_KINDS, REGIONS, STATUSES } from '../data/vocabulary';
import { en } from './en';
import { CATALOGUES, groupDigits, resolveLanguage, translate, type MessageKey } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface catalogue', () => {
  it.each(Object.keys(CATALOGUES))('%s has every message, with the same placeholders as English', (lang) => {
    const catalogue = CATALOGUES[lang as keyof typeof CATALOGUES] as Record<string, string>;
    for (const key of Object.keys(en) as MessageKey[]) {
      expect({ key, text: typeof catalogue[key] === 'string' && catalogue[key].trim() !== '' }).toEqual({
        key,
        text: true,
      });
      expect({ key, placeholders: placeholders(catalogue[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(en[key]),
      });
    }
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('names every value of every vocabulary', () => {
    const keys = new Set(Object.keys(en));
    for (const v of MISSION_TYPES) expect(keys).toContain(`type.${v}`);
    for (const v of STATUSES) expect(keys).toContain(`status.${v}`);
    for (const v of DESTINATIONS) expect(keys).toContain(`destination.${v}`);
    for (const v of ORG_KINDS) expect(keys).toContain(`kind.${v}`);
    for (const v of REGIONS) expect(keys).toContain(`region.${v}`);
  });

  it('fills placeholders, and Korean differs from English', () => {
    expect(translate('en', 'table.count', { shown: 3, total: 10 })).toBe('3 of 10 missions');
    expect(translate('ko', 'table.count', { shown: 3, total: 10 })).toBe('임무 10개 중 3개');
    expect(translate('ko', 'graph.title')).not.toBe(translate('en', 'graph.title'));
    // Every slot filled, the same one twice alike; a value not given leaves its slot as written.
    expect(translate('en', 'export.caption', { filters: 'With ISRO', data: 'Default', url: 'x' })).toBe(
      'Space Collaboration Explorer · With ISRO · Data: Default · x',
    );
    expect(translate('en', 'table.count', { shown: 3 })).toBe('3 of {total} missions');
  });

  it('uses the link’s language, else the browser’s if we have it, else English', () => {
    expect(resolveLanguage('ko')).toBe('ko');
    expect(resolveLanguage(null)).toBe(navigator.language.startsWith('ko') ? 'ko' : 'en');
  });

  it('groups a count’s thousands with commas, as both catalogues write numbers', () => {
    expect([0, 7, 999, 1000, 12345, 100000, 2000000, -4500].map(groupDigits)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '12,345',
      '100,000',
      '2,000,000',
      '-4,500',
    ]);
  });
});
