/** The settings the Firsthand integration (firsthand.ts) gives the data layer, which Vite bundles. */
declare module 'virtual:firsthand/settings' {
  /** Absolute path of the content folder. */
  export const contentDir: string;
  /** True under `npm run build`, whose workers write the calendars, met-list exports and link-preview cards: Astro's routes then make none. */
  export const sideFilesWrittenElsewhere: boolean;
  /** Absolute path of the Firsthand package's root (Vite's bundle cannot find it from its own address). */
  export const packageRoot: string;
  /** True under `astro dev`. */
  export const dev: boolean;
  /** Where the last build's page keys are kept, in Astro's cache folder (data/page-keys.ts). */
  export const keptKeysFolder: string;
}
