import { pathToFileURL } from 'node:url';
import type { CustomElement, CustomElementDeclaration, Package } from 'custom-elements-manifest/schema';
import { SITE_ORIGIN } from '../../config/site.ts';
import { bundleWidgets, widgetFileNames } from '../../integrations/widgets-bundle.ts';
import { widgetManifest } from '../../integrations/widgets-manifest.ts';
import { joinBase } from '../../routing/paths.ts';
import { VERSION } from '../../widgets/shared/version.ts';

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

let cached: Promise<WidgetDocs> | undefined;

/**
 * Facts for the embed page, computed once per build from the same bundler
 * and manifest generator the widgets integration uses, so the published hash
 * and reference match the files in `dist/widgets/`.
 */
export function widgetDocs(base: string): Promise<WidgetDocs> {
  cached ??= (async () => {
    const root = pathToFileURL(`${process.cwd()}/`);
    const [files, manifest] = await Promise.all([bundleWidgets(root), widgetManifest(root)]);
    const name = widgetFileNames().script;
    return {
      version: VERSION,
      src: new URL(joinBase(base, `widgets/${name}`), SITE_ORIGIN).href,
      integrity: files.find((f) => f.name === name)!.integrity,
      elements: elementsOf(manifest),
    };
  })();
  return cached;
}

/** The custom-element declarations of a manifest, in module order. */
function elementsOf(manifest: Package): WidgetElementDoc[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is WidgetElementDoc => 'tagName' in d && !!d.tagName);
}
