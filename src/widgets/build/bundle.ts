import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { minify } from 'terser';
import { widgetFileNames } from './file-names.ts';
import { litForEsbuild } from './lit.ts';
import { checklistTextsForEsbuild } from './checklist-texts.ts';

/** One file of the widget distribution. */
export interface WidgetFile {
  /** File name under `widgets/`, e.g. `iop-widgets.0.2.0.js`. */
  readonly name: string;
  readonly contents: Uint8Array;
  /** Subresource Integrity value, `sha384-…`. */
  readonly integrity: string;
}

/** Base64 SHA-384 in Subresource Integrity form. */
function integrityOf(contents: Uint8Array): string {
  return `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}

/** What to bundle: the entry (`src/widgets/index.ts` unless given), the format, and extra esbuild plugins (the size report swaps parts out with them). */
export interface BundleOptions {
  readonly format: 'iife' | 'esm';
  readonly entry?: string;
  readonly plugins?: readonly Plugin[];
}

/**
 * Bundles the widgets with Lit and all six languages into one file. esbuild
 * bundles and minifies, keeping licence comments (Lit's BSD-3 notice) at the
 * end of the file; Terser then compresses further (about 2% gzip on top) and
 * keeps them. Deterministic. `root` is the project root.
 */
export async function bundleWidgetCode(root: URL, { format, entry, plugins = [] }: BundleOptions): Promise<string> {
  const bundled = await build({
    entryPoints: [entry ?? fileURLToPath(new URL('src/widgets/index.ts', root))],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'eof',
    write: false,
    plugins: [...plugins, litForEsbuild, checklistTextsForEsbuild],
    logLevel: 'silent',
  });
  const minified = await minify(bundled.outputFiles[0]!.text, {
    module: format === 'esm',
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: 'some' },
  });
  return minified.code!;
}

/**
 * The partner files: a classic script (IIFE, no globals of ours) and an ES
 * module, each under its versioned name and its stable alias, with SRI hashes.
 */
export async function bundleWidgets(root: URL): Promise<WidgetFile[]> {
  const names = widgetFileNames();
  const files: WidgetFile[] = [];
  for (const format of ['iife', 'esm'] as const) {
    const contents = new TextEncoder().encode(await bundleWidgetCode(root, { format }));
    const integrity = integrityOf(contents);
    const [versioned, alias] = format === 'iife' ? [names.script, names.scriptAlias] : [names.module, names.moduleAlias];
    files.push({ name: versioned, contents, integrity }, { name: alias, contents, integrity });
  }
  return files;
}
