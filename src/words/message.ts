/** What one entry of a catalogue is: plain text with `{name}` placeholders, or forms by plural category. A leaf: catalogues import it. */

/** The plural categories of Intl.PluralRules, in the order an editor would write them. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const satisfies readonly Intl.LDMLPluralRule[];

/**
 * A text with a form per plural category of the language (Intl.PluralRules);
 * `other` always. An exact count may have its own form too (`'=2': 'twice'`),
 * chosen before the category.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & { other: string };

/** One entry: plain text with `{name}` placeholders, or plural forms chosen by `{count}`. */
export type Message = string | PluralMessage;
