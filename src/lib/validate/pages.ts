/** content/pages/<slug>.md: the community's own pages; the schema and the body checks say all. */
import type { Page } from '../model.ts';
import { toPage } from '../pages.ts';
import type { PageData } from '../schemas.ts';
import type { Entry, ValidationContext } from './context.ts';

export function validatePages(context: ValidationContext, entries: readonly Entry<PageData>[]): Page[] {
  const pages: Page[] = [];
  for (const e of entries) {
    context.checkBody(e);
    if (e.data) pages.push(toPage(e.id, e.file, e.data, e.source.body));
  }
  return pages;
}
