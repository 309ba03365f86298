/** content/series/<slug>.md: a title, and hosts who are members. */
import type { Series } from '../model.ts';
import type { SeriesData } from '../fields/schemas.ts';
import type { Entry, ValidationContext } from './validation-context.ts';

export function validateSeries(context: ValidationContext, entries: readonly Entry<SeriesData>[]): Series[] {
  const series: Series[] = [];
  for (const e of entries) {
    context.checkBody(e);
    const hosts = context.resolveHandles(e, ['hosts'], e.raw['hosts']);
    const d = e.data;
    if (!d) continue;
    const s: Series = { slug: e.id, file: e.file, title: d.title, hosts, body: e.source.body };
    if (d.summary !== undefined) s.summary = d.summary;
    if (d.cadence !== undefined) s.cadence = d.cadence;
    series.push(s);
  }
  return series;
}
