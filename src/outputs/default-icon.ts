/**
 * The icon of a community without a logo (site.yaml's `logo` draws the
 * others: logo-drawing.ts): two faces in the site's default accent. A
 * community's own public/favicon.svg replaces it.
 */
export const DEFAULT_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#b4461c"/><circle cx="24" cy="30" r="9" fill="#fbf8f3"/><circle cx="40" cy="30" r="9" fill="#fbf8f3" fill-opacity=".8"/><path d="M12 50c4-7 10-10 12-10s8 3 8 3 6-3 8-3 8 3 12 10" fill="none" stroke="#fbf8f3" stroke-width="4" stroke-linecap="round"/></svg>\n';
