/**
 * What the view models (src/view-models/) are made from: the site's
 * data and every avatar through the image pipeline, read once per build.
 */
import type { SiteView } from '../view-models/context.ts';
import { loadAvatars } from './avatars.ts';
import { loadSiteData, type SiteData } from './site-data.ts';

let loading: Promise<SiteData & SiteView> | undefined;

/** The site's data with its avatars: the input of every page's view model. */
export function loadSiteView(): Promise<SiteData & SiteView> {
  loading ??= Promise.all([loadSiteData(), loadAvatars()]).then(([data, avatars]) => ({ ...data, avatars }));
  return loading;
}
