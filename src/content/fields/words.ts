/**
 * The checks of site.yaml's `language` and `words`: a language Firsthand
 * ships, and a community's own wording that replaces texts that exist, with
 * the values those texts can show and the plural forms the language has.
 */
import type { RuleCode } from '../report/rules.ts';
import { TEXT_LIMITS } from '../limits.ts';
import { explainPlainTextProblem } from './field-schemas.ts';
import { didYouMean } from '../../base/suggest.ts';
import { en } from '../../words/catalogues/en.ts';
import { catalogueOf, isPlural, placeholdersOf, SHIPPED_LANGUAGES, type MessageKey } from '../../words/index.ts';
import { PLURAL_CATEGORIES, type Message } from '../../words/message.ts';

/** "en, de, es, fr or pt" */
function shippedList(): string {
  return `${SHIPPED_LANGUAGES.slice(0, -1).join(', ')} or ${SHIPPED_LANGUAGES.at(-1)}`;
}

/** Why Firsthand cannot write a site in `tag`, or undefined when it can. */
export function explainUnshippedLanguage(tag: string): string | undefined {
  if (catalogueOf(tag)) return undefined;
  return `Firsthand has no words in "${tag}" yet: use ${shippedList()}, with a region if you like (pt-BR, en-GB); adding a language is described in the README's developer's guide`;
}

/** One problem with the community's own words, at its key (or one of its forms). */
export interface WordProblem {
  path: Array<string>;
  rule: RuleCode;
  message: string;
}

const KEYS = Object.keys(en) as MessageKey[];
const FORM = /^(?:zero|one|two|few|many|other|=\d+)$/;

/** Every problem with site.yaml's `words`, which are given as `key: text` or `key: { one: …, other: … }`. */
export function checkWordOverrides(words: unknown): WordProblem[] {
  if (typeof words !== 'object' || words === null || Array.isArray(words)) {
    return [{ path: [], rule: 'wrong-type', message: 'must be a group of lines "key: text", each indented by two spaces, like   nav.events: Gatherings' }];
  }
  const problems: WordProblem[] = [];
  for (const [key, value] of Object.entries(words)) {
    if (!Object.hasOwn(en, key)) {
      const hint = didYouMean(key, KEYS);
      problems.push({
        path: [key],
        rule: 'unknown-word',
        message: `there is no text "${key}" to replace${hint || ': the keys are listed in the README ("Your own words")'}`,
      });
      continue;
    }
    problems.push(...checkOverride(key as MessageKey, value));
  }
  return problems;
}

function checkOverride(key: MessageKey, value: unknown): WordProblem[] {
  const reference = en[key];
  if (typeof value === 'string') return checkText(key, [key], value, reference);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: [key], rule: 'wrong-type', message: 'must be text (in quotes if it holds a colon or starts with {)' }];
  }
  if (!isPlural(reference)) {
    return [{ path: [key], rule: 'word-forms', message: `"${key}" has one form: write it as one text, not as forms by number` }];
  }
  const forms = Object.entries(value);
  const problems: WordProblem[] = [];
  for (const [form, text] of forms) {
    if (!FORM.test(form)) {
      problems.push({
        path: [key, form],
        rule: 'word-forms',
        message: `"${form}" is not a form by number: use ${PLURAL_CATEGORIES.join(', ')} (as the language has them) or =N for exactly N`,
      });
    } else if (typeof text !== 'string') {
      problems.push({ path: [key, form], rule: 'wrong-type', message: 'must be text' });
    } else {
      problems.push(...checkText(key, [key, form], text, reference));
    }
  }
  if (!Object.hasOwn(value, 'other'))
    problems.push({ path: [key], rule: 'word-forms', message: `give the form "other" too: it is used for every number without a form of its own` });
  return problems;
}

function checkText(key: MessageKey, path: string[], text: string, reference: (typeof en)[MessageKey]): WordProblem[] {
  if (text.trim() === '') return [{ path, rule: 'text-empty', message: 'is blank: write the text, or remove the line to keep the built-in one' }];
  // A word is text on every page: the rules of a text field, one line where the built-in text is one line.
  const forms: readonly unknown[] = isPlural(reference as Message) ? Object.values(reference) : [reference];
  const multiline = forms.some((t) => typeof t === 'string' && t.includes('\n'));
  const problem = explainPlainTextProblem(text.trim(), multiline ? TEXT_LIMITS.longWord : TEXT_LIMITS.word, multiline);
  if (problem) return [{ path, rule: problem.rule, message: problem.message }];
  const allowed = placeholdersOf(reference);
  const unknown = [...placeholdersOf(text)].filter((name) => !allowed.has(name));
  if (unknown.length === 0) return [];
  const can = allowed.size === 0 ? 'this text shows no values' : `this text can show ${[...allowed].map((n) => `{${n}}`).join(', ')}`;
  return [{ path, rule: 'word-placeholder', message: `{${unknown[0]}} is not a value "${key}" has: ${can}${didYouMean(unknown[0] as string, allowed)}` }];
}
