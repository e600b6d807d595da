import type { CustomElement, CustomElementDeclaration, Package } from 'custom-elements-manifest/schema';
import { integrity, manifest } from 'virtual:iop-widgets/docs';
import { SITE_ORIGIN } from '../../config/site.ts';
import { widgetFileNames } from '../build/file-names.ts';
import { joinBase } from '../../routing/paths.ts';
import { VERSION } from '../shared/version.ts';

/** A widget class in the manifest (schema 1.0.0 leaves `CustomElement` out of `CustomElementDeclaration`). */
export type WidgetElementDoc = CustomElementDeclaration & CustomElement;

/** What the embed page shows about the published widget files. */
export interface WidgetDocs {
  readonly version: string;
  /** Absolute URL of the versioned classic script. */
  readonly src: string;
  /** Its SRI hash. */
  readonly integrity: string;
  /** The widget elements from the custom-elements manifest. */
  readonly elements: readonly WidgetElementDoc[];
}

/**
 * Facts for the embed page, from the bundle and manifest the widgets
 * integration publishes in `dist/widgets/` (made once per build), so the page's
 * hash and reference match the files.
 */
export function widgetDocs(base: string): WidgetDocs {
  return {
    version: VERSION,
    src: new URL(joinBase(base, `widgets/${widgetFileNames().script}`), SITE_ORIGIN).href,
    integrity,
    elements: elementsOf(manifest),
  };
}

/** The custom-element declarations of a manifest, in module order. */
function elementsOf(manifest: Package): WidgetElementDoc[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is WidgetElementDoc => 'tagName' in d && !!d.tagName);
}
