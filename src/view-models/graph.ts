/**
 * The picture of who has met whom, laid out at build time (graph-layout.ts):
 * one drawing per group of members who met at the same meetups, and the
 * same people in words, group by group, each with how many they have met.
 */
import { layoutGraph, type GraphGroup, type GraphLayout } from '../community/graph-layout.ts';
import { directory } from '../community/listings.ts';
import { siteWords } from '../words/index.ts';
import type { SiteFrame, SiteView } from './context.ts';

/** The picture keeps this many of the most-connected members; the rest are on their own pages. */
export const GRAPH_LIMIT = 500;

export interface GraphGroupView {
  /** The drawing's id (`group-1`…) and its heading, named after its most-met member. */
  id: string;
  heading: string;
  /** The drawing's text alternative: how many members and pairs. */
  description: string;
  drawing: GraphGroup;
  /** Each dot's link and tooltip, by handle. */
  dots: ReadonlyMap<string, { href: string; title: string }>;
  /** "In words": the group's members, most-met first (then by name), each with how many members they have met. */
  people: Array<{ name: string; href: string; met: string }>;
}

export interface GraphView {
  layout: GraphLayout;
  groups: GraphGroupView[];
}

/** What the picture is drawn from: the listed members and the pairs among them who met. With the frame, all the page shows. */
export interface GraphInputs {
  nodes: Array<{ id: string; label: string }>;
  edges: ReturnType<SiteView['meetings']['listedPairs']>;
}

export function graphInputs(site: Pick<SiteView, 'content' | 'meetings'>): GraphInputs {
  return { nodes: directory(site.content).map((p) => ({ id: p.handle, label: p.name })), edges: site.meetings.listedPairs() };
}

export function graphView(site: Pick<SiteView, 'content' | 'meetings' | 'links'>): GraphView {
  return graphPageView(graphInputs(site), site);
}

/** The page's view from its inputs and the frame alone, so that a key of the inputs covers it (data/routes/graph.ts). */
export function graphPageView(inputs: GraphInputs, frame: SiteFrame): GraphView {
  const { content, links } = frame;
  const words = siteWords(content.site);
  const layout = layoutGraph(inputs, { limit: GRAPH_LIMIT });
  const groups = layout.groups.map((drawing, i): GraphGroupView => {
    const byMet = drawing.nodes.slice().sort((a, b) => b.met - a.met || a.label.localeCompare(b.label, content.site.language) || (a.id < b.id ? -1 : 1));
    const people = byMet.map((n) => ({ name: n.label, href: links.person(n.id), met: words.t('graph.metCount', { count: n.met }) }));
    return {
      id: `group-${i + 1}`,
      heading: words.t('graph.groupHeading', { number: i + 1, name: byMet[0]?.label ?? '' }),
      description: words.t('graph.pictureDescription', {
        members: words.t('graph.members', { count: drawing.nodes.length }),
        friendships: words.t('graph.friendships', { count: drawing.pairs }),
      }),
      drawing,
      dots: new Map(byMet.map((n) => [n.id, { href: links.person(n.id), title: words.t('graph.nodeTitle', { name: n.label, count: n.met }) }])),
      people,
    };
  });
  return { layout, groups };
}
