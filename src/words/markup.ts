/**
 * The markup a sentence puts around one of its values (`Words.html`): the
 * language decides where the link, the date or the figure stands, these say
 * how it is marked up. Each gets the value already escaped.
 */
import { escapeHtml } from '../base/escape.ts';

/** The value as the figure of a count: `<strong>3</strong> members`. */
export const strong = (text: string): string => `<strong>${text}</strong>`;

/** The value as a link. */
export const linkTo =
  (href: string, rel?: string) =>
  (text: string): string =>
    `<a href="${escapeHtml(href)}"${rel ? ` rel="${escapeHtml(rel)}"` : ''}>${text}</a>`;

/** The value as a date or time, with its machine-readable form. */
export const timeAt =
  (datetime: string, className?: string) =>
  (text: string): string =>
    `<time${className ? ` class="${escapeHtml(className)}"` : ''} datetime="${escapeHtml(datetime)}">${text}</time>`;
