/**
 * /graph/: the picture of who met whom. One page, given its path by a
 * getStaticPaths of its own so that it can carry a key: laying out 10,000
 * members takes a second, and a rebuild in which nobody's name and no pair
 * changed copies the page instead (Astro keys only the pages of getStaticPaths).
 */
import { graphInputs, graphPageView, type GraphInputs } from '../../view-models/graph.ts';
import { entryRoute, type EntryProps } from './entry-route.ts';

/** The page's one path (`/graph/`), keyed by the members and pairs it draws. */
export const graphRoute = entryRoute('graph', {
  paths: () => [{ params: { view: undefined }, item: 'graph', entry: undefined }],
  inputs: (_item, site) => graphInputs(site),
  view: (inputs, frame) => graphPageView(inputs, frame),
});

export type GraphPageProps = EntryProps<string, GraphInputs, undefined>;
