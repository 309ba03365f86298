import type { MessageKey } from './catalogues/en.ts';

export type { MessageKey };

/** A text with a form per plural category of the language (Intl.PluralRules); `other` always. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One entry: plain text with `{name}` placeholders, or plural forms chosen by `{count}`. */
export type Message = string | PluralMessage;

/** A language's catalogue: every key of the English one. */
export type Catalogue = Record<MessageKey, Message>;
