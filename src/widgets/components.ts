/**
 * The widgets' entry for the site's pages: the Astro components that place a
 * widget with its no-JavaScript fallback, and the partners' guide. (The
 * browser entry is `index.ts`; the build integration is `integration.ts`.)
 */
export { default as CallToAction } from './components/CallToAction.astro';
export { default as Checklist } from './components/Checklist.astro';
export { default as EmbedGuide } from './embed/EmbedGuide.astro';
