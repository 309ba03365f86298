/** content/pages/<slug>.md: the community's own pages; the schema and the body checks say all. */
import type { Page } from '../model.ts';
import { toPage } from '../../view-models/parts/nav.ts';
import type { PageData } from '../fields/schemas.ts';
import type { Entry, ValidationContext } from './validation-context.ts';

export function validatePages(context: ValidationContext, entries: readonly Entry<PageData>[]): Page[] {
  const pages: Page[] = [];
  for (const e of entries) {
    context.checkBody(e);
    if (e.data) pages.push(toPage(e.id, e.file, e.data, e.source.body));
  }
  return pages;
}
