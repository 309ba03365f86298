/**
 * Every word the site writes, in the community's language. Pure: the
 * language and the community's own wording come from site.yaml, passed in.
 *
 * Usage: `const words = wordsFor(site.language); words.t('nav.events')`,
 * `words.t('home.meetupsHeld', { count: 3 })` (plural forms by the language's rules).
 */
import type { Catalogue, Message, MessageKey } from './catalogue.ts';
import { de } from './catalogues/de.ts';
import { en } from './catalogues/en.ts';
import { es } from './catalogues/es.ts';
import { fr } from './catalogues/fr.ts';
import { pt } from './catalogues/pt.ts';

export type { Catalogue, Message, MessageKey };

/** The catalogues Firsthand ships, by language subtag. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, de, es, fr, pt };

export const SHIPPED_LANGUAGES = Object.keys(CATALOGUES);

export interface Words {
  /** The BCP 47 tag of site.yaml, for Intl (dates keep the region's conventions). */
  locale: string;
  /** The text of `key`, placeholders `{name}` filled from `vars`; plural forms chosen by `vars.count`. */
  t(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string;
}

/** The language subtag of a tag (`pt-BR` → `pt`), lower case. */
export function languageOf(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

/** The catalogue of a tag, or undefined when Firsthand does not ship its language. */
export function catalogueOf(tag: string): Catalogue | undefined {
  return CATALOGUES[languageOf(tag)];
}

const made = new Map<string, Words>();

/** The words of a language (falling back to English for a tag not shipped; validation refuses those). */
export function wordsFor(tag: string, overrides: Readonly<Partial<Record<MessageKey, Message>>> = {}): Words {
  const memoKey = `${tag}\u0000${JSON.stringify(overrides)}`;
  const known = made.get(memoKey);
  if (known) return known;
  const catalogue: Catalogue = { ...(catalogueOf(tag) ?? en), ...overrides } as Catalogue;
  const plurals = new Intl.PluralRules(tag);
  const words: Words = {
    locale: tag,
    t(key, vars = {}) {
      const message = catalogue[key];
      const text = typeof message === 'string' ? message : pluralForm(message, plurals, vars.count);
      return fill(text, vars);
    },
  };
  made.set(memoKey, words);
  return words;
}

function pluralForm(message: Exclude<Message, string>, plurals: Intl.PluralRules, count: unknown): string {
  const category = typeof count === 'number' ? plurals.select(count) : 'other';
  return message[category] ?? message.other;
}

function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
