/** A language's catalogue and a community's own wording, typed by the keys of the English one. */
import type { MessageKey } from './catalogues/en.ts';
import type { Message } from './message.ts';

export type { MessageKey };

/** A language's catalogue: every key of the English one. */
export type Catalogue = Record<MessageKey, Message>;

/** A community's own wording (site.yaml `words:`): any key, in its own text. */
export type WordOverrides = Readonly<Partial<Record<MessageKey, Message>>>;
