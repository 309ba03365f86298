/**
 * /graph/: the picture of who met whom. One page, given its path by a
 * getStaticPaths of its own so that it can carry a key: laying out 10,000
 * members takes a second, and a rebuild in which nobody's name and no pair
 * changed copies the page instead (Astro keys only the pages of getStaticPaths).
 */
import { graphInputs, graphPageView, type GraphInputs, type GraphView } from '../../view-models/graph.ts';
import { pageKeys } from '../page-keys.ts';
import { loadSiteData } from '../site-data.ts';

export interface GraphPageProps {
  inputs: GraphInputs;
}

/** The page's one path (`/graph/`), keyed by the members and pairs it draws. */
export async function graphPaths() {
  const [site, keys] = await Promise.all([loadSiteData(), pageKeys('graph')]);
  const params = { view: undefined };
  const kept = keys.kept(params);
  const inputs = graphInputs(site);
  const paths = [{ params, props: { inputs } satisfies GraphPageProps, ...(kept ?? keys.keyed(params, { item: 'graph', inputs })) }];
  keys.keep();
  return paths;
}

/** The page's view, made when it renders, from its inputs and the frame. */
export async function graphPage({ inputs }: GraphPageProps): Promise<GraphView> {
  return graphPageView(inputs, await loadSiteData());
}
