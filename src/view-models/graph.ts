/** The picture of who has met whom, laid out at build time (graph-layout.ts), and the same in words. */
import { layoutGraph, type GraphLayout } from '../community/graph-layout.ts';
import type { NamedLink } from './parts/html-lists.ts';
import { directory } from '../community/listings.ts';
import type { SiteView } from './context.ts';

/** The picture keeps this many of the most-connected members; the rest are on their own pages. */
export const GRAPH_LIMIT = 150;

export interface GraphView {
  layout: GraphLayout;
  /** Each person's page, by handle, for the picture's nodes. */
  hrefs: ReadonlyMap<string, string>;
  /** "In words": the people of the picture, most connected first (then by name), each with whom they met. */
  inWords: Array<{ person: NamedLink; met: NamedLink[] }>;
}

export function graphView(site: Pick<SiteView, 'content' | 'meetings' | 'people' | 'links'>): GraphView {
  const { content, meetings, links } = site;
  const listed = directory(content);
  const layout = layoutGraph(
    {
      nodes: listed.map((p) => ({ id: p.handle, label: p.name })),
      edges: meetings.listedPairs().map((p) => ({ a: p.a, b: p.b, inPerson: p.inPerson })),
    },
    { limit: GRAPH_LIMIT },
  );
  const byDegree = layout.nodes.slice().sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label, content.site.language));
  return {
    layout,
    hrefs: new Map(layout.nodes.map((n) => [n.id, links.person(n.id)])),
    inWords: byDegree.map((n) => ({
      person: { name: n.label, href: links.person(n.id) },
      met: meetings.metList(n.id).map((m) => ({ name: site.people.get(m.handle)?.name ?? '', href: links.person(m.handle) })),
    })),
  };
}
