/**
 * Every word the site writes, in the community's language. Pure: the
 * language and the community's own wording come from site.yaml, passed in.
 *
 * Usage: `const words = wordsFor(site.language); words.t('nav.events')`,
 * `words.t('home.figure.members', { count: 3 })` (plural forms by the
 * language's rules, the number written the language's way: "10,845",
 * "10.845"), `words.list(['Ana', 'Bo', 'Cy'])` ("Ana, Bo and Cy").
 */
import { escapeHtml } from '../base/escape.ts';
import { remember } from '../base/memo.ts';
import type { Catalogue, MessageKey, WordOverrides } from './catalogue.ts';
import type { Message, PluralMessage } from './message.ts';
import { de } from './catalogues/de.ts';
import { en } from './catalogues/en.ts';
import { es } from './catalogues/es.ts';
import { fr } from './catalogues/fr.ts';
import { pt } from './catalogues/pt.ts';

export type { Catalogue, Message, MessageKey, PluralMessage, WordOverrides };

/** The catalogues Firsthand ships, by language subtag. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, de, es, fr, pt };

export const SHIPPED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(CATALOGUES));

/** The value of a placeholder: text, or a number written the language's way. */
export type WordValue = string | number;

/** Markup around a placeholder's (escaped) value, for `html()`: `{ count: (v) => `<strong>${v}</strong>` }`. */
export type Wrappers = Readonly<Record<string, (escapedValue: string) => string>>;

export interface Words {
  /** The BCP 47 tag of site.yaml, for Intl (dates keep the region's conventions). */
  locale: string;
  /** The text of `key`, placeholders `{name}` filled from `vars`; plural forms chosen by `vars.count`. */
  t(key: MessageKey, vars?: Readonly<Record<string, WordValue>>): string;
  /**
   * The same as HTML: the text escaped, each value escaped and then wrapped
   * in its markup from `wrap` (a link, a <time>, a <strong>), so that the
   * language decides where the marked-up part stands in the sentence.
   */
  html(key: MessageKey, vars?: Readonly<Record<string, WordValue>>, wrap?: Wrappers): string;
  /** Items joined the language's way: "Ana, Bo and Cy", "Ana, Bo y Cy". */
  list(items: readonly string[]): string;
  /** The same for items that are already HTML: the joining words are escaped, the items kept. */
  listHtml(items: readonly string[]): string;
  /** A number written the language's way. */
  number(value: number): string;
}

/** The language subtag of a tag (`pt-BR` → `pt`), lower case. */
export function languageOf(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

/** The catalogue of a tag, or undefined when Firsthand does not ship its language. */
export function catalogueOf(tag: string): Catalogue | undefined {
  return Object.hasOwn(CATALOGUES, languageOf(tag)) ? CATALOGUES[languageOf(tag)] : undefined;
}

/** Whether a catalogue entry has plural forms. */
export function isPlural(message: Message): message is PluralMessage {
  return typeof message !== 'string';
}

/** The placeholders a text uses, `{name}` → `name`. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = isPlural(message) ? Object.values(message) : [message];
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)));
}

const made = new Map<string, Words>();
const bySite = new WeakMap<object, Words>();

/** The words of a community's site: its language and its own wording (kept per site object: every page asks). */
export function siteWords(site: { language: string; words?: WordOverrides | undefined }): Words {
  return remember(bySite, site, () => wordsFor(site.language, site.words));
}

/** The words of a language (falling back to English for a tag not shipped; validation refuses those). */
export function wordsFor(tag: string, overrides: WordOverrides = {}): Words {
  const memoKey = `${tag}\u0000${JSON.stringify(overrides)}`;
  return remember(made, memoKey, () => makeWords(tag, { ...(catalogueOf(tag) ?? en), ...overrides } as Catalogue));
}

function makeWords(tag: string, catalogue: Catalogue): Words {
  const plurals = pluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const lists = new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' });
  const text = (key: MessageKey, vars: Readonly<Record<string, WordValue>>): string => {
    const message = catalogue[key] ?? en[key];
    return isPlural(message) ? pluralForm(message, plurals, vars.count) : message;
  };
  const value = (v: WordValue): string => (typeof v === 'number' ? numbers.format(v) : v);
  return {
    locale: tag,
    t(key, vars = {}) {
      return text(key, vars).replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : value(vars[name])));
    },
    html(key, vars = {}, wrap = {}) {
      // Split at the placeholders, so that the text between them is escaped and the values are escaped once, then wrapped.
      return text(key, vars)
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (name === undefined || vars[name] === undefined) return escapeHtml(part);
          const escaped = escapeHtml(value(vars[name]));
          return wrap[name]?.(escaped) ?? escaped;
        })
        .join('');
    },
    list: (items) => lists.format(items),
    listHtml(items) {
      // The joining words come from Intl; the items, already HTML, go back in their places.
      const marks = items.map((_, i) => `\uE000${i}\uE001`);
      return escapeHtml(lists.format(marks)).replace(/\uE000(\d+)\uE001/g, (_, i: string) => items[Number(i)] ?? '');
    },
    number: (n) => numbers.format(n),
  };
}

/** A language's plural rules, each count's category remembered: asking ICU costs microseconds, and a build asks for every list of every page. */
function pluralRules(tag: string): Pick<Intl.PluralRules, 'select'> {
  const rules = new Intl.PluralRules(tag);
  const categories = new Map<number, Intl.LDMLPluralRule>();
  return {
    select(count: number) {
      let category = categories.get(count);
      if (category === undefined) {
        category = rules.select(count);
        if (categories.size < 10_000) categories.set(count, category);
      }
      return category;
    },
  };
}

function pluralForm(message: PluralMessage, plurals: Pick<Intl.PluralRules, 'select'>, count: unknown): string {
  if (typeof count !== 'number') return message.other;
  return message[`=${count}`] ?? message[plurals.select(count)] ?? message.other;
}
