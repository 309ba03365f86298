/// <reference types="astro/client" />

// Plain `tsc` (npm run typecheck) does not read .astro files; Astro's own
// tooling does. This lets TypeScript modules import components.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
