import { useCallback } from 'react';
import { useAppStore } from '../store/store';
import { en, type MessageKey } from './en';
import { ko } from './ko';

import type { Message, Params } from './message';

export type { Message, MessageKey, Params };

export const CATALOGUES = { en, ko } as const;
export type Language = keyof typeof CATALOGUES;

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template: string = CATALOGUES[lang][key] ?? en[key];
  if (!params) return template;
  // Filled from the template's pieces, split once: a large graph labels its five hundred agencies on every
  // filter change, and a regular expression run per label made most of that change's garbage.
  const parts = piecesOf(template);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (name in params ? String(params[name]) : `{${name}}`) + (parts[i + 1] ?? '');
  }
  return out;
}

/** A template split at its `{name}` slots: text, name, text, name, …, text. */
const pieces = new Map<string, string[]>();
function piecesOf(template: string): string[] {
  let parts = pieces.get(template);
  if (!parts) pieces.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/** The language shown: the link's `lang`, else the browser's preference when it is one we have, else English. */
export function resolveLanguage(lang: Language | null): Language {
  if (lang) return lang;
  // Worked out once, and again only when the browser says the preference changed: every component asks on
  // every render.
  if (browserLanguage === null) {
    const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    browserLanguage = preferred.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
  }
  return browserLanguage;
}
let browserLanguage: Language | null = null;
if (typeof window !== 'undefined') window.addEventListener('languagechange', () => (browserLanguage = null));

export type Translate = (key: MessageKey, params?: Params) => string;

/** The language shown; components re-render when it changes. */
export function useLanguage(): Language {
  return resolveLanguage(useAppStore((s) => s.lang));
}

/** The translate function for the active language; components re-render when the language changes. */
export function useT(): Translate {
  const lang = useLanguage();
  return useCallback<Translate>((key, params) => translate(lang, key, params), [lang]);
}

export const formatMessage = (t: Translate, m: Message) => t(m.key, m.params);

/** Keys that come in a singular (".one") and a plural (".other") form. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/**
 * Picks the singular or plural form for a count (English needs both; Korean writes both the same) and fills
 * `{count}` along with any other values.
 */
export function usePlural(): (base: PluralBase, count: number, params?: Params) => string {
  const t = useT();
  // The same function while the language stays, so that what is memoized on it (graph labels) stays too.
  return useCallback(
    (base, count, params) =>
      t(`${base}.${count === 1 ? 'one' : 'other'}` as MessageKey, { count: groupDigits(count), ...params }),
    [t],
  );
}

/**
 * A whole number with its thousands grouped by commas, as both catalogues write them ("100,000"). Written
 * out rather than `toLocaleString()`, whose first call loads the browser's number formats: about 50 ms,
 * spent while the first view is waiting for its data.
 */
export function groupDigits(n: number): string {
  if (n >= 0 && n < 1000) return String(Math.trunc(n));
  const digits = String(Math.trunc(Math.abs(n)));
  return (n < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
