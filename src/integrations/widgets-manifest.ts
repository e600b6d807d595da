import { readFile } from 'node:fs/promises';
import type ts from 'typescript';
import * as analyzer from '@custom-elements-manifest/analyzer';
// @ts-expect-error The analyzer publishes its Lit plugin (what `--litelement` loads) without types.
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type { Package } from 'custom-elements-manifest/schema';

/** The analyzer's programmatic entry and its own TypeScript (5.4), which its type definitions leave out. */
const { create, ts: analyzerTs } = analyzer as unknown as {
  create(options: { modules: ts.SourceFile[]; plugins: unknown[] }): Package;
  ts: typeof ts;
};

/** The widget classes the manifest describes, relative to the project root. */
export const WIDGET_SOURCES = [
  'src/widgets/call-to-action/call-to-action.component.ts',
  'src/widgets/checklist/checklist.component.ts',
] as const;

/**
 * The custom-elements manifest (`custom-elements.json`) of the widgets,
 * generated from their class JSDoc (`@summary @tag @fires @slot @csspart
 * @cssprop`) with the analyzer's Lit support. `root` is the project root.
 */
export async function widgetManifest(root: URL): Promise<Package> {
  const modules = await Promise.all(
    WIDGET_SOURCES.map(async (path) =>
      analyzerTs.createSourceFile(path, await readFile(new URL(path, root), 'utf8'), analyzerTs.ScriptTarget.ES2022, true),
    ),
  );
  return create({ modules, plugins: litPlugin() });
}
