/** The settings the Firsthand integration (firsthand.ts) gives the data layer, which Vite bundles. */
declare module 'virtual:firsthand/settings' {
  /** Absolute path of the content folder. */
  export const contentDir: string;
  /** True under `npm run build`, whose worker writes the calendars and met-list exports: Astro's route then makes none. */
  export const sideFilesWrittenElsewhere: boolean;
  /** True under `astro dev`. */
  export const dev: boolean;
}
