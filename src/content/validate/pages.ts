/** content/pages/<slug>.md: the community's own pages; the schema and the body checks say all. */
import type { Page } from '../model.ts';
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

/** A page of the model from its checked file. */
export function toPage(slug: string, file: string, data: PageData, body: string): Page {
  const page: Page = { slug, file, title: data.title, body };
  if (data.summary !== undefined) page.summary = data.summary;
  if (data.nav !== undefined) page.nav = data.nav;
  return page;
}
