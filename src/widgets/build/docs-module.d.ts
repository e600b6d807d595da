/** What the widgets integration's (src/widgets/integration.ts) `WIDGET_DOCS_MODULE` gives the embed page. */
declare module 'virtual:iop-widgets/docs' {
  import type { Package } from 'custom-elements-manifest/schema';
  /** SRI hash of the versioned classic script, as published in `integrity.json`. */
  export const integrity: string;
  /** The widgets' custom-elements manifest, as published in `custom-elements.json`. */
  export const manifest: Package;
}
